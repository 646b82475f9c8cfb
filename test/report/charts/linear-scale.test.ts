import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, niceStep } from '../../../src/report/charts/linear-scale.js';

describe('linearScale', () => {
  it('holds its doc examples', () => {
    const y = linearScale([0, 1172], [300, 0], { nice: true });
    expect(y.domain).toEqual([0, 1200]);
    expect(y.ticks(5)).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
    expect(niceStep(230)).toBe(200);
    expect(niceStep(0.35)).toBe(0.5);
  });

  it('maps the ends of the domain to the ends of the range', () => {
    const x = linearScale([2025, 2030], [40, 600]);
    expect(x.map(2025)).toBe(40);
    expect(x.map(2030)).toBe(600);
  });

  it('gives finite round ticks inside the domain for any finite range, tiny and subnormal ones included', () => {
    const finite = fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 2, max: 10 }), (a, b, count) => {
        const s = linearScale([a, b], [0, 500], { nice: true });
        const ticks = s.ticks(count);
        expect(ticks.length).toBeGreaterThanOrEqual(1);
        expect(ticks.length).toBeLessThanOrEqual(4 * count + 2);
        for (const t of ticks) {
          expect(Number.isFinite(t)).toBe(true);
          expect(Number.isFinite(s.map(t))).toBe(true);
        }
      }),
    );
    for (const [a, b] of [
      [3e-323, 6e-323],
      [900, 900],
      [0, 0],
    ]) {
      const ticks = linearScale([a, b], [0, 100]).ticks(5);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.every(Number.isFinite)).toBe(true);
    }
  });

  it('writes ticks without float noise (0.1 + 0.2 is 0.3)', () => {
    expect(linearScale([0, 0.9], [0, 100]).ticks(9)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
  });
});
