import * as z from 'zod/mini';
import { plainWord } from './nearest.js';
import { NEED_CODES } from '../needs.js';
import { nearestNeedCode, needCodeOf } from './need-code-of.js';
import { ValidationError, fromZodIssues } from './validation-error.js';

/**
 * Lowest national curriculum year the library accepts: -5, the year of a child's birth to age 1
 * (NC year = age reached in the school year - 5; Reception, 0, is the year a child turns 5). EHCPs
 * run from birth, so early-years plans have a year of their own.
 *
 * @example
 * NC_YEAR_MIN; // -5
 */
export const NC_YEAR_MIN = -5;
/**
 * Highest national curriculum year the library accepts: 20, the year a young person turns 25, when
 * an EHCP ends (Children and Families Act 2014). Years 14 to 20 are post-18 and post-19 provision.
 *
 * @example
 * NC_YEAR_MAX; // 20
 */
export const NC_YEAR_MAX = 20;

/**
 * What a transform hands on for a value it does not read: the value itself, but a Promise (an input
 * not awaited) as null, since zod throws on a transform that returns a Promise instead of reporting
 * it; the next schema then says the value is of the wrong type, at its path.
 *
 * @example
 * unread(7); // 7
 * unread(Promise.resolve(7)); // null
 */
export const unread = (value: unknown): unknown => (value instanceof Promise ? null : value);

/**
 * A SEN2 need code, in any case (`asd` reads as `ASD`) or a former code (`BESD` as `SEMH`). The
 * message for an unknown one suggests the nearest code and lists the valid ones, but never echoes
 * the bad value (it may be a child's).
 *
 * @example
 * NeedCodeSchema.parse('semh'); // 'SEMH'
 * NeedCodeSchema.safeParse('SMEH').error?.issues[0].message; // 'unknown need code; did you mean SEMH? Valid codes
 *   are ASD, SEMH, ...'
 */
export const NeedCodeSchema = z.pipe(
  // Typed as text so a record keyed by need code stays typed; anything else passes on to the enum's error.
  z.transform((value: string): string =>
    typeof value === 'string' ? (needCodeOf(value) ?? value) : (unread(value) as string),
  ),
  z.enum(NEED_CODES, {
    error: (issue) => {
      const near = typeof issue.input === 'string' ? nearestNeedCode(issue.input) : undefined;
      const valid = NEED_CODES.join(', ');
      return near
        ? `unknown need code; did you mean ${near}? Valid codes are ${valid}`
        : `unknown need code; valid codes are ${valid}`;
    },
  }),
);

/**
 * One of a list of labels, read as files and other systems write them: in any case, with spaces,
 * underscores or no separator for the hyphen (`Requires Improvement`, `Lot 1`, `MALE`), or by one
 * of `aliases` (`M` for `male`). The value comes out as the list writes it; anything else, or a
 * value that is not text, gets `error`.
 *
 * @param labels the labels, as the library writes them
 * @param error the message of a value that is none of them
 * @param aliases other words for a label, e.g. `{ m: 'male' }`
 * @example
 * const grade = labelEnum(['requires-improvement', 'good'], 'must be a grade');
 * grade.parse('Requires Improvement'); // 'requires-improvement'
 */
export function labelEnum<const T extends readonly [string, ...string[]]>(
  labels: T,
  error: string,
  aliases: Readonly<Record<string, T[number]>> = {},
) {
  const byKey = new Map<string, string>(labels.map((label) => [plainWord(label), label]));
  for (const [alias, label] of Object.entries(aliases)) byKey.set(plainWord(alias), label);
  return z.pipe(
    // Typed as text like NeedCodeSchema; anything that is not text passes on to the enum's error.
    z.transform((value: string): string =>
      typeof value === 'string' ? (byKey.get(plainWord(value)) ?? value) : (unread(value) as string),
    ),
    z.enum(labels, { error }),
  );
}

