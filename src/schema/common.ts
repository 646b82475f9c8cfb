import { z } from 'zod';
import { NEED_CODES } from '../needs.js';
import { ValidationError, fromZodIssues } from './validation-error.js';

/** Lowest and highest national curriculum year the library accepts: -2 (early years) to 14 (post-16). */
export const NC_YEAR_MIN = -2;
export const NC_YEAR_MAX = 14;

/** A SEN2 need code; the message lists the valid ones but never echoes the bad value (it may be a child's). */
export const NeedCodeSchema = z.enum(NEED_CODES, {
  error: () => `unknown need code; valid codes are ${NEED_CODES.join(', ')}`,
});

/** A national curriculum year: an integer from -2 (early years) to 14. */
export const NcYearSchema = z
  .number({ error: 'must be a number' })
  .int({ error: 'NC year must be a whole number' })
  .min(NC_YEAR_MIN, { error: `NC year must be at least ${NC_YEAR_MIN}` })
  .max(NC_YEAR_MAX, { error: `NC year must be at most ${NC_YEAR_MAX}` });

/** A rate in [0, 1]. */
export const RateSchema = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'rate must be between 0 and 1' })
  .max(1, { error: 'rate must be between 0 and 1' });

/** A finite number at least 0 (zod rejects NaN and ±Infinity). */
export const NonNegativeSchema = z.number({ error: 'must be a finite number' }).min(0, { error: 'must be 0 or more' });

/** A count: a whole number at least 0. */
export const CountSchema = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be 0 or more' });

/** WGS84 coordinates in degrees. */
export const LatLonSchema = z.object({
  lat: z.number({ error: 'must be a number' }).min(-90, { error: 'latitude must be between -90 and 90' }).max(90, {
    error: 'latitude must be between -90 and 90',
  }),
  lon: z.number({ error: 'must be a number' }).min(-180, { error: 'longitude must be between -180 and 180' }).max(180, {
    error: 'longitude must be between -180 and 180',
  }),
});

/** A non-empty string without surrounding blanks counted. */
export const NonEmptyStringSchema = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/**
 * Parses `input` with `schema`, or throws a ValidationError listing every problem zod found.
 * `what` names the thing in the message ("child", "school").
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(what, fromZodIssues(result.error.issues));
}
