import { z } from 'zod';
import { NEED_CODES } from '../needs.js';
import {
  NC_YEAR_MAX,
  NC_YEAR_MIN,
  NcYearSchema,
  NeedCodeSchema,
  NonEmptyStringSchema,
  NonNegativeSchema,
  parseWith,
} from './common.js';
import { SETTINGS } from './transition.js';

/**
 * The bounds of a scenario's numbers, each with its reason. They sit far beyond any real plan, so
 * no council's scenario comes near them; they exist so that a typo or a corrupt file (1e308 places,
 * a fee uplift of 5e102 a year, a base year past 2^53) fails at the door with its path and the
 * bound, instead of overflowing to Infinity or NaN deep inside a projection. Within them every
 * number a projection, simulation or sensitivity run gives is finite: a child count is at most
 * 10^7 per entry times 2^50 years of growth, a fee at most 10^7 times 2^50 of uplift, so even a
 * million entries stay below 10^60, far from the largest double (about 1.8e308).
 *
 * @example
 * SCENARIO_LIMITS.maxChildren; // 10000000
 * parseScenario({ ...kent, costs: { ...kent.costs, feeUpliftRate: { value: 5, source: 'typo' } } }); // kent:
 *   data/kent/scenario-2025.json
 * // throws ValidationError: costs.feeUpliftRate.value: rate must be above -1 and at most 1 a year (SCENARIO_LIMITS)
 */
export const SCENARIO_LIMITS = {
  /**
   * Children in one stock block or joiner entry, and the evidence behind a rule: 10,000,000, more
   * than all pupils in England's schools (about 9 million), let alone those with an EHCP (~640,000).
   */
  maxChildren: 10_000_000,
  /**
   * Places in one capacity plan's base or one addition (and their low/high): the same 10,000,000, for the same reason.
   */
  maxPlaces: 10_000_000,
  /**
   * Fee or transport per child per year, GBP: £10m, about twenty times the dearest residential
   * placements councils report (£300k-£500k a year).
   */
  maxAnnualGbp: 10_000_000,
  /**
   * Joiner growth and fee uplift rates a year lie above this (exclusive): at -1 every new EHCP and
   * every fee would vanish after the base year, which no scenario means.
   */
  minRateExclusive: -1,
  /**
   * ...and at most this: 1 is doubling every year, far above the fastest real growth (Kent's NMISS
   * spend grew about 21% a year 2017/18-2020/21); compounded over 50 years it is still finite.
   */
  maxRate: 1,
  /**
   * A relative weight (needs, NC years, settings, destinations): 10^9. Weights are shares or
   * observed counts of children, so this is far above any real one; it keeps their sum finite.
   */
  maxWeight: 1_000_000_000,
  /**
   * Earliest base, end or capacity year: 1900, before any SEN census (the framework dates from the 1981 Education Act).
   */
  minYear: 1900,
  /** Latest base, end or capacity year: 2200, past any plan; it keeps year arithmetic exact. */
  maxYear: 2200,
  /**
   * Years a projection may run past its base year: 50, longer than any sufficiency plan (they look 3 to 10 years
   * ahead).
   */
  maxYears: 50,
} as const;

const L = SCENARIO_LIMITS;
const fmt = (x: number) => x.toLocaleString('en-GB');

/** Children, from 0 to maxChildren (fractions allowed: estimated counts are averages). */
const ChildrenSchema = NonNegativeSchema.check(
  z.lte(L.maxChildren, {
    error:
      `must be at most ${fmt(L.maxChildren)} children (SCENARIO_LIMITS.maxChildren: more than all pupils in ` +
      `England)`,
  }),
);
const PlacesSchema = NonNegativeSchema.check(
  z.lte(L.maxPlaces, {
    error: `must be at most ${fmt(L.maxPlaces)} places (SCENARIO_LIMITS.maxPlaces: more than all pupils in England)`,
  }),
);
const WeightSchema = NonNegativeSchema.check(
  z.lte(L.maxWeight, {
    error: `a weight must be at most ${fmt(L.maxWeight)} (SCENARIO_LIMITS.maxWeight)`,
  }),
);
const YearSchema = z
  .number({ error: 'must be a year' })
  .int({ error: 'must be a whole year' })
  .min(L.minYear, { error: `must be a year from ${L.minYear} to ${L.maxYear} (SCENARIO_LIMITS)` })
  .max(L.maxYear, { error: `must be a year from ${L.minYear} to ${L.maxYear} (SCENARIO_LIMITS)` });

