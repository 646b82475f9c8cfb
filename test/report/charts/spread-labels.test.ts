import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../src/report/charts/spread-labels.js';

describe('spreadLabels', () => {
  it('holds its doc example: a crowd spreads around where it wanted to be, a lone label stays put', () => {
    expect(spreadLabels([100, 104, 300], 14, 0, 400)).toEqual([95, 109, 300]);
  });

  it('never leaves two labels closer than the gap, keeps their order, and stays inside when they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 12 }), (wanted) => {
        const placed = spreadLabels(wanted, 14, 0, 400);
        const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
        for (let k = 1; k < order.length; k++) {
          expect(placed[order[k].i] - placed[order[k - 1].i]).toBeGreaterThanOrEqual(14 - 1e-9);
        }
        for (const y of placed) {
          expect(y).toBeGreaterThanOrEqual(-1e-9);
          expect(y).toBeLessThanOrEqual(400 + 1e-9);
        }
      }),
    );
  });
});
