// Bugs the fuzz suite found in other parts of the library, each pinned by a failing test in
// known-bugs.test.ts with a minimal input. The fuzz properties skip the cases a known bug explains
// (fast-check counts them as skipped), so they keep hunting for new bugs meanwhile. When a bug is
// fixed its `it.fails` test starts failing: then delete the test and its entry here.
import type { Case, EntryPoint } from './entry-points.js';

/**
 * A known bug: which entry points it affects, and which cases it explains: by their input, or by
 * the failure they end in (the message outcomeOf gives), when no input rule is narrow enough.
 */
export type KnownBug = { id: string; affects: RegExp; explains?: (c: Case) => boolean; explainsFailure?: RegExp };

export const KNOWN_BUGS: KnownBug[] = [];

/** The known bug that explains a case of an entry point by its input, if any. */
export function knownBugFor(entry: EntryPoint, c: Case): KnownBug | undefined {
  return KNOWN_BUGS.find((bug) => bug.affects.test(entry.name) && bug.explains?.(c));
}

/** The known bug that explains a failure of an entry point by its message, if any. */
export function knownBugForFailure(entry: EntryPoint, message: string): KnownBug | undefined {
  return KNOWN_BUGS.find((bug) => bug.affects.test(entry.name) && bug.explainsFailure?.test(message));
}
