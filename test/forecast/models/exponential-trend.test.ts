import { describe, expect, it } from 'vitest';
import { exponentialTrend } from '../../../src/forecast/models/exponential-trend.js';
import { exponential, holdOut } from '../trends.js';

describe('exponentialTrend', () => {
  it('recovers an exponential trend', () => {
    const { train, future } = holdOut(exponential, 10, 3);
    exponentialTrend
      .fit(train)
      .predict(3)
      .forEach((v, i) => expect(v).toBeCloseTo(future[i], 6));
  });
  it('falls back to the straight line when a value is zero or negative', () => {
    exponentialTrend
      .fit([-2, 0, 2, 4])
      .predict(2)
      .forEach((v, i) => expect(v).toBeCloseTo([6, 8][i], 9));
  });
  it('stays finite far ahead on explosive growth', () => {
    expect(exponentialTrend.fit([1, 1e3, 1e6, 1e9]).predict(100).every(Number.isFinite)).toBe(true);
  });
});
