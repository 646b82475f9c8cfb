import * as z from 'zod/mini';
import { strictFields } from './strict-fields.js';
import { NcYearSchema, NeedCodeSchema } from './common.js';
import {
  DestinationWeightsSchema,
  NcYearWeightsSchema,
  NeedWeightsSchema,
  SettingEnum,
  SettingWeightsSchema,
} from './scenario-weights.js';
import {
  ChildrenSchema,
  PlacesSchema,
  SourceSchema,
  SourcedGbpSchema,
  SourcedPlacesSchema,
  YearSchema,
} from './sourced-number.js';

/**
 * A block of the base-year census: `count` children in `setting`, spread over needs and NC years by weight.
 *
 * @example
 * StockEntrySchema.safeParse({ setting: 'independent', count: 1172, needs: { ASD: 2, SEMH: 1 }, ncYears: { '7': 1 },
 *   source: 'assumption: example' }).success; // true
 */
export const StockEntrySchema = strictFields({
  setting: SettingEnum,
  count: ChildrenSchema,
  needs: NeedWeightsSchema,
  ncYears: NcYearWeightsSchema,
  source: SourceSchema,
});

const PerHeadSchema = z
  .number({ error: 'must be a finite number' })
  .check(
    z.minimum(0, { error: 'rate must be 0 or more joiners a year per child of the population' }),
    z.maximum(1, { error: 'rate must be at most 1 joiner a year per child of the population' }),
  );

/**
 * New EHCPs each year, spread over needs and NC years, going to settings by weight. Either `count`,
 * the joiners of the base year (growing by the scenario's joiner growth rate), or `rate`, joiners a
 * year per child of the scenario's `population` in each of the entry's NC years (the `ncYears`
 * weights then scale the rate year by year relative to their mean, so equal weights mean the same
 * rate in every year; the growth rate then grows the rate). `evidence` says how many observed
 * joiners the setting weights stand for (estimateTransitions fills it); simulation then draws the
 * shares from a Dirichlet posterior.
 *
 * @example
 * JoinerEntrySchema.safeParse({ count: 300, needs: { ASD: 1 }, ncYears: { '0': 1 }, settings: { mainstream: 3, srp: 1
 *   }, source: 'assumption: example' }).success; // true
 * JoinerEntrySchema.safeParse({ rate: 0.004, needs: { ASD: 1 }, ncYears: { '0': 1 }, settings: { mainstream: 1 },
 *   source: 'assumption: example' }).success; // true
 */
export const JoinerEntrySchema = strictFields({
  count: z.optional(ChildrenSchema),
  rate: z.optional(PerHeadSchema),
  needs: NeedWeightsSchema,
  ncYears: NcYearWeightsSchema,
  settings: SettingWeightsSchema,
  evidence: z.optional(ChildrenSchema),
  source: SourceSchema,
}).check(
  z.superRefine((e, ctx) => {
    if (e.count === undefined && e.rate === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: 'is required unless the entry gives a rate per head of population',
        input: undefined,
        params: { code: 'required' },
      });
    if (e.count !== undefined && e.rate !== undefined)
      ctx.addIssue({ code: 'custom', path: ['rate'], message: 'give a count or a rate, not both', input: e.rate });
  }),
);

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
export const TransitionRuleSchema = strictFields({
  from: SettingEnum,
  need: z.optional(NeedCodeSchema),
  ncYears: z.tuple([NcYearSchema, NcYearSchema], { error: 'ncYears must be [lowest, highest]' }),
  to: DestinationWeightsSchema,
  evidence: z.optional(ChildrenSchema),
  source: SourceSchema,
}).check(
  z.superRefine((r, ctx) => {
    // A year that is not whole already has its issue (checks run past it); one message a field is enough.
    if (Number.isInteger(r.ncYears[0]) && Number.isInteger(r.ncYears[1]) && r.ncYears[0] > r.ncYears[1])
      ctx.addIssue({
        code: 'custom',
        path: ['ncYears'],
        message: 'ncYears must be ordered: lowest first',
        input: r.ncYears,
      });
  }),
);

/**
 * Places added in `year` (counted from that year on); `need` ring-fences them for one need.
 *
 * @example
 * CapacityAdditionSchema.safeParse({ year: 2026, places: 50, source: 'assumption: example' }).success; // true
 */
export const CapacityAdditionSchema = strictFields({
  year: YearSchema,
  places: PlacesSchema,
  need: z.optional(NeedCodeSchema),
  low: z.optional(PlacesSchema),
  high: z.optional(PlacesSchema),
  source: SourceSchema,
}).check(
  z.superRefine((a, ctx) => {
    if (a.low !== undefined && a.low > a.places)
      ctx.addIssue({ code: 'custom', path: ['low'], message: 'low must not exceed places', input: a.low });
    if (a.high !== undefined && a.high < a.places)
      ctx.addIssue({ code: 'custom', path: ['high'], message: 'high must not be below places', input: a.high });
  }),
);

/**
 * A capped local setting: base places plus a plan of additions.
 *
 * @example
 * CapacityPlanSchema.parse({ base: { value: 1500, source: 'committee minutes 2025' } }).additions; // []
 */
export const CapacityPlanSchema = strictFields({
  base: SourcedPlacesSchema,
  additions: z._default(z.array(CapacityAdditionSchema, { error: 'additions must be a list' }), []),
});

/**
 * Annual cost of one child in a setting, GBP: the fee (uplifted each year) and transport.
 *
 * @example
 * SettingCostSchema.safeParse({ annualFeeGbp: { value: -1, source: 'x' }, annualTransportGbp: { value: 0, source: 'x' }
 *   }).success; // false
 */
export const SettingCostSchema = strictFields({
  annualFeeGbp: SourcedGbpSchema,
  annualTransportGbp: SourcedGbpSchema,
});
