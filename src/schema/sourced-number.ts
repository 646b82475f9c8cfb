import * as z from 'zod/mini';
import { strictFields } from './strict-fields.js';
import { NonEmptyStringSchema } from './common.js';
import { SCENARIO_LIMITS as L } from './scenario-limits.js';

const fmt = (x: number) => x.toLocaleString('en-GB');

/**
 * Where an assumption comes from: a council paper ("Kent County Council, committee minutes, 2025")
 * or "assumption: <reason>". Every number a planner sees must be traceable, so it is required.
 *
 * @example
 * SourceSchema.safeParse('  ').success; // false: a blank source traces nothing
 */
export const SourceSchema = NonEmptyStringSchema;

/** A finite number (zod rejects NaN and ±Infinity), the base of every bounded number of a scenario. */
const finite = (error = 'must be a finite number') => z.number({ error });

/**
 * A number from `min` to `max` inclusive, each check with its own message. Internal: the scenario's
 * bounded kinds (children, places, weights, GBP) are built from it.
 *
 * @example
 * const tens = bounded(0, 10, 'must be 0 or more', 'must be at most 10');
 * tens.safeParse(11).error?.issues[0].message; // 'must be at most 10'
 */
export function bounded(min: number, max: number, belowMessage: string, aboveMessage: string) {
  return finite().check(z.minimum(min, { error: belowMessage }), z.maximum(max, { error: aboveMessage }));
}

/**
 * Children, from 0 to SCENARIO_LIMITS.maxChildren (fractions allowed: estimated counts are averages).
 *
 * @example
 * ChildrenSchema.safeParse(2.5).success; // true
 */
export const ChildrenSchema = bounded(
  0,
  L.maxChildren,
  'must be 0 or more',
  `must be at most ${fmt(L.maxChildren)} children (SCENARIO_LIMITS.maxChildren: more than all pupils in England)`,
);

/**
 * Places, from 0 to SCENARIO_LIMITS.maxPlaces.
 *
 * @example
 * PlacesSchema.safeParse(-1).success; // false
 */
export const PlacesSchema = bounded(
  0,
  L.maxPlaces,
  'must be 0 or more',
  `must be at most ${fmt(L.maxPlaces)} places (SCENARIO_LIMITS.maxPlaces: more than all pupils in England)`,
);

/**
 * A relative weight, from 0 to SCENARIO_LIMITS.maxWeight.
 *
 * @example
 * WeightSchema.safeParse(3).success; // true
 */
export const WeightSchema = bounded(
  0,
  L.maxWeight,
  'must be 0 or more',
  `a weight must be at most ${fmt(L.maxWeight)}`,
);

/**
 * A calendar year from SCENARIO_LIMITS.minYear to maxYear.
 *
 * @example
 * YearSchema.safeParse(2025).success; // true
 * YearSchema.safeParse(2025.5).success; // false
 */
export const YearSchema = z
  .number({ error: 'must be a year as a number, such as 2025' })
  .check(
    z.int({ error: 'must be a whole year' }),
    z.minimum(L.minYear, { error: `must be a year from ${L.minYear} to ${L.maxYear}` }),
    z.maximum(L.maxYear, { error: `must be a year from ${L.minYear} to ${L.maxYear}` }),
  );

/** The shape of a sourced number whose value, low and high each obey `bound`, and low <= value <= high. */
function sourcedNumber(bound: z.ZodMiniNumber<number>) {
  return strictFields({ value: bound, source: SourceSchema, low: z.optional(bound), high: z.optional(bound) }).check(
    z.superRefine((n, ctx) => {
      if (n.low !== undefined && n.low > n.value)
        ctx.addIssue({ code: 'custom', path: ['low'], message: 'low must not exceed value', input: n.low });
      if (n.high !== undefined && n.high < n.value)
        ctx.addIssue({ code: 'custom', path: ['high'], message: 'high must not be below value', input: n.high });
    }),
  );
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
export const SourcedNumberSchema = sourcedNumber(finite());
/** A sourced number (see SourcedNumberSchema). */
export type SourcedNumber = z.infer<typeof SourcedNumberSchema>;

const RATE_BOUND = `rate must be above ${L.minRateExclusive} and at most ${L.maxRate} a year (4.5% a year is 0.045)`;

/**
 * A rate a year, above -1 and at most 1 (SCENARIO_LIMITS), with its source and range.
 *
 * @example
 * SourcedRateSchema.safeParse({ value: -1, source: 'assumption: x' }).success; // false
 */
export const SourcedRateSchema = sourcedNumber(
  finite('must be a number: a rate a year (4.5% a year is 0.045)').check(
    z.gt(L.minRateExclusive, { error: RATE_BOUND }),
    z.maximum(L.maxRate, { error: RATE_BOUND }),
  ),
);

/**
 * A share in [0, 1], with its source and range.
 *
 * @example
 * SourcedShareSchema.safeParse({ value: 0.045, low: 0.02, high: 0.07, source: 'assumption: x' }).success; // true
 */
export const SourcedShareSchema = sourcedNumber(
  finite('must be a number: a share from 0 to 1 (4.5% is 0.045)').check(
    z.minimum(0, { error: 'share must be between 0 and 1' }),
    z.maximum(1, { error: 'share must be between 0 and 1' }),
  ),
);

/**
 * How much of a growth rate each further projected year keeps, from 0 to 1 (see SourcedDampingSchema).
 *
 * @example
 * DampingSchema.safeParse(0.5).success; // true
 * DampingSchema.safeParse(1.2).success; // false: a damping above 1 would make growth speed up
 */
export const DampingSchema = finite().check(
  z.minimum(0, { error: 'damping must be 0 or more (0 holds joiners at their base-year level)' }),
  z.maximum(1, { error: 'damping must be at most 1 (1 compounds the growth rate every year)' }),
);

/**
 * A damping of the joiner growth rate, in [0, 1], with its source and range: each projected year
 * keeps this share of the year before's growth (a damped trend), so growth levels off.
 *
 * @example
 * SourcedDampingSchema.safeParse({ value: 0.3, source: 'assumption: x' }).success; // true
 */
export const SourcedDampingSchema = sourcedNumber(DampingSchema);

/**
 * Places, with their source and range.
 *
 * @example
 * SourcedPlacesSchema.safeParse({ value: 1500, source: 'committee minutes 2025' }).success; // true
 */
export const SourcedPlacesSchema = sourcedNumber(
  bounded(0, L.maxPlaces, 'places must be 0 or more', `must be at most ${fmt(L.maxPlaces)} places`),
);

/**
 * GBP per child per year, with its source and range.
 *
 * @example
 * SourcedGbpSchema.safeParse({ value: 51302, source: 'key decision 2025' }).success; // true
 */
export const SourcedGbpSchema = sourcedNumber(
  bounded(0, L.maxAnnualGbp, 'cost must be 0 or more', `must be at most £${fmt(L.maxAnnualGbp)} per child per year`),
);