/**
 * A national curriculum year: an integer from -5 (birth to age 1) to 20 (age 24 to 25).
 *
 * @example
 * NcYearSchema.safeParse(7).success; // true
 * NcYearSchema.safeParse(7.5).success; // false
 */
export const NcYearSchema = z
  .number({ error: 'must be a number' })
  .check(
    z.int({ error: 'NC year must be a whole number' }),
    z.minimum(NC_YEAR_MIN, { error: `NC year must be at least ${NC_YEAR_MIN}` }),
    z.maximum(NC_YEAR_MAX, { error: `NC year must be at most ${NC_YEAR_MAX}` }),
  );

/**
 * A rate in [0, 1].
 *
 * @example
 * RateSchema.safeParse(0.87).success; // true
 * RateSchema.safeParse(87).success; // false: a percentage, not a rate
 */
export const RateSchema = z
  .number({ error: 'must be a number' })
  .check(
    z.minimum(0, { error: 'rate must be between 0 and 1' }),
    z.maximum(1, { error: (issue) => `rate must be between 0 and 1${asPercentage(issue.input)}` }),
  );

/** For a value that reads as a percentage (60), the rate it may mean: ' (60% is 0.6)'; else nothing. */
function asPercentage(value: unknown): string {
  return typeof value === 'number' && value > 1 && value <= 100
    ? ` (${value}% is ${+(value / 100).toPrecision(12)})`
    : '';
}

/**
 * A finite number at least 0 (zod rejects NaN and ±Infinity).
 *
 * @example
 * NonNegativeSchema.safeParse(0).success; // true
 * NonNegativeSchema.safeParse(Infinity).success; // false
 */
export const NonNegativeSchema = z
  .number({ error: 'must be a finite number' })
  .check(z.minimum(0, { error: 'must be 0 or more' }));

/**
 * A count: a whole number at least 0.
 *
 * @example
 * CountSchema.safeParse(3).success; // true
 * CountSchema.safeParse(-1).success; // false
 */
export const CountSchema = z
  .number({ error: 'must be a number' })
  .check(z.int({ error: 'must be a whole number' }), z.minimum(0, { error: 'must be 0 or more' }));

/**
 * WGS84 coordinates in degrees.
 *
 * @example
 * LatLonSchema.safeParse({ lat: 51.28, lon: 1.08 }).success; // true
 * LatLonSchema.safeParse({ lat: 128, lon: 1.08 }).success; // false: latitude must be between -90 and 90
 */
const degrees = (limit: number, error: string) =>
  z.number({ error: 'must be a number' }).check(z.minimum(-limit, { error }), z.maximum(limit, { error }));
export const LatLonSchema = z.object({
  lat: degrees(90, 'latitude must be between -90 and 90'),
  lon: degrees(180, 'longitude must be between -180 and 180'),
});

/**
 * A non-empty string without surrounding blanks counted.
 *
 * @example
 * NonEmptyStringSchema.parse('  C0001 '); // 'C0001'
 * NonEmptyStringSchema.safeParse('   ').success; // false
 */
export const NonEmptyStringSchema = z
  .string({ error: 'must be text' })
  .check(z.trim(), z.minLength(1, { error: 'must not be empty' }));

/**
 * An identifier (a child's id, a URN) as text; a whole number, as JSON from other systems often
 * writes ids and URNs, is kept as its text (100001 becomes '100001'). Anything else gets the text
 * schema's own messages ("must be text", "must not be empty").
 *
 * @example
 * IdentifierSchema.parse(100001); // '100001'
 * IdentifierSchema.parse(' C1 '); // 'C1'
 */
export const IdentifierSchema = z.pipe(
  z.transform((value: string | number): unknown =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : unread(value),
  ),
  NonEmptyStringSchema,
);

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
  // z.safeParse takes classic and zod/mini schemas alike (and, unlike z.core's, keeps the bundle tree-shaken).
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(what, fromZodIssues(result.error.issues));
}
