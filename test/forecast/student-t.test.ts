import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LEVEL, MIN_LEVEL } from '../../src/forecast/options.js';
import { studentTQuantile } from '../../src/forecast/student-t.js';

/** Property runs: 100 keeps CI fast; FUZZ_RUNS raises it for a deeper search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

describe('studentTQuantile', () => {
  it('matches the exact quantiles for 1 and 2 degrees of freedom', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(1.8856, 3);
  });
  it('matches published tables within 0.5% from 3 degrees of freedom on', () => {
    const table: Array<[number, number, number]> = [
      [0.9, 3, 1.6377],
      [0.975, 3, 3.1824],
      [0.9, 6, 1.4398],
      [0.975, 10, 2.2281],
      [0.975, 30, 2.0423],
    ];
    for (const [p, df, t] of table) expect(Math.abs(studentTQuantile(p, df) / t - 1)).toBeLessThan(0.005);
  });
  it('is symmetric about 0.5', () => {
    expect(studentTQuantile(0.1, 5)).toBeCloseTo(-studentTQuantile(0.9, 5), 9);
  });
  it('is finite and positive at the upper tail of every accepted interval level', () => {
    const level = fc.oneof(
      fc.double({ min: MIN_LEVEL, max: MAX_LEVEL, noNaN: true }),
      fc.constantFrom(MIN_LEVEL, MAX_LEVEL),
    );
    fc.assert(
      fc.property(level, fc.integer({ min: 1, max: 1000 }), (l, df) => {
        const t = studentTQuantile(0.5 + l / 200, df);
        expect(Number.isFinite(t)).toBe(true);
        expect(t).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