/**
 * Where an assumption comes from: a council paper ("Kent County Council, committee minutes, 2025")
 * or "assumption: <reason>". Every number a planner sees must be traceable, so it is required.
 *
 * @example
 * SourceSchema.safeParse('  ').success; // false: a blank source traces nothing
 */
export const SourceSchema = NonEmptyStringSchema;

/** The shape of a sourced number whose value, low and high each obey `bound`, and low <= value <= high. */
function sourcedNumber(bound: z.ZodNumber) {
  return z
    .object({ value: bound, source: SourceSchema, low: bound.optional(), high: bound.optional() })
    .superRefine((n, ctx) => {
      if (n.low !== undefined && n.low > n.value)
        ctx.addIssue({ code: 'custom', path: ['low'], message: 'low must not exceed value' });
      if (n.high !== undefined && n.high < n.value)
        ctx.addIssue({ code: 'custom', path: ['high'], message: 'high must not be below value' });
    });
}

/**
 * A number with its source and an optional plausible range [low, high]. The range drives
 * `sensitivity` (low and high runs) and `simulateSufficiency` (a uniform draw); without one,
 * sensitivity moves the value by the default relative swing. The scenario's own fields bound the
 * value and its range further (SCENARIO_LIMITS).
 *
 * @example
 * SourcedNumberSchema.safeParse({ value: 0.03, low: 0.05, source: 'assumption: x' }).success; // false: low above value
 */
export const SourcedNumberSchema = sourcedNumber(z.number({ error: 'must be a finite number' }));
/** A sourced number (see SourcedNumberSchema). */
export type SourcedNumber = z.infer<typeof SourcedNumberSchema>;

/** A rate a year, above -1 and at most 1 (SCENARIO_LIMITS), with its source and range. */
const SourcedRateSchema = sourcedNumber(
  z
    .number({ error: 'must be a finite number' })
    .gt(L.minRateExclusive, {
      error: `rate must be above ${L.minRateExclusive} and at most ${L.maxRate} a year (SCENARIO_LIMITS)`,
    })
    .max(L.maxRate, {
      error: `rate must be above ${L.minRateExclusive} and at most ${L.maxRate} a year (SCENARIO_LIMITS)`,
    }),
);
/** A share in [0, 1], with its source and range. */
const SourcedShareSchema = sourcedNumber(
  z
    .number({ error: 'must be a finite number' })
    .min(0, { error: 'share must be between 0 and 1' })
    .max(1, { error: 'share must be between 0 and 1' }),
);
/** Places, with their source and range. */
const SourcedPlacesSchema = sourcedNumber(
  z
    .number({ error: 'must be a finite number' })
    .min(0, { error: 'places must be 0 or more' })
    .max(L.maxPlaces, { error: `must be at most ${fmt(L.maxPlaces)} places (SCENARIO_LIMITS.maxPlaces)` }),
);
/** GBP per child per year, with its source and range. */
const SourcedGbpSchema = sourcedNumber(
  z
    .number({ error: 'must be a finite number' })
    .min(0, { error: 'cost must be 0 or more' })
    .max(L.maxAnnualGbp, {
      error: `must be at most £${fmt(L.maxAnnualGbp)} per child per year (SCENARIO_LIMITS.maxAnnualGbp)`,
    }),
);

const NC_KEY = /^-?\d+$/;

/**
 * Relative weights over need codes, e.g. `{ ASD: 3, SEMH: 2 }`; normalised by the model.
 *
 * @example
 * NeedWeightsSchema.safeParse({ ASD: 3, SEMH: 2 }).success; // true
 * NeedWeightsSchema.safeParse({ ASD: 0 }).success; // false: at least one weight above 0
 */
// Keys are need codes as SEN2 writes them: a record keyed by a transforming schema reports an unknown
// key as an aborting 'invalid_key', which would hide the scenario's other problems.
const NeedKeySchema = z.enum(NEED_CODES, { error: `need must be one of ${NEED_CODES.join(', ')}` });
export const NeedWeightsSchema = z
  .partialRecord(NeedKeySchema, WeightSchema, { error: 'needs must map need codes to weights' })
  .refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), {
    error: 'needs must give at least one need a weight above 0',
  });

/**
 * Relative weights over NC years, e.g. `{ "7": 2, "8": 1 }`; normalised by the model.
 *
 * @example
 * NcYearWeightsSchema.safeParse({ '7': 2, '8': 1 }).success; // true
 * NcYearWeightsSchema.safeParse({ seven: 1 }).success; // false: keys are NC years
 */
