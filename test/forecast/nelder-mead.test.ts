import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../src/forecast/nelder-mead.js';

describe('nelderMead', () => {
  it('finds the minimum of a bowl inside the bounds', () => {
    const { x, value } = nelderMead(([a, b]) => (a - 0.3) ** 2 + (b - 0.7) ** 2, [0.5, 0.5], [0, 0], [1, 1]);
    expect(x[0]).toBeCloseTo(0.3, 3);
    expect(x[1]).toBeCloseTo(0.7, 3);
    expect(value).toBeLessThan(1e-6);
  });
  it('stops at the bound when the minimum lies outside the box', () => {
    const { x } = nelderMead(([a]) => (a - 5) ** 2, [0.5], [0], [1]);
    expect(x[0]).toBeCloseTo(1, 6);
  });
  it('never evaluates a point outside the bounds', () => {
    const seen: number[][] = [];
    nelderMead(
      (p) => {
        seen.push(Array.from(p));
        return -p[0] - p[1];
      },
      [0.9, 0.9],
      [0, 0],
      [1, 1],
    );
    for (const [a, b] of seen) expect(a >= 0 && a <= 1 && b >= 0 && b <= 1).toBe(true);
  });
  it('treats a NaN value as the worst possible, not as a minimum', () => {
    const { x } = nelderMead(([a]) => (a > 0.75 ? NaN : (a - 0.5) ** 2), [0.7], [0], [1]);
    expect(x[0]).toBeCloseTo(0.5, 3);
  });
  it('respects the evaluation budget', () => {
    let calls = 0;
    nelderMead(
      (p) => {
        calls++;
        return Math.sin(10 * p[0]) + p[1];
      },
      [0.5, 0.5],
      [0, 0],
      [1, 1],
      30,
    );
    expect(calls).toBeLessThanOrEqual(30 + 2);
  });
});
