// Generators of valid sufficiency inputs: small scenarios (a few stock blocks, joiners, rules and a
// capped SRP plan, each number with a source) so a projection takes milliseconds, and option sets
// for the forecasting and sufficiency entry points.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEED_CODES } from '../../../src/needs.js';

const SETTINGS = ['mainstream', 'srp', 'maintained-special', 'independent', 'non-maintained', 'other'] as const;
const SOURCE = 'assumption: fuzz case';

const weightArb = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true }));
/** Weights over some keys, at least one above 0. */
const weightsOver = <K extends string>(keys: readonly K[]) =>
  fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 3 }),
      fc.array(weightArb, { minLength: 3, maxLength: 3 }),
    )
    .map(([ks, ws]) => Object.fromEntries(ks.map((k, i) => [k, i === 0 ? ws[i] + 0.5 : ws[i]])));
const ncWeightsArb = fc
  .uniqueArray(fc.integer({ min: -2, max: 14 }), { minLength: 1, maxLength: 4 })
  .map((ys) => Object.fromEntries(ys.map((y, i) => [String(y), i + 1])));

/** A number with its source and, sometimes, a range around it. */
const sourced = (value: fc.Arbitrary<number>) =>
  fc
    .tuple(
      value,
      fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
        nil: undefined,
      }),
    )
    .map(([v, range]) =>
      range
        ? { value: v, source: SOURCE, low: v - range[0] * Math.abs(v), high: v + range[1] * Math.abs(v) }
        : { value: v, source: SOURCE },
    );

