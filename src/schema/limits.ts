// The library's input limits, each with its reason. A limit exists so that an input far beyond
// what fits (a file concatenated with itself a thousand times, a loop that never stopped) fails at
// once with a message saying what to do, instead of exhausting memory deep inside a computation.
// The limits live in the module of what they bound:
//   MAX_CHILDREN (here)        children in one list given to an entry point that holds them all
//   CSV_DEFAULTS.maxBytes      bytes a reader takes (src/io/options.ts; the `maxBytes` option raises it)
//   MAX_HORIZON                years a forecast looks ahead (src/forecast/options.ts)
// SCENARIO_LIMITS            counts, places, fees, rates, weights and years of a sufficiency scenario
// (src/schema/scenario.ts)
//   MAX_SCHOOL_PLACES, MAX_ANNUAL_FEE_GBP   a school's capacity, vacancies and fee (src/schema/school.ts)
//   policy bounds              weights, cost per km, journeys a day (PolicySchema, src/schema/policy.ts)
//   SERIES_VALUE_LIMIT         the size of a series value (src/schema/series.ts)
//   MAX_SERIES_VALUES          values in one annual series (src/schema/series.ts)
// Streaming has no count limit: Matcher.rankMany takes any iterable and holds one child at a time.
// The CSV and JSON readers count no rows either: their memory is bounded by maxBytes, and what they
// return may go on to rankMany; the count is checked where a computation must hold the whole list.
import * as z from 'zod/mini';

/**
 * The most children one list may hold where the whole list is held in memory at once
 * (allocateCohort, allocateGreedy, compareStrategies, pseudonymise, renderReport: every entry point
 * that validates with ChildListSchema). England has ~640,000 EHCPs, so a million leaves room for any
 * real cohort; a longer list is a wrong input. To rank more children, stream them through
 * `createMatcher(schools).rankMany(children)`, which has no limit.
 *
 * @example
 * MAX_CHILDREN; // 1000000
 */
export const MAX_CHILDREN = 1_000_000;

/**
 * Wraps a list schema so that a list longer than `max` fails at once, with one issue saying the
 * count and the limit, before any item is validated: validating a million items only to reject the
 * list would be the slow, memory-hungry failure the limit is there to prevent. Anything that is not
 * an array passes through to `schema`, which says what is wrong with it. The check reads only the
 * array's length, so it costs nothing measurable.
 *
 * @param schema the list schema (z.array(...), with its refinements)
 * @param max the most items allowed
 * @param noun what the items are, plural, for the message ("children")
 * @param hint what to do instead, appended to the message
 * @example
 * const Names = withMaxItems(z.array(z.string()), 2, 'names', 'split the list');
 * Names.safeParse(['a', 'b', 'c']).error?.issues[0].message;
 * // 'is a list of 3 names, over the limit of 2; split the list'
 * Names.parse(['a', 'b']); // ['a', 'b']
 */
export function withMaxItems<S extends z.core.$ZodType>(schema: S, max: number, noun: string, hint: string) {
  const counted = z.unknown().check(
    z.superRefine((value, ctx) => {
      if (Array.isArray(value) && value.length > max) {
        ctx.addIssue({
          code: 'custom',
          message: `is a list of ${value.length} ${noun}, over the limit of ${max}; ${hint}`,
          params: { code: 'too_many_items' },
          abort: true,
        });
      }
    }),
  );
  return z.pipe(counted, schema);
}
