import * as z from 'zod/mini';
import { strictFields } from './strict-fields.js';
import { NEED_CODES } from '../needs.js';
import { NcYearSchema, NonEmptyStringSchema, parseWith } from './common.js';
import { PopulationSchema, missingPopulation } from './population.js';
import { SCENARIO_LIMITS as L } from './scenario-limits.js';
import {
  CapacityPlanSchema,
  JoinerEntrySchema,
  SettingCostSchema,
  StockEntrySchema,
  TransitionRuleSchema,
} from './scenario-parts.js';
import { settingRecord } from './scenario-weights.js';
import {
  SourceSchema,
  SourcedDampingSchema,
  SourcedRateSchema,
  SourcedShareSchema,
  YearSchema,
} from './sourced-number.js';

// The parts of a scenario live in their own files; they are re-exported here, where callers look for them.
export { SCENARIO_LIMITS } from './scenario-limits.js';
export { SourceSchema, SourcedNumberSchema } from './sourced-number.js';
export type { SourcedNumber } from './sourced-number.js';
export { NeedWeightsSchema, NcYearWeightsSchema } from './scenario-weights.js';
export {
  CapacityAdditionSchema,
  CapacityPlanSchema,
  JoinerEntrySchema,
  SettingCostSchema,
  StockEntrySchema,
  TransitionRuleSchema,
} from './scenario-parts.js';
export type { Population, PopulationRecord } from './population.js';

/**
 * The defaults of a scenario, each with its reason.
 *
 * @example
 * SCENARIO_DEFAULTS.maxNcYear; // 14
 */
export const SCENARIO_DEFAULTS = {
  /**
   * The youngest NC year a projection breaks down (`byNcYear`): -2, the nursery year (age 2 to 3)
   * where school-age sufficiency plans start. A 0-25 scenario sets -5.
   */
  minNcYear: -2,
  /**
   * Children in this NC year leave the next year: 14 (age 18 to 19), where most councils' school
   * sufficiency plans stop. EHCPs run to 25 (NC year 20): a 0-25 scenario sets 20.
   */
  maxNcYear: 14,
  /**
   * The damping of the joiner growth rate when a scenario gives none: 1, the rate compounded every
   * year, which is what a scenario written without a damping means (estimateTransitions sets one).
   */
  growthDamping: 1,
} as const;

const ReferenceSchema = strictFields({
  key: NonEmptyStringSchema,
  value: z.number({ error: 'must be a finite number' }),
  unit: NonEmptyStringSchema,
  description: z.optional(z.string({ error: 'must be text' })),
  source: SourceSchema,
});

const ScenarioShape = strictFields({
  name: NonEmptyStringSchema,
  description: z.optional(z.string({ error: 'must be text' })),
  /** The real figures the scenario is calibrated against, each with its source; documentation, not model input. */
  references: z.optional(z.array(ReferenceSchema, { error: 'references must be a list' })),
  baseYear: YearSchema,
  endYear: YearSchema,
  /** The youngest NC year of the projection (default SCENARIO_DEFAULTS.minNcYear). */
  minNcYear: z._default(NcYearSchema, SCENARIO_DEFAULTS.minNcYear),
  /** Children in this NC year leave the next year (default SCENARIO_DEFAULTS.maxNcYear). */
  maxNcYear: z._default(NcYearSchema, SCENARIO_DEFAULTS.maxNcYear),
  stock: z.array(StockEntrySchema, { error: 'stock must be a list' }),
  joiners: strictFields({
    growthRate: SourcedRateSchema,
    /**
     * Each projected year keeps this share of the year before's growth: joiners k years on grow by
     * (1 + rate)^(d + d^2 + ... + d^k). Default SCENARIO_DEFAULTS.growthDamping (1: compounded).
     */
    growthDamping: z.optional(SourcedDampingSchema),
    entries: z.array(JoinerEntrySchema, { error: 'entries must be a list' }),
  }),
  /** The population joiner rates apply to, by calendar and NC year; required when a joiner entry has a rate. */
  population: z.optional(PopulationSchema),
  transitions: z.array(TransitionRuleSchema, { error: 'transitions must be a list' }),
  /**
   * Share of children who would enter a local capped setting but go independent regardless (parental preference,
   * tribunals).
   */
  independentRegardless: SourcedShareSchema,
  /** Capped local settings; a setting not listed has no cap. */
  capacity: strictFields({
    srp: z.optional(CapacityPlanSchema),
    'maintained-special': z.optional(CapacityPlanSchema),
  }),
  costs: strictFields({
    feeUpliftRate: SourcedRateSchema,
    /** A setting not listed costs nothing in `spend`. */
    bySetting: settingRecord(SettingCostSchema, 'bySetting must map settings to costs'),
  }),
});

type Shape = z.infer<typeof ScenarioShape>;
type Issue = { path: PropertyKey[]; message: string; code?: string };

