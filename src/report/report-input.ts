import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../schema/common.js';
import type { PlanInput } from '../sufficiency/compare-scenarios.js';
import type { CapacityPlan } from '../sufficiency/plan-capacity.js';
import type { SufficiencyProjection } from '../sufficiency/project-sufficiency.js';
import type { SufficiencySimulation } from '../sufficiency/simulate-sufficiency.js';
import {
  ForecastChartFields,
  type ForecastChartInput,
  TornadoChartInputSchema,
  type TornadoChartInput,
  bandsMatchMean,
} from './chart-inputs.js';

/** What a report can show; give any subset (at least one of scenario, forecasts, or schools with children). */
export type ReportInput = {
  /**
   * Heading of the report (default: the scenario's name; else 'Plans side by side', the one forecast's label,
   * 'Forecasts' or 'Placement matching' for what the report holds; 'send-placement report' for a mix).
   */
  title?: string;
  /** A sufficiency scenario: the projection, its counterfactual and the sourced assumptions are shown. */
  scenario?: unknown;
  /**
   * A projection already computed from `scenario` (saves running it again); one from another scenario (another name,
   * baseYear or endYear) is refused with code `mismatch`.
   */
  projection?: SufficiencyProjection;
  /**
   * Plans to put side by side, `[{ name, scenario }, ...]` as compareScenarios takes them: one chart and one table,
   * each plan read against the first.
   */
  plans?: PlanInput[];
  /**
   * Monte Carlo bands from `simulateSufficiency`: the band is drawn around the plan, explained and tabled. Its years
   * must be the scenario's (baseYear to endYear), else it is refused with code `mismatch`.
   */
  simulation?: SufficiencySimulation;
  /**
   * Tornado data shown under the projection. By default, with a scenario, the library's one-at-a-time
   * `sensitivity` of the end year's independent placements (its biggest swings), each assumption named in plain
   * words with its low and high value; `false` leaves it out.
   */
  sensitivity?: TornadoChartInput | false;
  /** A capacity plan from `planCapacity`: the "Where to add places" part shows its frontier and chosen places. */
  capacityPlan?: CapacityPlan;
  /** Forecasts to show as fan charts, each with a label (the series' name, the chart's title). */
  forecasts?: (ForecastChartInput & { label: string })[];
  /** Schools for the matching pages. */
  schools?: unknown;
  /** Children: the first `maxChildren` get a ranking page; those in NC year `ncYear` are allocated as one round. */
  children?: unknown;
  /** Placement policy for the matching pages; missing fields take the defaults. */
  policy?: unknown;
  /**
   * Real journeys for the matching pages, `{ childId, urn, km, minutes }[]` (see readTravelCsv,
   * importOsrmTable); pairs not in it use the estimate.
   */
  travel?: unknown;
  /**
   * Rows left out as invalid before the report was made (the CLI's `--skip-invalid`): how many children, schools
   * and travel-table journeys. The report says so at its top, so a reader knows the pages are not the whole file.
   */
  skipped?: { children?: number; schools?: number; journeys?: number };
  /** How many children get their own ranking page (default 3, at most 1,000). */
  maxChildren?: number;
  /** How many ranked schools each child's page shows (default 10, at most 1,000). */
  limit?: number;
  /** The NC year of the cohort round allocated (default 7, the secondary transfer). */
  ncYear?: number;
};

const Finite = z.number({ error: 'must be a finite number' });
const Whole = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .check(
      z.int({ error: `${what} must be a whole number` }),
      z.minimum(min, { error: `${what} must be at least ${min}` }),
      z.maximum(max, { error: `${what} must be at most ${max.toLocaleString('en-GB')}` }),
    );

/** The fields of a projection row the report reads: each must be a finite number (SRP places may be null). */
const ProjectionRow = z.looseObject({
  year: Whole('year', -1e6, 1e6),
  independentPlacements: Finite,
  newIndependent: Finite,
  srpPlaces: z.nullable(Finite),
  srpDemand: Finite,
  srpShortfall: Finite,
  spend: Finite,
  spendBySetting: z.record(z.string(), Finite),
  cumulativeSaving: Finite,
});

