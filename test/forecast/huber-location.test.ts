import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { huberLocation } from '../../src/forecast/huber-location.js';

describe('huberLocation', () => {
  it('is the mean of values without outliers', () => {
    expect(huberLocation([1, 2, 3])).toBe(2);
    expect(huberLocation([10, 11, 12, 13])).toBeCloseTo(11.5, 9);
  });
  it('moves little for one wild value, where the mean moves a lot', () => {
    const calm = [3, 4, 2, 5, 4];
    const wild = [3, 4, 2, 5, 300];
    expect(Math.abs(huberLocation(wild) - huberLocation(calm))).toBeLessThan(1);
  });
  it('is the median when more than half the values are equal', () => {
    expect(huberLocation([0, 0, 0, 1, 50])).toBe(0);
  });
  it('lies between the smallest and largest value, and is finite', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }), {
          minLength: 1,
          maxLength: 40,
        }),
        (xs) => {
          const m = huberLocation(xs);
          expect(Number.isFinite(m)).toBe(true);
          expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(m).toBeLessThanOrEqual(Math.max(...xs));
        },
      ),
    );
  });
});
