// Within SCENARIO_LIMITS every number the projections give is finite: properties over scenarios
// whose numbers are drawn from the whole accepted range, biased to its ends (0, the smallest
// double, each limit, the closest rate above -1), and one hand-made scenario with everything at its
// limit at once over the longest horizon.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEED_CODES } from '../../src/needs.js';
import { SCENARIO_LIMITS, parseScenario } from '../../src/schema/scenario.js';
import { SETTINGS } from '../../src/schema/transition.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { sensitivity } from '../../src/sufficiency/sensitivity.js';
import { simulateSufficiency } from '../../src/sufficiency/simulate-sufficiency.js';
import { findNonFinite } from '../fuzz/support/outcome.js';
import { issuesOf } from '../support/issues-of.js';

const L = SCENARIO_LIMITS;
const A = 'assumption: bounds test';
const ABOVE_MINUS_ONE = -1 + Number.EPSILON / 2; // the closest double above -1

/** A number in [min, max], half the time one of the range's ends or the smallest double above 0. */
const within = (min: number, max: number) =>
  fc.oneof(
    fc.constantFrom(...new Set([min, max, min === 0 ? Number.MIN_VALUE : min, 0].filter((x) => x >= min && x <= max))),
    fc.double({ min, max, noNaN: true }),
  );

/** A sourced number in [min, max], sometimes with a range inside it. */
const sourced = (min: number, max: number) =>
  fc
    .tuple(
      within(min, max),
      fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
        nil: undefined,
      }),
    )
    .map(([v, r]) =>
      r
        ? {
            value: v,
            source: A,
            low: Math.min(v, Math.max(min, v - r[0] * (v - min))),
            high: Math.max(v, Math.min(max, v + r[1] * (max - v))),
          }
        : { value: v, source: A },
    );

/** Weights over some keys, the first above 0. */
const weights = <K extends string>(keys: readonly K[]) =>
  fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 3 }),
      within(Number.MIN_VALUE, L.maxWeight),
      fc.array(within(0, L.maxWeight), { minLength: 2, maxLength: 2 }),
    )
    .map(([ks, first, rest]) => Object.fromEntries(ks.map((k, i) => [k, i === 0 ? first : rest[i - 1]])));

const ncWeights = (maxNcYear: number) =>
  fc
    .uniqueArray(fc.integer({ min: -2, max: maxNcYear }), { minLength: 1, maxLength: 3 })
    .chain((ys) =>
      fc
        .array(within(Number.MIN_VALUE, L.maxWeight), { minLength: ys.length, maxLength: ys.length })
        .map((ws) => Object.fromEntries(ys.map((y, i) => [String(y), ws[i]]))),
    );

const plan = (baseYear: number, endYear: number) =>
  fc.record({
    base: sourced(0, L.maxPlaces),
    additions: fc.array(
      fc
        .tuple(
          fc.integer({ min: Math.max(L.minYear, baseYear - 2), max: endYear }),
          within(0, L.maxPlaces),
          fc.option(fc.constantFrom(...NEED_CODES), { nil: undefined }),
        )
        .map(([year, places, need]) => (need ? { year, places, need, source: A } : { year, places, source: A })),
      { maxLength: 2 },
    ),
  });

