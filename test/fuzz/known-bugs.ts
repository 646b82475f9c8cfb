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

export const KNOWN_BUGS: KnownBug[] = [
  {
    // Node 20.18.3+ decodes 'windows-1252' as Latin-1 (nodejs/node#56542, #60888), so bytes 0x80-0x9F
    // (€ ‚ „ … ‘ ’ “ ” – — ™ in an Excel or GIAS file) become C1 control characters.
    id: "decodeText reads Windows-1252 bytes 0x80-0x9F as C1 control characters, not the € ’ “ ” – — they are (TextDecoder('windows-1252') in Node 20 is Latin-1)",
    affects: /^decodeText$/,
    explains: (c) => isWindows1252WithC1Bytes(c.args[0]),
  },
  {
    // The GIAS importer quotes a cell it does not know in its reason, line breaks and all, and
    // `import gias` prints each reason as it is: one problem spills over two lines of stderr.
    id: '`send-placement import gias` prints a warning over several lines when a GIAS cell it quotes (an unknown establishment type, SEN provision or left-out type) holds a line break',
    affects: /^cli import gias$/,
    explainsFailure: /neither a warning nor the summary: \[.*(is not known|is not a known need|not a school place the matcher ranks)/,
  },
];

/** Bytes that are not UTF-8 and hold a byte in 0x80-0x9F: where Windows-1252 and Latin-1 differ. */
export function isWindows1252WithC1Bytes(input: unknown): boolean {
  if (!(input instanceof Uint8Array) || !input.some((b) => b >= 0x80 && b <= 0x9f)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(input);
    return false;
  } catch {
    return true;
  }
}

/** The known bug that explains a case of an entry point by its input, if any. */
export function knownBugFor(entry: EntryPoint, c: Case): KnownBug | undefined {
  return KNOWN_BUGS.find((bug) => bug.affects.test(entry.name) && bug.explains?.(c));
}

/** The known bug that explains a failure of an entry point by its message, if any. */
export function knownBugForFailure(entry: EntryPoint, message: string): KnownBug | undefined {
  return KNOWN_BUGS.find((bug) => bug.affects.test(entry.name) && bug.explainsFailure?.test(message));
}
