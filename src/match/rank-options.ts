import * as z from 'zod/mini';
import { unknownKeysMessage } from '../schema/strict-fields.js';
import { ValidationError, fromZodIssues } from '../schema/validation-error.js';

/** Options of Matcher.rank and Matcher.rankMany. */
export type RankOptions = {
  /**
   * How many of the best schools to return per child (default 10): a whole number, 0 or more. A
   * limit above the number of schools returns every eligible school.
   */
  limit?: number;
};

/**
 * Default number of schools returned per child: a caseworker's shortlist.
 *
 * @example
 * DEFAULT_LIMIT; // 10
 */
export const DEFAULT_LIMIT = 10;

/**
 * Rank options: left out, or an object (null is a mistake, as for every other options argument).
 * Unknown keys are rejected so that a misspelt `limt` is not silently ignored. The limit is any
 * whole number from 0 up, however large (z.int() would stop at 2^53): the heap is sized by the
 * number of schools, not by the limit.
 */
const RankOptionsSchema = z.optional(
  z.strictObject(
    {
      limit: z._default(
        z
          .number({ error: 'must be a whole number, 0 or more' })
          .check(
            z.minimum(0, { error: 'must be a whole number, 0 or more' }),
            z.refine(Number.isInteger, { error: 'must be a whole number, 0 or more' }),
          ),
        DEFAULT_LIMIT,
      ),
    },
    // A non-object gets the first message; an unknown option is named with the nearest known one.
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? unknownKeysMessage(issue, ['limit'], 'option')
          : issue.code === 'invalid_type'
            ? 'options must be an object such as { limit: 10 }, or left out'
            : undefined,
    },
  ),
);

/**
 * The validated limit of rank options (DEFAULT_LIMIT when they are left out).
 *
 * @throws ValidationError naming the options' problem (`limit`, or `(root)` for null)
 * @example
 * limitOf({ limit: 3 }); // 3
 * limitOf(undefined); // 10
 */
export function limitOf(options: unknown): number {
  if (options === undefined) return DEFAULT_LIMIT;
  // rank() is called once per child, and a zod parse of the options costs a few µs, a sixth of a
  // ranking: the usual `{ limit: n }`, which RankOptionsSchema accepts as is, skips it.
  const fast = plainLimit(options);
  if (fast !== undefined) return fast;
  const parsed = RankOptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success) throw new ValidationError('rank options', fromZodIssues(parsed.error.issues));
  return parsed.data?.limit ?? DEFAULT_LIMIT;
}

/**
 * The limit of `{}` or `{ limit: n }` with n a whole number from 0, exactly as RankOptionsSchema gives it; undefined
 * for anything else.
 */
function plainLimit(options: unknown): number | undefined {
  if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype)
    return undefined;
  const keys = Object.keys(options);
  if (keys.length === 0) return DEFAULT_LIMIT;
  if (keys.length !== 1 || keys[0] !== 'limit') return undefined;
  const limit = (options as { limit: unknown }).limit;
  if (limit === undefined) return DEFAULT_LIMIT;
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? limit : undefined;
}
