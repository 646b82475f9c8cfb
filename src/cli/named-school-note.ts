import type { Child, Exclusion, RankedSchool } from '../index.js';
import { exclusionWordsFor } from '../report/planner-words.js';

/**
 * The column that marks the parents' named school in a ranking table; only shown when a child names one, so
 * that output for children without a named school keeps its columns.
 */
export const NAMED_COLUMN = { key: 'named', label: 'named by parents' };

/** The named column's cell in the row of the parents' named school (the others are left empty). */
export const NAMED_WORDS = 'yes';

/**
 * Where the parents' named school stands for one child, in a line for the notes: ranked (at what rank), excluded
 * (with every reason in words), or not in the schools file at all. Undefined when the child names no school.
 *
 * @param shown how many of the ranked schools the table shows (a `--limit` may hide the named one)
 * @example
 * namedSchoolNote({ ...child, namedSchoolUrn: '900009' }, ranked, excluded, ranked.length);
 * // "child C0001: the parents' named school (URN 900009) is not in the schools file"
 */
export function namedSchoolNote(
  child: Child,
  ranked: readonly RankedSchool[],
  excluded: readonly Exclusion[],
  shown: number,
): string | undefined {
  const urn = child.namedSchoolUrn;
  if (urn === undefined) return undefined;
  const head = `child ${child.id}: the parents' named school`;
  const hit = ranked.find((r) => r.named);
  if (hit) {
    const hidden = hit.rank > shown ? ` (below the ${shown} shown)` : '';
    return `${head}, ${hit.school.name} (URN ${urn}), is ranked ${hit.rank} of ${ranked.length}${hidden}`;
  }
  const out = excluded.find((e) => e.named);
  if (out) {
    const reasons = out.reasons.map((reason) => exclusionWordsFor(reason, child)).join('; ');
    return `${head}, ${out.school.name} (URN ${urn}), is excluded: ${reasons}`;
  }
  return `${head} (URN ${urn}) is not in the schools file`;
}