const ProjectionSchema = z.looseObject({
  baseYear: Whole('baseYear', -1e6, 1e6),
  endYear: Whole('endYear', -1e6, 1e6),
  rows: z.array(ProjectionRow).check(z.minLength(1, { error: 'needs at least one year' })),
  counterfactual: z.array(ProjectionRow),
  summary: z.object({
    independentFirst: Finite,
    independentLast: Finite,
    counterfactualLast: Finite,
    extraSpendWithoutPlan: Finite,
  }),
});

const SimulationSchema = z
  .looseObject({
    runs: Whole('runs', 1, 1e9),
    seed: z.number({ error: 'seed must be a number' }).check(z.int({ error: 'seed must be a whole number' })),
    percentiles: z.array(Finite).check(z.minLength(1, { error: 'needs at least one percentile' })),
    independentPlacements: z.array(z.looseObject({ year: Whole('year', -1e6, 1e6), mean: Finite })),
  })
  .check(
    z.superRefine((s, ctx) => {
      s.independentPlacements.forEach((band, i) => {
        for (const p of s.percentiles) {
          if (typeof band[`p${p}`] !== 'number' || !Number.isFinite(band[`p${p}`]))
            ctx.addIssue({
              code: 'custom',
              path: ['independentPlacements', i, `p${p}`],
              message: 'must be a finite number: each listed percentile needs a value',
            });
        }
      });
    }),
  );

/** The fields of a capacity plan the report reads, each number finite. */
const CapacityPlanSchema = z.looseObject({
  objective: z.enum(['spend', 'independentPlacements'], { error: 'objective must be spend or independentPlacements' }),
  frontier: z
    .array(z.looseObject({ budgetGbp: Finite, capitalGbp: Finite, saving: Finite }))
    .check(z.minLength(1, { error: 'frontier needs at least one budget level (must not be empty)' })),
  chosen: z.array(
    z.looseObject({ id: z.string({ error: 'must be text' }), places: Finite, capitalGbp: Finite, saving: Finite }),
  ),
  why: z.looseObject({
    summary: z.string({ error: 'must be text' }),
    method: z.string({ error: 'must be text' }),
    candidates: z.array(
      z.looseObject({ id: z.string({ error: 'must be text' }), reason: z.string({ error: 'must be text' }) }),
    ),
  }),
});

/**
 * The report's options, validated at the door (the scenario, schools, children and policy are validated by their
 * own parsers). Unknown keys are refused so a misspelt option (`maxchildren`) is not silently ignored.
 *
 * @example
 * ReportInputSchema.safeParse({ maxchildren: 2 }).success; // false: unrecognized key
 */
export const ReportInputSchema = strictOptions({
  title: z.optional(z.string({ error: 'must be text' })),
  scenario: z.optional(z.unknown()),
  projection: z.optional(ProjectionSchema),
  plans: z.optional(z.unknown()),
  simulation: z.optional(SimulationSchema),
  sensitivity: z.optional(z.union([z.literal(false), TornadoChartInputSchema])),
  capacityPlan: z.optional(CapacityPlanSchema),
  forecasts: z.optional(
    z.array(
      z
        .extend(ForecastChartFields, {
          label: z.string({ error: 'must be text' }).check(z.minLength(1, { error: 'must not be empty' })),
        })
        .check(bandsMatchMean),
    ),
  ),
  schools: z.optional(z.unknown()),
  children: z.optional(z.unknown()),
  policy: z.optional(z.unknown()),
  travel: z.optional(z.unknown()),
  skipped: z.optional(
    strictOptions({
      children: z.optional(Whole('skipped children', 0, 1e9)),
      schools: z.optional(Whole('skipped schools', 0, 1e9)),
      journeys: z.optional(Whole('skipped journeys', 0, 1e9)),
    }),
  ),
  maxChildren: z.optional(Whole('maxChildren', 0, 1000)),
  limit: z.optional(Whole('limit', 1, 1000)),
  ncYear: z.optional(Whole('ncYear', NC_YEAR_MIN, NC_YEAR_MAX)),
});
