import { describe, expect, it } from 'vitest';
import { intervalScale, predictionIntervals } from '../../src/forecast/intervals.js';
import { INTERVAL_CALIBRATION } from '../../src/forecast/options.js';

describe('intervalScale', () => {
  it('uses the spread of the yearly changes when there is no backtest', () => {
    expect(intervalScale([0, 1, 3, 4, 6], [])).toBeCloseTo(Math.sqrt((0.25 + 0.25 + 0.25 + 0.25) / 3), 12);
  });
  it('takes the backtest errors when they are larger', () => {
    const runs = [{ origin: 3, actual: [10], forecast: [0] }];
    expect(intervalScale([0, 1, 2, 10], runs)).toBe(10);
  });
  it('falls back to the MASE scale for a constant series, so the interval is not a point', () => {
    expect(intervalScale([5, 5, 5], [])).toBe(5);
  });
});

describe('predictionIntervals', () => {
  it('sizes half-widths as calibration x Laplace quantile x scale x h^0.8', () => {
    const { lower, upper } = predictionIntervals([10, 10], 1, [80], false);
    const k = INTERVAL_CALIBRATION.calibration * Math.log(5);
    expect(upper['80'][0]).toBeCloseTo(10 + k, 12);
    expect(upper['80'][1]).toBeCloseTo(10 + k * Math.pow(2, 0.8), 12);
    expect(lower['80'][1]).toBeCloseTo(10 - k * Math.pow(2, 0.8), 12);
  });
  it('nests the levels: 95% contains 80%', () => {
    const { lower, upper } = predictionIntervals([1, 2, 3], 2, [80, 95], false);
    for (let i = 0; i < 3; i++) {
      expect(lower['95'][i]).toBeLessThan(lower['80'][i]);
      expect(upper['95'][i]).toBeGreaterThan(upper['80'][i]);
    }
  });
  it('clips lower bounds at 0 for a count series', () => {
    const { lower } = predictionIntervals([1, 1], 5, [95], true);
    expect(lower['95']).toEqual([0, 0]);
  });
});