/** NC years outside [minNcYear, maxNcYear] in the stock and joiners: children the breakdowns would miss. */
function ncYearsOutside(s: Shape): Issue[] {
  const issues: Issue[] = [];
  // A bound that is not a whole NC year has its own issue already.
  if (!Number.isInteger(s.minNcYear) || !Number.isInteger(s.maxNcYear)) return issues;
  if (s.minNcYear > s.maxNcYear)
    issues.push({ path: ['minNcYear'], message: `minNcYear must not be above maxNcYear (${s.maxNcYear})` });
  const check = (weights: Record<string, number>, path: PropertyKey[]) => {
    for (const key of Object.keys(weights)) {
      const year = Number(key);
      if (year > s.maxNcYear)
        issues.push({
          path: [...path, key],
          message: `NC year above maxNcYear (${s.maxNcYear}): set maxNcYear to project older young people`,
        });
      if (year < s.minNcYear)
        issues.push({
          path: [...path, key],
          message: `NC year below minNcYear (${s.minNcYear}): set minNcYear to project younger children`,
        });
    }
  };
  for (const [i, e] of s.stock.entries()) check(e.ncYears, ['stock', i, 'ncYears']);
  for (const [i, e] of s.joiners.entries.entries()) check(e.ncYears, ['joiners', 'entries', i, 'ncYears']);
  return issues;
}

function yearsProblems(s: Shape): Issue[] {
  if (s.endYear <= s.baseYear) return [{ path: ['endYear'], message: 'endYear must be after baseYear' }];
  if (s.endYear - s.baseYear > L.maxYears)
    return [{ path: ['endYear'], message: `a projection may run at most ${L.maxYears} years` }];
  return [];
}

/** Joiner rates need the population of every NC year they apply to in every projected year. */
function populationProblems(s: Shape): Issue[] {
  const ncYears = s.joiners.entries
    .filter((e) => e.rate !== undefined)
    .flatMap((e) => Object.keys(e.ncYears).map(Number));
  if (ncYears.length === 0) return [];
  if (!s.population)
    return [{ path: ['population'], message: 'is required when a joiner entry has a rate', code: 'required' }];
  // Bad years have their own issue; the gaps are only worth listing over a projection that can run.
  if (!Number.isSafeInteger(s.baseYear) || yearsProblems(s).length > 0) return [];
  const years = Array.from({ length: s.endYear - s.baseYear }, (_, k) => s.baseYear + 1 + k);
  return missingPopulation(s.population.records, years, ncYears, 'population.records').map((i) => ({
    path: ['population', 'records'],
    message: `${i.message}: the joiner rates need it`,
    code: i.code,
  }));
}

/** Adds each issue to the refinement's context, with its code when it has one. */
const addIssues = (issues: Issue[], s: unknown, ctx: z.core.$RefinementCtx<Shape>) => {
  for (const issue of issues)
    ctx.addIssue({
      code: 'custom',
      path: issue.path,
      message: issue.message,
      input: s,
      ...(issue.code ? { params: { code: issue.code } } : {}),
    });
};

/**
 * A sufficiency scenario: the base-year census, joiners (a count, or a rate per head of an optional
 * population), transition rules, capacity plans and costs, every number with its source, each within
 * SCENARIO_LIMITS. See data/kent/scenario-2025.json for Kent's.
 *
 * @example
 * ScenarioSchema.safeParse(kent).success; // true (kent: data/kent/scenario-2025.json)
 */
export const ScenarioSchema = ScenarioShape.check(
  z.superRefine((s, ctx) => addIssues([...ncYearsOutside(s), ...populationProblems(s)], s, ctx)),
  // The years are checked even when another field is missing or of the wrong type (which skips the check above),
  // so a scenario with a source left out and an endYear before its baseYear lists both at once.
  z.superRefine((s, ctx) => addIssues(yearsProblems(s), s, ctx), {
    when: (p) =>
      typeof (p.value as Partial<Shape> | null)?.baseYear === 'number' &&
      typeof (p.value as Partial<Shape>).endYear === 'number' &&
      !p.issues.some((i) => i.path?.[0] === 'baseYear' || i.path?.[0] === 'endYear'),
  }),
);

/** A validated sufficiency scenario (see ScenarioSchema). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in JSON, before defaults are filled in. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** One transition rule. */
export type TransitionRule = z.infer<typeof TransitionRuleSchema>;
/** One joiner entry. */
export type JoinerEntry = z.infer<typeof JoinerEntrySchema>;
/** One stock entry. */
export type StockEntry = z.infer<typeof StockEntrySchema>;

/**
 * The need codes in their DfE order, re-exported for the model's dense arrays.
 *
 * @example
 * SCENARIO_NEEDS[0]; // 'ASD'
 */
export const SCENARIO_NEEDS = NEED_CODES;

/**
 * Validates a sufficiency scenario, listing every problem with its path.
 *
 * @throws ValidationError
 * @example
 * const s = parseScenario({
 *   name: 'tiny', baseYear: 2025, endYear: 2027,
 * stock: [{ setting: 'independent', count: 10, needs: { ASD: 1 }, ncYears: { '7': 1 }, source: 'assumption: example'
 *   }],
 *   joiners: { growthRate: { value: 0, source: 'assumption: flat' }, entries: [] },
 *   transitions: [], independentRegardless: { value: 0.1, source: 'assumption: example' },
 *   capacity: {}, costs: { feeUpliftRate: { value: 0.03, source: 'assumption: example' }, bySetting: {} },
 * });
 * s.maxNcYear; // 14
 */
export function parseScenario(input: unknown): Scenario {
  return parseWith(ScenarioSchema, input, 'scenario');
}