export const NcYearWeightsSchema = z
  .record(z.string(), WeightSchema, { error: 'ncYears must map NC years to weights' })
  .superRefine((w, ctx) => {
    let total = 0;
    for (const [key, v] of Object.entries(w)) {
      const year = Number(key);
      if (!NC_KEY.test(key) || year < NC_YEAR_MIN || year > NC_YEAR_MAX) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `key must be an NC year from ${NC_YEAR_MIN} to ${NC_YEAR_MAX}`,
        });
      }
      total += typeof v === 'number' ? v : 0;
    }
    if (!(total > 0))
      ctx.addIssue({ code: 'custom', path: [], message: 'ncYears must give at least one NC year a weight above 0' });
  });

const SettingEnum = z.enum(SETTINGS, { error: `setting must be one of ${SETTINGS.join(', ')}` });

/** Relative weights over settings (where joiners go). */
const SettingWeightsSchema = z
  .partialRecord(SettingEnum, WeightSchema, { error: 'settings must map settings to weights' })
  .refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), {
    error: 'settings must give at least one setting a weight above 0',
  });

/** Relative weights over destinations: settings and `left`. */
const DestinationWeightsSchema = z
  .partialRecord(
    z.enum([...SETTINGS, 'left'], { error: `destination must be one of ${[...SETTINGS, 'left'].join(', ')}` }),
    WeightSchema,
    {
      error: 'to must map destinations to weights',
    },
  )
  .refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), {
    error: 'to must give at least one destination a weight above 0',
  });

/**
 * A block of the base-year census: `count` children in `setting`, spread over needs and NC years by weight.
 *
 * @example
 * StockEntrySchema.safeParse({ setting: 'independent', count: 1172, needs: { ASD: 2, SEMH: 1 }, ncYears: { '7': 1 },
 *   source: 'assumption: example' }).success; // true
 */
export const StockEntrySchema = z.object({
  setting: SettingEnum,
  count: ChildrenSchema,
  needs: NeedWeightsSchema,
  ncYears: NcYearWeightsSchema,
  source: SourceSchema,
});

/**
 * New EHCPs each year: `count` in the base year (growing by the scenario's joiner growth rate),
 * spread over needs and NC years, going to settings by weight. `evidence` says how many observed
 * joiners the setting weights stand for (estimateTransitions fills it); simulation then draws the
 * shares from a Dirichlet posterior.
 *
 * @example
 * JoinerEntrySchema.safeParse({ count: 300, needs: { ASD: 1 }, ncYears: { '0': 1 }, settings: { mainstream: 3, srp: 1
 *   }, source: 'assumption: example' }).success; // true
 */
export const JoinerEntrySchema = z.object({
  count: ChildrenSchema,
  needs: NeedWeightsSchema,
  ncYears: NcYearWeightsSchema,
  settings: SettingWeightsSchema,
  evidence: z.optional(ChildrenSchema),
  source: SourceSchema,
});

/**
 * Where children in `from` go when they enter an NC year in `ncYears` (inclusive), by weight over
 * destinations (`left` = the EHCP ends). `need` limits the rule to one need; the most specific rule
 * wins (a need-specific rule over a general one, then the narrower NC-year range, then the later rule).
 * A state no rule covers stays where it is. `evidence` (observed children) turns on the Dirichlet
 * posterior in simulation.
 *
 * @example
 * TransitionRuleSchema.safeParse({ from: 'mainstream', ncYears: [7, 7], to: { independent: 1, mainstream: 9 }, source:
 *   'assumption: example' }).success; // true
 */
export const TransitionRuleSchema = z
  .object({
    from: SettingEnum,
    need: z.optional(NeedCodeSchema),
    ncYears: z.tuple([NcYearSchema, NcYearSchema], { error: 'ncYears must be [lowest, highest]' }),
    to: DestinationWeightsSchema,
    evidence: z.optional(ChildrenSchema),
    source: SourceSchema,
  })
  .superRefine((r, ctx) => {
    if (Number.isInteger(r.ncYears[0]) && Number.isInteger(r.ncYears[1]) && r.ncYears[0] > r.ncYears[1]) {
      ctx.addIssue({ code: 'custom', path: ['ncYears'], message: 'ncYears must be ordered: lowest first' });
    }
  });

