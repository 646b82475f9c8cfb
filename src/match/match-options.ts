import * as z from 'zod/mini';
import { unknownKeysMessage } from '../schema/strict-fields.js';
import { travelTableIssues, type TravelEntry, type TravelEntryInput } from '../geo/travel-table.js';
import { fromZodIssues, type ValidationIssueInput } from '../schema/validation-error.js';

/**
 * The last argument of rankSchools, createMatcher, weightSensitivity, allocateCohort and allocateGreedy.
 *
 * `travel`: real journeys, `{ childId, urn, km, minutes }[]` (a routing engine's table, see
 * importOsrmTable and readTravelCsv). A pair in the table is filtered and scored on its km and
 * minutes (max distance and minutes, travel score, transport cost), with `source: 'table'`; a pair
 * not in it on the estimate (`source: 'estimate'`); km and minutes null mean no route, and the
 * school is excluded for that child with reason `unreachable`. Entries for other children or for
 * URNs not in the schools are ignored.
 */
export type MatchOptions = { travel?: TravelEntry[] };

/** MatchOptions as the entry points accept them (see MatchOptions). */
export type MatchOptionsInput = { travel?: readonly TravelEntryInput[] };

// A non-object gets the first message; an unknown option is named with the nearest known one.
const MatchOptionsSchema = z.optional(
  z.strictObject(
    { travel: z.optional(z.unknown()) },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? unknownKeysMessage(issue, ['travel'], 'option')
          : issue.code === 'invalid_type'
            ? 'options must be an object such as { travel }, or left out'
            : undefined,
    },
  ),
);

/**
 * Validates the options of a matching entry point (see MatchOptions), adding every problem to
 * `issues` with paths under `options` (`options.travel[3].minutes`).
 *
 * @returns the travel table (undefined when none is given)
 * @example
 * const issues: ValidationIssueInput[] = [];
 * matchOptionsOf({ travel: [{ childId: 'C1', urn: '900001', km: 12, minutes: 20 }] }, issues)?.length; // 1
 * matchOptionsOf({ travle: [] }, issues); // undefined, and issues[0].path === 'options.travle'
 */
export function matchOptionsOf(options: unknown, issues: ValidationIssueInput[]): TravelEntry[] | undefined {
  const parsed = MatchOptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, ['options']));
    return undefined;
  }
  if (parsed.data?.travel === undefined) return undefined;
  const { table, issues: tableIssues } = travelTableIssues(parsed.data.travel, ['options', 'travel']);
  issues.push(...tableIssues);
  return tableIssues.length > 0 ? undefined : table;
}

/**
 * The travel table's entries that name a child or a URN not in the input, by position, with why:
 * matching ignores them, and the callers say so (allocation by position, the CLI by line).
 *
 * @example
 * unknownJourneys([{ childId: 'X', urn: '900001', km: 1, minutes: 2 }], new Set(['C1']), new Set(['900001']));
 * // [{ at: 0, why: 'child X is not in the children' }]
 */
export function unknownJourneys(
  travel: readonly TravelEntry[],
  childIds: ReadonlySet<string>,
  urns: ReadonlySet<string>,
): { at: number; why: string }[] {
  const out: { at: number; why: string }[] = [];
  travel.forEach((entry, at) => {
    if (!childIds.has(entry.childId)) out.push({ at, why: `child ${entry.childId} is not in the children` });
    else if (!urns.has(entry.urn)) out.push({ at, why: `URN ${entry.urn} is not in the schools` });
  });
  return out;
}

/**
 * The travel table's entries that name a child or a URN not in the input, as warnings (the entries
 * are ignored): `travel[12]: child K0042 is not in the children; ignored`. At most `max` are listed,
 * then a count of the rest.
 *
 * @example
 * ignoredJourneys([{ childId: 'X', urn: '900001', km: 1, minutes: 2 }], new Set(['C1']), new Set(['900001']));
 * // ['travel[0]: child X is not in the children; ignored']
 */
export function ignoredJourneys(
  travel: readonly TravelEntry[],
  childIds: ReadonlySet<string>,
  urns: ReadonlySet<string>,
  max = 20,
): string[] {
  const unknown = unknownJourneys(travel, childIds, urns);
  const out = unknown.slice(0, max).map(({ at, why }) => `travel[${at}]: ${why}; ignored`);
  if (unknown.length > max)
    out.push(`and ${unknown.length - max} more travel entries for children or URNs not in the input, ignored`);
  return out;
}
