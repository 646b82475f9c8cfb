import { describe, expect, it } from 'vitest';
import { fitParabola, quadraticTrend } from '../../../src/forecast/models/quadratic-trend.js';
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

describe('fitParabola', () => {
  it('recovers the coefficients of an exact parabola, and NaN with fewer than three distinct x', () => {
    const x = [-2, -1, 0, 1, 2, 3];
    const [c0, c1, c2] = fitParabola(
      x,
      x.map((v) => 3 - 2 * v + 0.5 * v * v),
    );
    expect(c0).toBeCloseTo(3, 10);
    expect(c1).toBeCloseTo(-2, 10);
    expect(c2).toBeCloseTo(0.5, 10);
    expect(fitParabola([-1, 0, 1], [1, 0, 1])).toEqual([0, 0, 1]);
    expect(fitParabola([1, 1, 1], [1, 2, 3]).every(Number.isNaN)).toBe(true);
  });
});
