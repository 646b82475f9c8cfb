import { describe, expect, it } from 'vitest';
import { BacktestOptionsSchema, DEFAULT_FORECAST_OPTIONS, ForecastOptionsSchema, MAX_HORIZON } from '../../src/forecast/options.js';

describe('forecast options', () => {
  it('fills the defaults from DEFAULT_FORECAST_OPTIONS', () => {
    expect(ForecastOptionsSchema.parse({ horizon: 3 })).toEqual({ horizon: 3, method: 'auto', levels: [80, 95] });
    expect(BacktestOptionsSchema.parse({})).toEqual({ horizon: DEFAULT_FORECAST_OPTIONS.backtestHorizon });
  });
  it('requires a whole horizon from 1 to MAX_HORIZON years', () => {
    for (const horizon of [0, 1.5, MAX_HORIZON + 1, undefined]) expect(ForecastOptionsSchema.safeParse({ horizon }).success).toBe(false);
  });
  it('accepts levels strictly between 0 and 100 percent', () => {
    expect(ForecastOptionsSchema.safeParse({ horizon: 1, levels: [0] }).success).toBe(false);
    expect(ForecastOptionsSchema.safeParse({ horizon: 1, levels: [99.5] }).success).toBe(true);
  });
});
