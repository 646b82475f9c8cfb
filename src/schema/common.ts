import { z } from 'zod';
import { NEED_CODES } from '../needs.js';
import { ValidationError, fromZodIssues } from './validation-error.js';

/**
 * Lowest national curriculum year the library accepts: -2, the first year of early years.
 *
 * @example
 * NC_YEAR_MIN; // -2
 */
export const NC_YEAR_MIN = -2;
/**
 * Highest national curriculum year the library accepts: 14, the last post-16 year an EHCP commonly covers.
 *
 * @example
 * NC_YEAR_MAX; // 14
 */
export const NC_YEAR_MAX = 14;

/**
 * A SEN2 need code; the message lists the valid ones but never echoes the bad value (it may be a child's).
 *
 * @example
 * NeedCodeSchema.safeParse('SEMH').success; // true
 * NeedCodeSchema.safeParse('autism').success; // false
 */
export const NeedCodeSchema = z.enum(NEED_CODES, {
  error: () => `unknown need code; valid codes are ${NEED_CODES.join(', ')}`,
});

/**
 * A national curriculum year: an integer from -2 (early years) to 14.
 *
 * @example
 * NcYearSchema.safeParse(7).success; // true
 * NcYearSchema.safeParse(7.5).success; // false
 */
export const NcYearSchema = z
  .number({ error: 'must be a number' })
  .int({ error: 'NC year must be a whole number' })
  .min(NC_YEAR_MIN, { error: `NC year must be at least ${NC_YEAR_MIN}` })
  .max(NC_YEAR_MAX, { error: `NC year must be at most ${NC_YEAR_MAX}` });

/**
 * A rate in [0, 1].
 *
 * @example
 * RateSchema.safeParse(0.87).success; // true
 * RateSchema.safeParse(87).success; // false: a percentage, not a rate
 */
export const RateSchema = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'rate must be between 0 and 1' })
  .max(1, { error: 'rate must be between 0 and 1' });

/**
 * A finite number at least 0 (zod rejects NaN and ±Infinity).
 *
 * @example
 * NonNegativeSchema.safeParse(0).success; // true
 * NonNegativeSchema.safeParse(Infinity).success; // false
 */
export const NonNegativeSchema = z.number({ error: 'must be a finite number' }).min(0, { error: 'must be 0 or more' });

/**
 * A count: a whole number at least 0.
 *
 * @example
 * CountSchema.safeParse(3).success; // true
 * CountSchema.safeParse(-1).success; // false
 */
export const CountSchema = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be 0 or more' });

/**
 * WGS84 coordinates in degrees.
 *
 * @example
 * LatLonSchema.safeParse({ lat: 51.28, lon: 1.08 }).success; // true
 * LatLonSchema.safeParse({ lat: 128, lon: 1.08 }).success; // false: latitude must be between -90 and 90
 */
export const LatLonSchema = z.object({
  lat: z.number({ error: 'must be a number' }).min(-90, { error: 'latitude must be between -90 and 90' }).max(90, {
    error: 'latitude must be between -90 and 90',
  }),
  lon: z.number({ error: 'must be a number' }).min(-180, { error: 'longitude must be between -180 and 180' }).max(180, {
    error: 'longitude must be between -180 and 180',
  }),
});

/**
 * A non-empty string without surrounding blanks counted.
 *
 * @example
 * NonEmptyStringSchema.parse('  C0001 '); // 'C0001'
 * NonEmptyStringSchema.safeParse('   ').success; // false
 */
export const NonEmptyStringSchema = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/**
 * Parses `input` with `schema`, or throws a ValidationError listing every problem zod found.
 * `what` names the thing in the message ("child", "school").
 *
 * @throws ValidationError listing every problem, each with its path
 * @example
 * parseWith(RateSchema, 0.5, 'rate'); // 0.5
 * parseWith(RateSchema, 2, 'rate'); // throws ValidationError: Invalid rate (1 problem): ...
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  // z.safeParse takes classic and zod/mini schemas alike.
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(what, fromZodIssues(result.error.issues));
}
