import { isValidationError, type ValidationIssueInput } from '../index.js';
import type { CliIo } from './cli-io.js';
import { EXIT_CODE } from './exit-code.js';
import { InputError } from './input-error.js';
import { UsageError } from './usage-error.js';

/**
 * Prints any error the way a planner can act on it and returns the exit code: bad usage and bad
 * input exit 2 with one `error:` line per problem (file, line, field, rule), anything else exits 1
 * with its message. Never a stack trace, unless `SEND_PLACEMENT_DEBUG=1` asks for one on a runtime
 * failure. Messages come from the library's validators, which name a child by id only.
 *
 * @param error whatever was thrown
 * @param io where to print
 * @returns the exit code
 * @example
 * reportError(new UsageError('unknown command "rnak"'), io);
 * // prints "error: unknown command "rnak"" and "Run 'send-placement --help' for usage." and returns 2
 */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError || error instanceof InputError)
    for (const note of error.notes) io.stderr(`${note}\n`);
  if (error instanceof UsageError) {
    io.stderr(`error: ${error.message}\n`);
    io.stderr(`Run 'send-placement ${error.command ? `${error.command} ` : ''}--help' for usage.\n`);
    return EXIT_CODE.badInput;
  }
  if (error instanceof InputError) {
    for (const issue of error.issues) io.stderr(`error: ${issueLine(error.file, issue)}\n`);
    const count = error.issues.length;
    const problems = count === 1 ? '1 problem' : `${count.toLocaleString('en-GB')} problems`;
    io.stderr(`${error.file}: ${problems}; nothing was run.\n`);
    for (const line of mostFrequent(error.issues)) io.stderr(`${line}\n`);
    return EXIT_CODE.badInput;
  }
  if (isValidationError(error)) {
    for (const issue of error.issues) io.stderr(`error: ${issueLine(undefined, issue)}\n`);
    return EXIT_CODE.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`error: ${message}\n`);
  if (io.env.SEND_PLACEMENT_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr('This is a failure of the run, not of your input. Set SEND_PLACEMENT_DEBUG=1 for details.\n');
  return EXIT_CODE.failure;
}

/** Past this many problems, the ones that repeat most are summed up below the list. */
const MANY_PROBLEMS = 10;

/**
 * For a long list of problems, the three that repeat most (field and rule, with how many lines
 * have each), so that what to fix first is on screen after thousands of lines scroll by.
 */
function mostFrequent(issues: readonly ValidationIssueInput[]): string[] {
  if (issues.length <= MANY_PROBLEMS) return [];
  const counts = new Map<string, number>();
  for (const issue of issues) {
    // A JSON list's item number is dropped, so the same field of every item counts as one problem.
    const field = (issue.column ?? issue.path).replace(/^\[\d+\]\.?/, '') || issue.path;
    const key = `${field}: ${issue.message}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (top.length === 0) return [];
  return ['The most frequent:', ...top.slice(0, 3).map(([key, n]) => `  ${n.toLocaleString('en-GB')} × ${key}`)];
}

/** `schools.csv line 4, vacancies: must not exceed capacity` — file, line, field, rule. */
function issueLine(file: string | undefined, issue: ValidationIssueInput): string {
  const where = [file, issue.line !== undefined ? `line ${issue.line}` : undefined].filter(Boolean).join(' ');
  const field = issue.column && issue.column !== issue.path ? `${issue.column} (${issue.path})` : issue.path;
  if (field === '(file)' || field === '(root)') return `${where || 'input'}: ${issue.message}`;
  return `${where ? `${where}, ` : ''}${field}: ${issue.message}`;
}
