import type { Loose } from '../schema/loose.js';
import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { type Random, createRandom } from '../random.js';
import { parseWith } from '../schema/common.js';
import type { Scenario, ScenarioInput } from '../schema/scenario.js';
import { parseWithScenario } from './parse-with-scenario.js';
import { listAssumptions } from './assumptions.js';
import { compileScenario } from './compile-scenario.js';
import { DEFAULT_SUFFICIENCY } from './defaults.js';
import { percentileSorted } from './percentile.js';
import { runTotals } from './project-sufficiency.js';

/** Options of simulateSufficiency; defaults in DEFAULT_SUFFICIENCY. */
export type SimulateOptions = { runs?: number; seed?: number; percentiles?: number[] };

/** One year's band: the mean and the requested percentiles, keyed `p5`, `p50`... */
export type Band = { year: number; mean: number } & Record<string, number>;

/** Result of simulateSufficiency. */
export type SufficiencySimulation = {
  runs: number;
  seed: number;
  percentiles: number[];
  /** What was drawn: paths of ranged numbers, and how many transition rules and joiner entries had a posterior. */
  drawn: { ranged: string[]; posteriorRules: number; posteriorJoiners: number };
  independentPlacements: Band[];
  spend: Band[];
};

const PERCENTILE_RANGE = 'percentiles are from 0 to 100';
const OptionsSchema = strictOptions(
  {
    runs: z.optional(
      z
        .number({ error: 'runs must be a number' })
        .check(
          z.int({ error: 'runs must be a whole number' }),
          z.minimum(1, { error: 'runs must be at least 1' }),
          z.maximum(100_000, { error: 'runs must be at most 100,000' }),
        ),
    ),
    seed: z.optional(
      z.number({ error: 'seed must be a number' }).check(z.int({ error: 'seed must be a whole number' })),
    ),
    percentiles: z.optional(
      z
        .array(
          z
            .number({ error: 'a percentile must be a number' })
            .check(z.minimum(0, { error: PERCENTILE_RANGE }), z.maximum(100, { error: PERCENTILE_RANGE })),
          { error: 'percentiles must be a list of numbers' },
        )
        .check(z.minLength(1, { error: 'percentiles must not be empty' })),
    ),
  },
  { error: 'options must be an object: { runs?, seed?, percentiles? }' },
);

/** Draws destination weights from their Dirichlet posterior: observed share x evidence + the prior. */
function posterior<K extends string>(
  rng: Random,
  weights: Partial<Record<K, number>>,
  evidence: number,
): Partial<Record<K, number>> {
  const keys = (Object.keys(weights) as K[]).filter((k) => (weights[k] ?? 0) > 0);
  const total = keys.reduce((t, k) => t + (weights[k] as number), 0);
  const draw = rng.dirichlet(
    keys.map((k) => ((weights[k] as number) / total) * evidence + DEFAULT_SUFFICIENCY.posteriorPrior),
  );
  return Object.fromEntries(keys.map((k, i) => [k, draw[i]])) as Partial<Record<K, number>>;
}

function bands(years: number[], samples: number[][], percentiles: number[]): Band[] {
  return years.map((year, i) => {
    const sorted = Float64Array.from(samples.map((s) => s[i])).sort();
    const band: Band = { year, mean: sorted.reduce((t, x) => t + x, 0) / sorted.length } as Band;
    for (const p of percentiles) band[`p${p}`] = percentileSorted(sorted, p);
    return band;
  });
}

/**
 * Each Monte Carlo run's independent placements and spend by year: the draws simulateSufficiency
 * summarises. Two scenarios with the same ranged numbers, rules and joiner entries get the same
 * draws from the same seed, so their runs pair up (planCapacity's saving with `runs` is such a
 * paired difference). Internal: the scenario is already validated.
 *
 * @example
 * simulateTotals(parseScenario(kent), 2, 7).spend.length; // 2 runs (kent: data/kent/scenario-2025.json)
 */
export function simulateTotals(
  s: Scenario,
  runs: number,
  seed: number,
): { independent: number[][]; spend: number[][] } {
  const rng = createRandom(seed);
  const ranged = listAssumptions(s, DEFAULT_SUFFICIENCY.relativeSwing).filter((a) => a.ranged);
  const independent: number[][] = [];
  const spend: number[][] = [];
  for (let run = 0; run < runs; run++) {
    const copy: Scenario = structuredClone(s);
    for (const a of ranged) a.set(copy, a.low + rng.next() * (a.high - a.low));
    for (const r of copy.transitions) if (r.evidence) r.to = posterior(rng, r.to, r.evidence);
    for (const e of copy.joiners.entries) if (e.evidence) e.settings = posterior(rng, e.settings, e.evidence);
    const totals = runTotals(compileScenario(copy));
    independent.push(totals.independent);
    spend.push(totals.spend);
  }
  return { independent, spend };
}

/**
 * Monte Carlo bands for a scenario: each run draws every transition rule and joiner setting mix
 * that carries `evidence` from its Dirichlet posterior (observed counts plus Jeffreys' prior), and
 * every number with a stated `low`/`high` uniformly from that range, then projects. Reproducible:
 * the same scenario, runs and seed give the same bands.
 *
 * @param scenario a Scenario or JSON to validate
 * @param options runs (default 1,000), seed (default 1), percentiles (default 5, 25, 50, 75, 95)
 * @throws ValidationError for a bad scenario or options
 * @example
 * const sim = simulateSufficiency(kent, { runs: 100, seed: 7 }); // kent: data/kent/scenario-2025.json
 * const last = sim.independentPlacements.at(-1);
 * [last.year, Math.round(last.p5), Math.round(last.p50), Math.round(last.p95)]; // [2030, 806, 963, 1079]
 */
export function simulateSufficiency(
  scenario: Loose<ScenarioInput>,
  options: SimulateOptions = {},
): SufficiencySimulation {
  const [s, o] = parseWithScenario(scenario, options, (x) =>
    parseWith(OptionsSchema, x, 'simulateSufficiency options'),
  );
  const runs = o.runs ?? DEFAULT_SUFFICIENCY.runs;
  const seed = o.seed ?? DEFAULT_SUFFICIENCY.seed;
  const percentiles = o.percentiles ?? DEFAULT_SUFFICIENCY.percentiles;
  const ranged = listAssumptions(s, DEFAULT_SUFFICIENCY.relativeSwing).filter((a) => a.ranged);
  const { independent, spend } = simulateTotals(s, runs, seed);
  const years = Array.from({ length: s.endYear - s.baseYear + 1 }, (_, i) => s.baseYear + i);
  return {
    runs,
    seed,
    percentiles,
    drawn: {
      ranged: ranged.map((a) => a.path),
      posteriorRules: s.transitions.filter((r) => r.evidence).length,
      posteriorJoiners: s.joiners.entries.filter((e) => e.evidence).length,
    },
    independentPlacements: bands(years, independent, percentiles),
    spend: bands(years, spend, percentiles),
  };
}