/** A valid scenario whose every number may sit at a limit, running up to `maxYears` (often exactly). */
const scenarioArbOver = (maxYears: number) =>
  fc
    .record({
      baseYear: fc.constantFrom(L.minYear, 2025, L.maxYear - 1),
      years: fc.oneof(fc.constant(maxYears), fc.integer({ min: 1, max: maxYears })),
      maxNcYear: fc.constantFrom(-2, 11, 14),
    })
    .chain(({ baseYear, years, maxNcYear }) => {
      const endYear = Math.min(L.maxYear, baseYear + years);
      return fc.record({
        name: fc.constant('bounds'),
        baseYear: fc.constant(baseYear),
        endYear: fc.constant(endYear),
        maxNcYear: fc.constant(maxNcYear),
        stock: fc.array(
          fc.record({
            setting: fc.constantFrom(...SETTINGS),
            count: within(0, L.maxChildren),
            needs: weights(NEED_CODES),
            ncYears: ncWeights(maxNcYear),
            source: fc.constant(A),
          }),
          { maxLength: 3 },
        ),
        joiners: fc.record(
          {
            growthRate: sourced(ABOVE_MINUS_ONE, L.maxRate),
            growthDamping: sourced(0, 1),
            entries: fc.array(
              fc.record({
                count: within(0, L.maxChildren),
                needs: weights(NEED_CODES),
                ncYears: ncWeights(maxNcYear),
                settings: weights(SETTINGS),
                evidence: within(0, L.maxChildren),
                source: fc.constant(A),
              }),
              { maxLength: 2 },
            ),
          },
          { requiredKeys: ['growthRate', 'entries'] },
        ),
        transitions: fc.array(
          fc.record({
            from: fc.constantFrom(...SETTINGS),
            ncYears: fc
              .tuple(fc.integer({ min: -2, max: 14 }), fc.integer({ min: -2, max: 14 }))
              .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
            to: weights([...SETTINGS, 'left'] as const),
            evidence: within(0, L.maxChildren),
            source: fc.constant(A),
          }),
          { maxLength: 3 },
        ),
        independentRegardless: sourced(0, 1),
        capacity: fc.record(
          { srp: plan(baseYear, endYear), 'maintained-special': plan(baseYear, endYear) },
          { requiredKeys: [] },
        ),
        costs: fc.record({
          feeUpliftRate: sourced(ABOVE_MINUS_ONE, L.maxRate),
          bySetting: fc.dictionary(
            fc.constantFrom(...SETTINGS),
            fc.record({ annualFeeGbp: sourced(0, L.maxAnnualGbp), annualTransportGbp: sourced(0, L.maxAnnualGbp) }),
            { maxKeys: 6 },
          ),
        }),
      });
    });
const scenarioArb = scenarioArbOver(L.maxYears);

/**
 * Everything at its limit at once, over the longest horizon: the largest numbers a scenario can
 * make. `settings` limits the stock blocks, rules and costs (fewer assumptions for sensitivity to run).
 */
function everythingAtItsLimit(settings: readonly (typeof SETTINGS)[number][] = SETTINGS) {
  const at = <T extends object>(x: T) => ({ ...x, source: A });
  const allNeeds = Object.fromEntries(NEED_CODES.map((n) => [n, L.maxWeight]));
  const allYears = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i - 2), L.maxWeight]));
  const allSettings = Object.fromEntries(SETTINGS.map((s) => [s, L.maxWeight]));
  const cost = { annualFeeGbp: at({ value: L.maxAnnualGbp }), annualTransportGbp: at({ value: L.maxAnnualGbp }) };
  const capacityPlan = { base: at({ value: L.maxPlaces }), additions: [at({ year: 2100, places: L.maxPlaces })] };
  return {
    name: 'everything at its limit',
    baseYear: L.maxYear - L.maxYears,
    endYear: L.maxYear,
    stock: settings.map((setting) => at({ setting, count: L.maxChildren, needs: allNeeds, ncYears: allYears })),
    joiners: {
      growthRate: at({ value: L.maxRate }),
      entries: [
        at({
          count: L.maxChildren,
          needs: allNeeds,
          ncYears: allYears,
          settings: allSettings,
          evidence: L.maxChildren,
        }),
      ],
    },
    transitions: settings.map((from) =>
      at({ from, ncYears: [-2, 14], to: { ...allSettings, left: L.maxWeight }, evidence: L.maxChildren }),
    ),
    independentRegardless: at({ value: 1, low: 0 }),
    capacity: { srp: capacityPlan, 'maintained-special': capacityPlan },
    costs: {
      feeUpliftRate: at({ value: L.maxRate, low: ABOVE_MINUS_ONE }),
      bySetting: Object.fromEntries(settings.map((s) => [s, cost])),
    },
  };
}

