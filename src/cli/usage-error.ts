/**
 * A mistake on the command line (unknown command or flag, a missing or malformed value). It exits
 * with code 2 and points at the command's `--help`.
 *
 * @example
 * new UsageError('--limit must be a whole number of at least 1', 'rank').message;
 * // '--limit must be a whole number of at least 1'
 */
export class UsageError extends Error {
  override name = 'UsageError' as const;
  /** The command the mistake was made in, for the `--help` hint; undefined at the top level. */
  readonly command: string | undefined;
  /** Notes on the inputs read before the mistake showed (rows not imported), printed before it: see keepingNotes. */
  readonly notes: string[] = [];

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}
