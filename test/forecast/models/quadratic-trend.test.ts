import { describe, expect, it } from 'vitest';
import { quadraticTrend } from '../../../src/forecast/models/quadratic-trend.js';
import { holdOut, linear } from '../trends.js';

describe('quadraticTrend', () => {
  it('recovers a quadratic trend', () => {
    const f = quadraticTrend.fit([1, 4, 9, 16, 25]).predict(2);
    expect(f[0]).toBeCloseTo(36, 6);
    expect(f[1]).toBeCloseTo(49, 6);
  });
  it('recovers a linear trend (no curvature to find)', () => {
    const { train, future } = holdOut(linear, 8, 2);
    quadraticTrend
      .fit(train)
      .predict(2)
      .forEach((v, i) => expect(v).toBeCloseTo(future[i], 6));
  });
  it('falls back to the straight line for 2 points', () => {
    expect(
      quadraticTrend
        .fit([1, 3])
        .predict(2)
        .map((v) => +v.toFixed(9)),
    ).toEqual([5, 7]);
  });
});
