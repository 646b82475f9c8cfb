/**
 * The exit codes of the command, as scripts that call it rely on them.
 *
 * @example
 * EXIT_CODE.badInput; // 2
 */
export const EXIT_CODE = {
  /** Success. */
  ok: 0,
  /** Something failed while running: a file could not be written, a model failed. */
  failure: 1,
  /** The command line or an input file is wrong; the message says where. Fix the input and run again. */
  badInput: 2,
} as const;
