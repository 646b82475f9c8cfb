import type { Exclusion, RankedSchool } from '../match/rank.js';
import type { Child } from '../schema/child.js';
import { exclusionWordsFor } from './planner-words.js';

/**
 * Where the parents' named school stands for one child, in words for the CLI's notes and the report: ranked (at
 * what rank), excluded (with every reason in words), or not in the schools file at all. Undefined when the child
 * names no school.
 *
 * @param shown how many of the ranked schools the table shows (a `--limit` may hide the named one)
 * @example
 * namedSchoolWords({ ...child, namedSchoolUrn: '900009' }, ranked, excluded, ranked.length);
 * // "the parents' named school is not in the schools file"
 */
export function namedSchoolWords(
  child: Child,
  ranked: readonly RankedSchool[],
  excluded: readonly Exclusion[],
  shown: number,
): string | undefined {
  const urn = child.namedSchoolUrn;
  if (urn === undefined) return undefined;
  const head = "the parents' named school";
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
  // The URN is the child's own field here (no school has it), so it is not echoed: logs carry no child field.
  return `${head} is not in the schools file`;
}