describe('sufficiency outputs stay finite within SCENARIO_LIMITS', () => {
  it('the generator makes only scenarios the schema accepts (so the properties cover the accepted range)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => void parseScenario(s)),
      { numRuns: 100, seed: 11 },
    );
  });

  it('projectSufficiency: every number is finite', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(findNonFinite(projectSufficiency(s))).toBeUndefined();
      }),
      { numRuns: 15, seed: 12 },
    );
  });

  it('simulateSufficiency (few runs): every number is finite', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (s, seed) => {
        expect(findNonFinite(simulateSufficiency(s, { runs: 3, seed, percentiles: [0, 50, 100] }))).toBeUndefined();
      }),
      { numRuns: 12, seed: 13 },
    );
  });

  // Sensitivity runs two projections per assumption, so its property keeps to 10 years; the
  // 50-year worst case is the hand-made one below.
  it('sensitivity: every number is finite, and each low <= base <= high', () => {
    fc.assert(
      fc.property(scenarioArbOver(10), fc.constantFrom(0, 0.2, 1), (s, relativeSwing) => {
        const t = sensitivity(s, { relativeSwing });
        expect(findNonFinite(t)).toBeUndefined();
        for (const row of t.rows) expect(row.low <= row.base && row.base <= row.high, row.assumption).toBe(true);
      }),
      { numRuns: 8, seed: 14 },
    );
  });

  it('everything at its limit at once over 50 years: huge, but finite in all three', () => {
    const s = everythingAtItsLimit();
    const p = projectSufficiency(s);
    expect(findNonFinite(p)).toBeUndefined();
    expect(p.rows.at(-1)!.spend).toBeGreaterThan(1e30); // the worst case is astronomically large, yet far from overflow
    expect(findNonFinite(simulateSufficiency(s, { runs: 2 }))).toBeUndefined();
    expect(findNonFinite(sensitivity(everythingAtItsLimit(['independent', 'srp'])))).toBeUndefined();
  });
});

// The cases the fuzz suite found before the bounds, kept as regression tests: each is now a
// ValidationError naming the offending number.
describe('fuzz regressions: absurd numbers are rejected at the door', () => {
  it('projectSufficiency: capacity of Number.MAX_VALUE places is a ValidationError, not Infinity places', () => {
    const scenario = {
      name: 'x',
      baseYear: 2025,
      endYear: 2026,
      stock: [],
      transitions: [],
      joiners: { growthRate: { value: 0, source: 's' }, entries: [] },
      independentRegardless: { value: 0, source: 's' },
      capacity: {
        'maintained-special': {
          base: { value: 0, source: 's' },
          additions: [{ year: 2025, places: Number.MAX_VALUE, source: 's' }],
        },
      },
      costs: { feeUpliftRate: { value: 0, source: 's' }, bySetting: {} },
    };
    expect(issuesOf(() => projectSufficiency(scenario)).map((i) => i.path)).toEqual([
      'capacity.maintained-special.additions[0].places',
    ]);
  });

  it('simulateSufficiency: a fee uplift rate of 5.6e102 a year is a ValidationError, not NaN spend', () => {
    // Was spend[3].mean = NaN: (1 + rate)^k overflowed to Infinity, and 0 children x Infinity is NaN.
    const scenario = {
      name: 'fuzz scenario',
      baseYear: 2025,
      endYear: 2028,
      stock: [{ setting: 'mainstream', count: 0, needs: { ASD: 0.5 }, ncYears: { '0': 1 }, source: A }],
      joiners: { growthRate: { value: 0, source: A }, entries: [] },
      transitions: [],
      independentRegardless: { value: 0, source: A },
      capacity: {},
      costs: {
        feeUpliftRate: { value: 5.643803094122362e102, source: A },
        bySetting: {
          mainstream: { annualFeeGbp: { value: 0, source: A }, annualTransportGbp: { value: 0, source: A } },
        },
      },
    };
    expect(issuesOf(() => simulateSufficiency(scenario, { runs: 1 }))).toEqual([
      {
        path: 'costs.feeUpliftRate.value',
        message: 'rate must be above -1 and at most 1 a year (4.5% a year is 0.045)',
      },
    ]);
    // At the largest accepted uplift the same scenario's spend is finite (and 0: no one costs anything).
    scenario.costs.feeUpliftRate.value = L.maxRate;
    expect(simulateSufficiency(scenario, { runs: 1 }).spend.map((b) => b.mean)).toEqual([0, 0, 0, 0]);
  });
});
