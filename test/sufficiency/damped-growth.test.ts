import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_LIMITS } from '../../src/schema/scenario-limits.js';
import { dampedGrowth } from '../../src/sufficiency/damped-growth.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const rate = fc.double({ min: -0.999999, max: SCENARIO_LIMITS.maxRate, noNaN: true });
const damping = fc.double({ min: 0, max: 1, noNaN: true });
const years = fc.integer({ min: 0, max: SCENARIO_LIMITS.maxYears });

describe('dampedGrowth', () => {
  it('keeps its doc examples true', () => {
    expect(dampedGrowth(0.1, 1, 2)).toBe(1.2100000000000002);
    expect(dampedGrowth(0.1, 0.5, 2).toFixed(4)).toBe('1.0741');
    expect(dampedGrowth(0.1, 0, 5)).toBe(1);
  });

  it('compounds the rate every year at damping 1, exactly as a scenario without a damping', () => {
    fc.assert(
      fc.property(rate, years, (g, k) => {
        expect(dampedGrowth(g, 1, k)).toBe((1 + g) ** k);
      }),
      { numRuns: RUNS, seed: 1 },
    );
  });

  it("keeps the damping's share of the year before's growth each year", () => {
    // Year 1 grows by 1.1^0.5, year 2 by a further 1.1^0.25, year 3 by 1.1^0.125.
    expect(dampedGrowth(0.1, 0.5, 1)).toBeCloseTo(1.1 ** 0.5, 12);
    expect(dampedGrowth(0.1, 0.5, 2)).toBeCloseTo(1.1 ** 0.75, 12);
    expect(dampedGrowth(0.1, 0.5, 3)).toBeCloseTo(1.1 ** 0.875, 12);
  });

  it('holds the base-year level at damping 0, and with no growth at any damping', () => {
    fc.assert(
      fc.property(rate, damping, years, (g, d, k) => {
        expect(dampedGrowth(g, 0, k)).toBe(1);
        expect(dampedGrowth(0, d, k)).toBe(1);
      }),
      { numRuns: RUNS, seed: 2 },
    );
  });

  it('levels off at (1 + rate)^(d / (1 - d)) below damping 1', () => {
    expect(dampedGrowth(0.12, 0.3, 50)).toBeCloseTo(1.12 ** (0.3 / 0.7), 12);
  });

  it('stays finite, non-negative and between 1 and the compounded growth, moving one way year by year', () => {
    fc.assert(
      fc.property(rate, damping, years, (g, d, k) => {
        const f = dampedGrowth(g, d, k);
        const compounded = (1 + g) ** k;
        expect(Number.isFinite(f) && f >= 0).toBe(true);
        expect(f).toBeGreaterThanOrEqual(Math.min(1, compounded) * (1 - 1e-12));
        expect(f).toBeLessThanOrEqual(Math.max(1, compounded) * (1 + 1e-12));
        const next = dampedGrowth(g, d, k + 1);
        if (g > 0) expect(next).toBeGreaterThanOrEqual(f * (1 - 1e-12));
        else expect(next).toBeLessThanOrEqual(f * (1 + 1e-12));
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });
});
