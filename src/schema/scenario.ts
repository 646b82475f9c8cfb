import { z } from 'zod';
import { NEED_CODES } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN, NcYearSchema, NeedCodeSchema, NonEmptyStringSchema, NonNegativeSchema, parseWith } from './common.js';
import { SETTINGS } from './transition.js';

/**
 * Where an assumption comes from: a council paper ("Kent County Council, committee minutes, 2025")
 * or "assumption: <reason>". Every number a planner sees must be traceable, so it is required.
 */
export const SourceSchema = NonEmptyStringSchema.describe('source');

/**
 * A number with its source and an optional plausible range [low, high]. The range drives
 * `sensitivity` (low and high runs) and `simulateSufficiency` (a uniform draw); without one,
 * sensitivity moves the value by the default relative swing.
 */
export const SourcedNumberSchema = z
  .object({
    value: z.number({ error: 'must be a finite number' }),
    source: SourceSchema,
    low: z.number({ error: 'must be a finite number' }).optional(),
    high: z.number({ error: 'must be a finite number' }).optional(),
  })
  .superRefine((n, ctx) => {
    if (n.low !== undefined && n.low > n.value) ctx.addIssue({ code: 'custom', path: ['low'], message: 'low must not exceed value' });
    if (n.high !== undefined && n.high < n.value) ctx.addIssue({ code: 'custom', path: ['high'], message: 'high must not be below value' });
  });
/** A sourced number (see SourcedNumberSchema). */
export type SourcedNumber = z.infer<typeof SourcedNumberSchema>;

const NC_KEY = /^-?\d+$/;

/** Relative weights over need codes, e.g. `{ ASD: 3, SEMH: 2 }`; normalised by the model. */
export const NeedWeightsSchema = z
  .partialRecord(NeedCodeSchema, NonNegativeSchema, { error: 'needs must map need codes to weights' })
  .refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), { error: 'needs must give at least one need a weight above 0' });

/** Relative weights over NC years, e.g. `{ "7": 2, "8": 1 }`; normalised by the model. */
export const NcYearWeightsSchema = z
  .record(z.string(), NonNegativeSchema, { error: 'ncYears must map NC years to weights' })
  .superRefine((w, ctx) => {
    let total = 0;
    for (const [key, v] of Object.entries(w)) {
      const year = Number(key);
      if (!NC_KEY.test(key) || year < NC_YEAR_MIN || year > NC_YEAR_MAX) {
        ctx.addIssue({ code: 'custom', path: [key], message: `key must be an NC year from ${NC_YEAR_MIN} to ${NC_YEAR_MAX}` });
      }
      total += typeof v === 'number' ? v : 0;
    }
    if (!(total > 0)) ctx.addIssue({ code: 'custom', path: [], message: 'ncYears must give at least one NC year a weight above 0' });
  });

const SettingEnum = z.enum(SETTINGS, { error: `setting must be one of ${SETTINGS.join(', ')}` });

/** Relative weights over settings (where joiners go). */
const SettingWeightsSchema = z
  .partialRecord(SettingEnum, NonNegativeSchema, { error: 'settings must map settings to weights' })
  .refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), { error: 'settings must give at least one setting a weight above 0' });

/** Relative weights over destinations: settings and `left`. */
const DestinationWeightsSchema = z
  .partialRecord(z.enum([...SETTINGS, 'left'], { error: `destination must be one of ${[...SETTINGS, 'left'].join(', ')}` }), NonNegativeSchema, {
    error: 'to must map destinations to weights',
  })
  .refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), { error: 'to must give at least one destination a weight above 0' });

/** A block of the base-year census: `count` children in `setting`, spread over needs and NC years by weight. */
export const StockEntrySchema = z.object({
  setting: SettingEnum,
  count: NonNegativeSchema,
  needs: NeedWeightsSchema,
  ncYears: NcYearWeightsSchema,
  source: SourceSchema,
});

/**
 * New EHCPs each year: `count` in the base year (growing by the scenario's joiner growth rate),
 * spread over needs and NC years, going to settings by weight. `evidence` says how many observed
 * joiners the setting weights stand for (estimateTransitions fills it); simulation then draws the
 * shares from a Dirichlet posterior.
 */
export const JoinerEntrySchema = z.object({
  count: NonNegativeSchema,
  needs: NeedWeightsSchema,
  ncYears: NcYearWeightsSchema,
  settings: SettingWeightsSchema,
  evidence: NonNegativeSchema.optional(),
  source: SourceSchema,
});

/**
 * Where children in `from` go when they enter an NC year in `ncYears` (inclusive), by weight over
 * destinations (`left` = the EHCP ends). `need` limits the rule to one need; the most specific rule
 * wins (a need-specific rule over a general one, then the narrower NC-year range, then the later rule).
 * A state no rule covers stays where it is. `evidence` (observed children) turns on the Dirichlet
 * posterior in simulation.
 */
export const TransitionRuleSchema = z
  .object({
    from: SettingEnum,
    need: NeedCodeSchema.optional(),
    ncYears: z.tuple([NcYearSchema, NcYearSchema], { error: 'ncYears must be [lowest, highest]' }),
    to: DestinationWeightsSchema,
    evidence: NonNegativeSchema.optional(),
    source: SourceSchema,
  })
  .superRefine((r, ctx) => {
    if (Number.isInteger(r.ncYears[0]) && Number.isInteger(r.ncYears[1]) && r.ncYears[0] > r.ncYears[1]) {
      ctx.addIssue({ code: 'custom', path: ['ncYears'], message: 'ncYears must be ordered: lowest first' });
    }
  });

