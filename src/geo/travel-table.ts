// A travel table: real journeys from each child's home to schools, from a routing engine (OSRM,
// OpenRouteService, Valhalla) or a council's transport system. Where a pair is in the table, its
// road km and minutes replace the estimate (great-circle km × circuity, minutes at an average speed).
import * as z from 'zod/mini';
import { IdentifierSchema } from '../schema/common.js';
import { formatPath, fromZodIssues, type ValidationIssueInput } from '../schema/validation-error.js';

/**
 * The longest journey a table may give, km or minutes: more than any road on Earth (a great circle
 * is at most ~20,000 km), so that larger numbers are a unit mistake (metres, seconds) and
 * transport costs stay finite.
 *
 * @example
 * MAX_TABLE_JOURNEY; // 100000
 */
export const MAX_TABLE_JOURNEY = 100_000;

/**
 * One journey of a travel table: a child's home to a school, road km and one journey's minutes.
 * `km` and `minutes` both null means the routing engine found no route: the pair is excluded with
 * reason `unreachable`.
 */
export type TravelEntry = { childId: string; urn: string; km: number | null; minutes: number | null };

/** A journey as the entry points accept it: ids and URNs as numbers too. */
export type TravelEntryInput = {
  childId: string | number;
  urn: string | number;
  km: number | null;
  minutes: number | null;
};

const journey = (unit: string) =>
  z.nullable(
    z
      .number({ error: `${unit} must be a number, or null when there is no route` })
      .check(
        z.minimum(0, { error: `${unit} must be 0 or more` }),
        z.maximum(MAX_TABLE_JOURNEY, { error: `${unit} must be at most ${MAX_TABLE_JOURNEY} (a unit mistake?)` }),
      ),
  );

/**
 * One travel table entry (see TravelEntry): km and minutes are numbers from 0, or both null.
 *
 * @example
 * TravelEntrySchema.safeParse({ childId: 'C1', urn: '900001', km: 12.4, minutes: 21 }).success; // true
 * TravelEntrySchema.safeParse({ childId: 'C1', urn: '900001', km: 12.4, minutes: null }).success; // false
 */
export const TravelEntrySchema = z
  .object(
    {
      childId: z.pipe(
        IdentifierSchema,
        z.string().check(z.maxLength(200, { error: 'childId must be at most 200 characters' })),
      ),
      urn: IdentifierSchema,
      km: journey('km'),
      minutes: journey('minutes'),
    },
    { error: 'must be an object { childId, urn, km, minutes }' },
  )
  .check(
    z.refine((e) => (e.km === null) === (e.minutes === null), {
      error: 'km and minutes must both be numbers, or both null (no route)',
      path: ['minutes'],
    }),
  );

/**
 * A travel table: a list of TravelEntry (each (childId, urn) pair at most once: see travelTableIssues).
 *
 * @example
 * TravelTableSchema.safeParse([{ childId: 'C1', urn: '900001', km: 12.4, minutes: 21 }]).success; // true
 */
export const TravelTableSchema = z.array(TravelEntrySchema, {
  error: 'travel must be a list of { childId, urn, km, minutes }',
});

/**
 * Validates a travel table and returns it, or the issues: zod's for each bad entry, and one with
 * code `duplicate` for each (childId, urn) pair given again, naming the first.
 *
 * @param input anything (the `travel` option of a matching entry point)
 * @param prefix the path of the table in the caller's input, for the issues' paths
 * @example
 * travelTableIssues([{ childId: 'C1', urn: 'A', km: 1, minutes: 2 }, { childId: 'C1', urn: 'A', km: 1, minutes: 2 }],
 *   ['travel']).issues[0];
 * // { path: 'travel[1]', code: 'duplicate', message: 'duplicate journey for child C1 and URN A (first at [0])' }
 */
export function travelTableIssues(
  input: unknown,
  prefix: readonly PropertyKey[],
): { table: TravelEntry[]; issues: ValidationIssueInput[] } {
  const parsed = TravelTableSchema.safeParse(input, { reportInput: true });
  const issues: ValidationIssueInput[] = parsed.success ? [] : fromZodIssues(parsed.error.issues, prefix);
  // Repeated pairs are looked for in every entry that names a child and a URN, valid or not, so
  // that one pass lists every problem.
  // An id given as a whole number (900001) is the same id as its text ('900001'), as the schema reads it.
  const id = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x).trim() : undefined);
  const first = new Map<string, number>();
  (Array.isArray(input) ? input : []).forEach((entry: unknown, i) => {
    const e = (entry ?? {}) as { childId?: unknown; urn?: unknown };
    const childId = id(e.childId);
    const urn = id(e.urn);
    if (childId === undefined || urn === undefined) return;
    const key = `${childId}\u0000${urn}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else
      issues.push({
        path: formatPath([...prefix, i]),
        code: 'duplicate',
        message: `duplicate journey for child ${childId} and URN ${urn} (first at [${seen}])`,
      });
  });
  return { table: parsed.success && issues.length === 0 ? parsed.data : [], issues };
}
