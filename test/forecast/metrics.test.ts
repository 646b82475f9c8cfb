import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASE_MIN_SCALE, mae, mase, maseScale, msis, smape, smapeTerm } from '../../src/forecast/metrics.js';
import { issuesOf } from '../support/issues-of.js';

/** Property runs: 100 keeps CI fast; FUZZ_RUNS raises it for a deeper search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

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
  it('treats a history of subnormal values as all zero, so MASE does not overflow to Infinity', () => {
    // Regression: [0, 5e-324, 0] had scale 5e-324 and a forecast error of 1.5 became MASE = Infinity.
    expect(maseScale([0, 5e-324, 0])).toBe(1);
    expect(maseScale([5e-324, 5e-324, 5e-324, 5e-324])).toBe(1);
    expect(mase([1.5], [0], [0, 5e-324, 0])).toBe(1.5);
  });
  it('keeps a small but real scale: only scales below MASE_MIN_SCALE fall back', () => {
    expect(maseScale([0.012, 0.013, 0.015])).toBeCloseTo(0.0015, 15);
    expect(maseScale([0, 2 * MASE_MIN_SCALE])).toBe(2 * MASE_MIN_SCALE);
    expect(maseScale([3e-101, 3e-101])).toBe(1);
  });
  it('keeps MASE finite for any history and forecast within the series value limit', () => {
    const value = fc.oneof(
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      fc.constantFrom(0, 5e-324, -5e-324, 1e-300),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 10 }), value, value, (training, actual, forecast) => {
        expect(Number.isFinite(mase([actual], [forecast], training))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
  it('keeps every sMAPE term finite and within [0, 200], even where |F - A| would overflow', () => {
    expect(smapeTerm(1e308, -1e308)).toBe(200);
    expect(smapeTerm(1.7e308, 1e308)).toBeCloseTo((200 * 0.7) / 2.7, 12);
    expect(smapeTerm(5e-324, 0)).toBe(200);
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, f) => {
          const term = smapeTerm(a, f);
          expect(term).toBeGreaterThanOrEqual(0);
          expect(term).toBeLessThanOrEqual(200);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('computes MSIS as the M4 competition defines it: width plus 40 times each miss at 95%, over the scale', () => {
    // widths 4 and 4; the second actual is 1 above its upper bound: (4 + 4 + 40) / 2, scale 1
    expect(msis([10, 14], [8, 9], [12, 13], [10, 11, 12])).toBe(24);
    // at 80% a miss counts 2 / 0.2 = 10 times
    expect(msis([10, 14], [8, 9], [12, 13], [10, 11, 12], 80)).toBe(9);
    // scaled by the mean absolute change of the training values (2 here)
    expect(msis([5], [4], [6], [0, 2, 4])).toBe(1);
  });
  it('rejects an MSIS level outside 0-100 and bounds of another length, naming them', () => {
    expect(issuesOf(() => msis([1], [0], [2], [1, 2], 100)).map((i) => i.path)).toEqual(['level']);
    expect(issuesOf(() => msis([1, 2], [0], [2, 3], [1, 2])).map((i) => i.path)).toEqual(['lower']);
  });
});