/** Places added in `year` (counted from that year on); `need` ring-fences them for one need. */
export const CapacityAdditionSchema = z.object({
  year: z.number({ error: 'must be a year' }).int({ error: 'must be a whole year' }),
  places: NonNegativeSchema,
  need: NeedCodeSchema.optional(),
  low: NonNegativeSchema.optional(),
  high: NonNegativeSchema.optional(),
  source: SourceSchema,
});

/** A capped local setting: base places plus a plan of additions. */
export const CapacityPlanSchema = z.object({
  base: SourcedNumberSchema.refine((n) => n.value >= 0, { error: 'base places must be 0 or more' }),
  additions: z.array(CapacityAdditionSchema).default([]),
});

/** Annual cost of one child in a setting, GBP: the fee (uplifted each year) and transport. */
export const SettingCostSchema = z.object({
  annualFeeGbp: SourcedNumberSchema.refine((n) => n.value >= 0, { error: 'fee must be 0 or more' }),
  annualTransportGbp: SourcedNumberSchema.refine((n) => n.value >= 0, { error: 'transport must be 0 or more' }),
});

/**
 * A sufficiency scenario: the base-year census, joiners, transition rules, capacity plans and
 * costs, every number with its source. See data/kent/scenario-2025.json for Kent's.
 */
export const ScenarioSchema = z
  .object({
    name: NonEmptyStringSchema,
    description: z.string().optional(),
    /** The real figures the scenario is calibrated against, each with its source; documentation, not model input. */
    references: z
      .array(
        z.object({
          key: NonEmptyStringSchema,
          value: z.number({ error: 'must be a finite number' }),
          unit: NonEmptyStringSchema,
          description: z.string().optional(),
          source: SourceSchema,
        }),
      )
      .optional(),
    baseYear: z.number({ error: 'must be a year' }).int({ error: 'must be a whole year' }),
    endYear: z.number({ error: 'must be a year' }).int({ error: 'must be a whole year' }),
    /** Children in this NC year leave the next year (post-16 ends at 14 by default). */
    maxNcYear: NcYearSchema.default(NC_YEAR_MAX),
    stock: z.array(StockEntrySchema, { error: 'stock must be a list' }),
    joiners: z.object({
      growthRate: SourcedNumberSchema.refine((n) => n.value > -1, { error: 'growth rate must be above -1' }),
      entries: z.array(JoinerEntrySchema, { error: 'entries must be a list' }),
    }),
    transitions: z.array(TransitionRuleSchema, { error: 'transitions must be a list' }),
    /** Share of children who would enter a local capped setting but go independent regardless (parental preference, tribunals). */
    independentRegardless: SourcedNumberSchema.refine((n) => n.value >= 0 && n.value <= 1, { error: 'share must be between 0 and 1' }),
    /** Capped local settings; a setting not listed has no cap. */
    capacity: z.object({
      srp: CapacityPlanSchema.optional(),
      'maintained-special': CapacityPlanSchema.optional(),
    }),
    costs: z.object({
      feeUpliftRate: SourcedNumberSchema.refine((n) => n.value > -1, { error: 'uplift must be above -1' }),
      /** A setting not listed costs nothing in `spend`. */
      bySetting: z.partialRecord(SettingEnum, SettingCostSchema),
    }),
  })
  .superRefine((s, ctx) => {
    // A child above the top NC year would be outside the model's breakdowns: say so instead.
    const above = (weights: unknown, path: PropertyKey[]) => {
      if (weights === null || typeof weights !== 'object' || !Number.isInteger(s.maxNcYear)) return;
      for (const key of Object.keys(weights)) {
        if (Number(key) > s.maxNcYear) ctx.addIssue({ code: 'custom', path: [...path, key], message: `NC year above maxNcYear (${s.maxNcYear})` });
      }
    };
    if (Array.isArray(s.stock)) s.stock.forEach((e, i) => above(e?.ncYears, ['stock', i, 'ncYears']));
    if (Array.isArray(s.joiners?.entries)) s.joiners.entries.forEach((e, i) => above(e?.ncYears, ['joiners', 'entries', i, 'ncYears']));
    if (Number.isInteger(s.baseYear) && Number.isInteger(s.endYear)) {
      if (s.endYear <= s.baseYear) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'endYear must be after baseYear' });
      if (s.endYear - s.baseYear > 50) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'a projection may run at most 50 years' });
    }
  });

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

/** The need codes in their DfE order, re-exported for the model's dense arrays. */
export const SCENARIO_NEEDS = NEED_CODES;

/**
 * Validates a sufficiency scenario, listing every problem with its path.
 *
 * @throws ValidationError
 * @example
 * const s = parseScenario({
 *   name: 'tiny', baseYear: 2025, endYear: 2027,
 *   stock: [{ setting: 'independent', count: 10, needs: { ASD: 1 }, ncYears: { '7': 1 }, source: 'assumption: example' }],
 *   joiners: { growthRate: { value: 0, source: 'assumption: flat' }, entries: [] },
 *   transitions: [], independentRegardless: { value: 0.1, source: 'assumption: example' },
 *   capacity: {}, costs: { feeUpliftRate: { value: 0.03, source: 'assumption: example' }, bySetting: {} },
 * });
 * s.maxNcYear; // 14
 */
export function parseScenario(input: unknown): Scenario {
  return parseWith(ScenarioSchema, input, 'scenario');
}
