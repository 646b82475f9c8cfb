import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../../data/synthetic/apportion.js';

describe('apportion', () => {
  it('splits into whole parts that add up to exactly the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.double({ min: 0.001, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            // Largest remainders: each part is its exact share rounded down or up.
            const exact = (total * weights[i]) / weights.reduce((s, w) => s + w, 0);
            expect(Math.abs(p - exact)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives a tied remainder to the earlier weight', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  it('refuses weights with nothing to split by', () => {
    expect(() => apportion(5, [0, 0])).toThrow(/positive weight/);
  });
});
