import { describe, expect, it } from 'vitest';
import { mae, mase, maseScale, smape } from '../../src/forecast/metrics.js';

describe('metrics', () => {
  it('computes sMAPE as the M3 competition defines it', () => {
    expect(smape([100, 200], [110, 180])).toBeCloseTo((200 * 10) / 210 / 2 + (200 * 20) / 380 / 2, 12);
  });
  it('counts a 0 forecast of a 0 actual as perfect instead of 0/0', () => {
    expect(smape([0, 0], [0, 0])).toBe(0);
  });
  it('bounds sMAPE by 200', () => {
    expect(smape([1], [-1])).toBe(200);
  });
  it('computes MAE and MASE scaled by the mean absolute first difference', () => {
    expect(mae([100, 200], [110, 180])).toBe(15);
    expect(maseScale([10, 12, 11])).toBe(1.5);
    expect(mase([13, 14], [12, 12], [10, 12, 11])).toBe(1);
  });
  it('keeps MASE finite for a constant history', () => {
    expect(maseScale([5, 5, 5])).toBe(5);
    expect(maseScale([0, 0])).toBe(1);
    expect(Number.isFinite(mase([1], [0], [0, 0]))).toBe(true);
  });
});