/**
 * Places added in `year` (counted from that year on); `need` ring-fences them for one need.
 *
 * @example
 * CapacityAdditionSchema.safeParse({ year: 2026, places: 50, source: 'assumption: example' }).success; // true
 */
export const CapacityAdditionSchema = z
  .object({
    year: YearSchema,
    places: PlacesSchema,
    need: z.optional(NeedCodeSchema),
    low: z.optional(PlacesSchema),
    high: z.optional(PlacesSchema),
    source: SourceSchema,
  })
  .superRefine((a, ctx) => {
    if (a.low !== undefined && a.low > a.places)
      ctx.addIssue({ code: 'custom', path: ['low'], message: 'low must not exceed places' });
    if (a.high !== undefined && a.high < a.places)
      ctx.addIssue({ code: 'custom', path: ['high'], message: 'high must not be below places' });
  });

/**
 * A capped local setting: base places plus a plan of additions.
 *
 * @example
 * CapacityPlanSchema.parse({ base: { value: 1500, source: 'committee minutes 2025' } }).additions; // []
 */
export const CapacityPlanSchema = z.object({
  base: SourcedPlacesSchema,
  additions: z.array(CapacityAdditionSchema).default([]),
});

/**
 * Annual cost of one child in a setting, GBP: the fee (uplifted each year) and transport.
 *
 * @example
 * SettingCostSchema.safeParse({ annualFeeGbp: { value: -1, source: 'x' }, annualTransportGbp: { value: 0, source: 'x' }
 *   }).success; // false
 */
export const SettingCostSchema = z.object({
  annualFeeGbp: SourcedGbpSchema,
  annualTransportGbp: SourcedGbpSchema,
});

/**
 * A sufficiency scenario: the base-year census, joiners, transition rules, capacity plans and
 * costs, every number with its source, each within SCENARIO_LIMITS. See data/kent/scenario-2025.json for Kent's.
 *
 * @example
 * ScenarioSchema.safeParse(kent).success; // true (kent: data/kent/scenario-2025.json)
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
    baseYear: YearSchema,
    endYear: YearSchema,
    /** Children in this NC year leave the next year (post-16 ends at 14 by default). */
    maxNcYear: z._default(NcYearSchema, NC_YEAR_MAX),
    stock: z.array(StockEntrySchema, { error: 'stock must be a list' }),
    joiners: z.object({
      growthRate: SourcedRateSchema,
      entries: z.array(JoinerEntrySchema, { error: 'entries must be a list' }),
    }),
    transitions: z.array(TransitionRuleSchema, { error: 'transitions must be a list' }),
    /**
     * Share of children who would enter a local capped setting but go independent regardless (parental preference,
     * tribunals).
     */
    independentRegardless: SourcedShareSchema,
    /** Capped local settings; a setting not listed has no cap. */
    capacity: z.object({
      srp: CapacityPlanSchema.optional(),
      'maintained-special': CapacityPlanSchema.optional(),
    }),
    costs: z.object({
      feeUpliftRate: SourcedRateSchema,
      /** A setting not listed costs nothing in `spend`. */
      bySetting: z.partialRecord(SettingEnum, SettingCostSchema),
    }),
  })
  .superRefine((s, ctx) => {
    // A child above the top NC year would be outside the model's breakdowns: say so instead.
    const above = (weights: unknown, path: PropertyKey[]) => {
      if (weights === null || typeof weights !== 'object' || !Number.isInteger(s.maxNcYear)) return;
      for (const key of Object.keys(weights)) {
        if (Number(key) > s.maxNcYear)
          ctx.addIssue({ code: 'custom', path: [...path, key], message: `NC year above maxNcYear (${s.maxNcYear})` });
      }
    };
    if (Array.isArray(s.stock))
      s.stock.forEach((e, i) => {
        above(e?.ncYears, ['stock', i, 'ncYears']);
      });
    if (Array.isArray(s.joiners?.entries))
      s.joiners.entries.forEach((e, i) => {
        above(e?.ncYears, ['joiners', 'entries', i, 'ncYears']);
      });
    if (Number.isInteger(s.baseYear) && Number.isInteger(s.endYear)) {
      if (s.endYear <= s.baseYear)
        ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'endYear must be after baseYear' });
      if (s.endYear - s.baseYear > L.maxYears)
        ctx.addIssue({
          code: 'custom',
          path: ['endYear'],
          message: `a projection may run at most ${L.maxYears} years (SCENARIO_LIMITS.maxYears)`,
        });
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
