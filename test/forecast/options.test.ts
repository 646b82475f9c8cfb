import { describe, expect, it } from 'vitest';
import {
  BacktestOptionsSchema,
  DEFAULT_FORECAST_OPTIONS,
  ForecastOptionsSchema,
  MAX_HORIZON,
  MAX_LEVEL,
  MIN_LEVEL,
} from '../../src/forecast/options.js';

describe('forecast options', () => {
  it('fills the defaults from DEFAULT_FORECAST_OPTIONS', () => {
    expect(ForecastOptionsSchema.parse({ horizon: 3 })).toEqual({ horizon: 3, method: 'auto', levels: [80, 95] });
    expect(BacktestOptionsSchema.parse({})).toEqual({ horizon: DEFAULT_FORECAST_OPTIONS.backtestHorizon });
  });
  it('requires a whole horizon from 1 to MAX_HORIZON years', () => {
    for (const horizon of [0, 1.5, MAX_HORIZON + 1, undefined])
      expect(ForecastOptionsSchema.safeParse({ horizon }).success).toBe(false);
  });
  it('accepts levels from MIN_LEVEL (1) to MAX_LEVEL (99.99) percent', () => {
    for (const level of [MIN_LEVEL, 50, 99.5, MAX_LEVEL])
      expect(ForecastOptionsSchema.safeParse({ horizon: 1, levels: [level] }).success).toBe(true);
    for (const level of [0, 5e-324, 0.8, 99.995, 100 - 1e-14, 100])
      expect(ForecastOptionsSchema.safeParse({ horizon: 1, levels: [level] }).success).toBe(false);
  });
  it('says a level given as a fraction must be in percent', () => {
    const result = ForecastOptionsSchema.safeParse({ horizon: 1, levels: [0.95] });
    expect(result.success ? undefined : result.error.issues[0].message).toBe(
      'a level must be at least 1 (percent: 80 means an 80% interval)',
    );
  });
});