const stockArb = fc.record({
  setting: fc.constantFrom(...SETTINGS),
  count: fc.integer({ min: 0, max: 2000 }),
  needs: weightsOver(NEED_CODES),
  ncYears: ncWeightsArb,
  source: fc.constant(SOURCE),
});
const joinerArb = fc.record(
  {
    count: fc.integer({ min: 0, max: 500 }),
    needs: weightsOver(NEED_CODES),
    ncYears: ncWeightsArb,
    settings: weightsOver(SETTINGS),
    evidence: fc.integer({ min: 0, max: 200 }),
    source: fc.constant(SOURCE),
  },
  { requiredKeys: ['count', 'needs', 'ncYears', 'settings', 'source'] },
);
const ruleArb = fc.record(
  {
    from: fc.constantFrom(...SETTINGS),
    need: fc.constantFrom(...NEED_CODES),
    ncYears: fc
      .tuple(fc.integer({ min: -2, max: 14 }), fc.integer({ min: -2, max: 14 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
    to: weightsOver([...SETTINGS, 'left'] as const),
    evidence: fc.integer({ min: 0, max: 200 }),
    source: fc.constant(SOURCE),
  },
  { requiredKeys: ['from', 'ncYears', 'to', 'source'] },
);
const planArb = (baseYear: number, endYear: number) =>
  fc.record({
    base: sourced(fc.integer({ min: 0, max: 2000 })),
    additions: fc.array(
      fc.record(
        {
          year: fc.integer({ min: baseYear, max: endYear }),
          places: fc.integer({ min: 0, max: 300 }),
          need: fc.constantFrom(...NEED_CODES),
          source: fc.constant(SOURCE),
        },
        { requiredKeys: ['year', 'places', 'source'] },
      ),
      { maxLength: 3 },
    ),
  });
const costArb = fc.record({
  annualFeeGbp: sourced(fc.integer({ min: 0, max: 120_000 })),
  annualTransportGbp: sourced(fc.integer({ min: 0, max: 15_000 })),
});

/** A small valid scenario. */
export const scenarioArb = fc
  .integer({ min: 1, max: 6 })
  .chain((years) => {
    const baseYear = 2025;
    const endYear = baseYear + years;
    return fc.record(
      {
        name: fc.constant('fuzz scenario'),
        baseYear: fc.constant(baseYear),
        endYear: fc.constant(endYear),
        maxNcYear: fc.integer({ min: 10, max: 14 }),
        stock: fc.array(stockArb, { maxLength: 3 }),
        joiners: fc.record({
          growthRate: sourced(fc.double({ min: -0.5, max: 0.5, noNaN: true })),
          entries: fc.array(joinerArb, { maxLength: 2 }),
        }),
        transitions: fc.array(ruleArb, { maxLength: 4 }),
        independentRegardless: sourced(fc.double({ min: 0, max: 1, noNaN: true })).map((n) => ({
          ...n,
          low: n.low === undefined ? undefined : Math.max(0, n.low),
          high: n.high === undefined ? undefined : Math.min(1, n.high),
        })),
        capacity: fc.record(
          { srp: planArb(baseYear, endYear), 'maintained-special': planArb(baseYear, endYear) },
          { requiredKeys: [] },
        ),
        costs: fc.record({
          feeUpliftRate: sourced(fc.double({ min: 0, max: 0.1, noNaN: true })),
          bySetting: fc.dictionary(fc.constantFrom(...SETTINGS), costArb, { maxKeys: 3 }),
        }),
      },
      {
        requiredKeys: [
          'name',
          'baseYear',
          'endYear',
          'stock',
          'joiners',
          'transitions',
          'independentRegardless',
          'capacity',
          'costs',
        ],
      },
    );
  })
  .map((s) => withinMaxNcYear(JSON.parse(JSON.stringify(s)) as Record<string, unknown>)); // drop undefined range ends

/** NC year weights only up to the scenario's maxNcYear (a rule of ScenarioSchema), one year at least. */
function withinMaxNcYear(scenario: Record<string, unknown>): Record<string, unknown> {
  const max = scenario.maxNcYear as number | undefined;
  if (max === undefined) return scenario;
  const trim = (entry: { ncYears: Record<string, number> }) => {
    const kept = Object.entries(entry.ncYears).filter(([y]) => Number(y) <= max);
    entry.ncYears = kept.length > 0 ? Object.fromEntries(kept) : { [String(max)]: 1 };
  };
  (scenario.stock as { ncYears: Record<string, number> }[]).forEach(trim);
  ((scenario.joiners as { entries: { ncYears: Record<string, number> }[] }).entries ?? []).forEach(trim);
  return scenario;
}

const MODELS = [
  'auto',
  'naive',
  'drift',
  'ses',
  'holt',
  'damped',
  'theta',
  'optimised-theta',
  'linear-trend',
  'quadratic-trend',
  'exponential-trend',
  'theil-sen-trend',
  'comb-shd',
  'median-trend',
];

/** A forecast method name. */
export const methodArb = fc.constantFrom(...MODELS);

/** Options of forecast: a horizon, sometimes a method, levels and nonNegative. */
export const forecastOptionsArb = fc.record(
  {
    horizon: fc.integer({ min: 1, max: 12 }),
    method: methodArb,
    levels: fc.uniqueArray(fc.constantFrom(50, 80, 90, 95, 99), { minLength: 1, maxLength: 3 }),
    nonNegative: fc.boolean(),
  },
  { requiredKeys: ['horizon'] },
);

/** Options of backtest. */
export const backtestOptionsArb = fc.option(
  fc.record(
    { horizon: fc.integer({ min: 1, max: 5 }), minTrain: fc.integer({ min: 2, max: 6 }) },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** Options of simulateSufficiency: few runs, so a case stays quick. */
export const simulateOptionsArb = fc.record(
  {
    runs: fc.integer({ min: 1, max: 12 }),
    seed: fc.integer(),
    percentiles: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['runs'] },
);

/** Capacity candidates for the fuzz scenarios (years 2026-2031): up to three, small enough to plan in milliseconds. */
export const candidatesArb = fc.integer({ min: 0, max: 3 }).chain((k) =>
  fc.tuple(
    ...Array.from({ length: k }, (_, i) =>
      fc.record(
        {
          id: fc.constant(`c${i}`),
          setting: fc.constantFrom('srp', 'maintained-special'),
          need: fc.constantFrom(...NEED_CODES),
          year: fc.integer({ min: 2026, max: 2031 }),
          maxPlaces: fc.integer({ min: 1, max: 30 }),
          capitalGbpPerPlace: fc.integer({ min: 0, max: 100_000 }),
          source: fc.constant(SOURCE),
        },
        { requiredKeys: ['id', 'setting', 'year', 'maxPlaces', 'capitalGbpPerPlace'] },
      ),
    ),
  ),
);

/** Options of planCapacity (no Monte Carlo runs: simulateSufficiency is fuzzed on its own). */
export const planOptionsArb = fc.record(
  {
    budgetGbp: fc.integer({ min: 0, max: 2_000_000 }),
    candidates: candidatesArb,
    objective: fc.constantFrom('spend', 'independentPlacements'),
    step: fc.integer({ min: 5, max: 20 }),
  },
  { requiredKeys: ['budgetGbp', 'candidates'] },
);

/** Options of sensitivity. */
export const sensitivityOptionsArb = fc.record(
  { year: fc.integer({ min: 2026, max: 2031 }), relativeSwing: fc.double({ min: 0, max: 1, noNaN: true }) },
  { requiredKeys: [] },
);

/** Options of backtestProjection. */
export const projectionBacktestOptionsArb = fc.record({
  fitYears: fc.integer({ min: 1, max: 4 }),
  testYears: fc.integer({ min: 1, max: 3 }),
});

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** A fixture file cut to its header and a random subset of its rows, in order: a valid file of the same format. */
export function fixtureRowsArb(file: string): fc.Arbitrary<string> {
  const [header, ...rows] = readFileSync(join(FIXTURES, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  return fc.subarray(rows).map((kept) => [header, ...kept].join('\r\n') + '\r\n');
}

/** The whole text of a fixture file. */
export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}
