import type * as z from 'zod/mini';
import { isMissing, issueMessage } from './describe-issue.js';

/** One problem found in an input: where it is and what rule it breaks. */
export type ValidationIssue = {
  /** Where the problem is, as a readable path: `schools[3].vacancies`, or `(root)`. */
  path: string;
  /** What rule the value breaks, readable by a planner. Never echoes a child's other fields. */
  message: string;
  /**
   * The kind of problem, for a program to act on: `required` (missing), zod's issue codes
   * (`invalid_type`, `too_small`, `too_big`, `invalid_value`, `invalid_format`, `unrecognized_keys`,
   * `custom`...), or the library's own (`duplicate`, `too_large_input`, `missing_column`, `delimiter`
   * for a CSV saved with another separator, `invalid` when nothing more precise applies).
   */
  code: string;
  /** 1-based line of the CSV file the value came from, when it came from one. */
  line?: number;
  /** The CSV column the value came from, when it came from one. */
  column?: string;
};

/**
 * The one error every entry point throws for bad input. It lists every problem found, not only
 * the first, each with its path, so a user can fix a file in one pass.
 *
 * @example
 * try { parseChild({ id: 'c1' }); } catch (e) {
 *   e.name; // 'ValidationError'
 *   e.issues.map((i) => i.path); // ['primaryNeed', 'ncYear', 'home']
 * }
 */
export class ValidationError extends Error {
  override name = 'ValidationError' as const;
  readonly issues: ValidationIssue[];

  /** @param issues every problem found; one without a `code` gets `invalid` */
  constructor(what: string, issues: readonly ValidationIssueInput[]) {
    const coded = issues.map((issue) => ({ ...issue, code: issue.code ?? 'invalid' }));
    super(formatMessage(what, coded));
    this.issues = coded;
  }
}

/** A ValidationIssue as code builds one: the `code` may be left to default to `invalid`. */
export type ValidationIssueInput = Omit<ValidationIssue, 'code'> & { code?: string };

/**
 * Whether a value is a ValidationError, including one thrown by another copy of the library (ESM and CJS).
 *
 * @example
 * isValidationError(new ValidationError('child', [{ path: 'ncYear', message: 'is required' }])); // true
 * isValidationError(new Error('boom')); // false
 */
export function isValidationError(e: unknown): e is ValidationError {
  return e instanceof Error && e.name === 'ValidationError' && Array.isArray((e as ValidationError).issues);
}

function formatMessage(what: string, issues: readonly ValidationIssue[]): string {
  const lines = issues.map((i) => {
    // The column is only worth printing when the path does not already name it (`primaryNeed`).
    const column = i.column && i.column !== i.path ? `, ${i.column}` : '';
    const where = i.line !== undefined ? `line ${i.line}${column}: ` : '';
    return `  - ${where}${i.path}: ${i.message}`;
  });
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `Invalid ${what} (${count}):\n${lines.join('\n')}`;
}

/**
 * Formats a zod path (`['schools', 3, 'vacancies']`) as `schools[3].vacancies`.
 *
 * @example
 * formatPath(['schools', 3, 'vacancies']); // 'schools[3].vacancies'
 * formatPath([]); // '(root)'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Turns zod's issues into ours, with readable paths.
 *
 * @example
 * fromZodIssues(RateSchema.safeParse(93).error!.issues, ['kpis', 'attendance']);
 * // [{ path: 'kpis.attendance', message: 'rate must be between 0 and 1 (93% is 0.93)', code: 'too_big' }]
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  // `input` is only read to tell a missing field from a wrong one; it is never copied into the message.
  return issues.flatMap((issue) => {
    // Each unknown field is a problem of its own, named by its own path, so a file's reader can point at its line.
    if (issue.code === 'unrecognized_keys') {
      const said = (issue as { keyMessages?: string[] }).keyMessages;
      return issue.keys.map((key, k) => ({
        path: formatPath([...prefix, ...issue.path, key]),
        message: said?.[k] ?? issueMessage({ ...issue, keys: [key] }),
        code: issue.code,
      }));
    }
    // A refinement names its kind of problem in params.code (`duplicate`); zod calls it all `custom`.
    const own = issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : undefined;
    return {
      path: formatPath([...prefix, ...issue.path]),
      message: issueMessage(issue),
      code: isMissing(issue) ? 'required' : (own ?? issue.code),
    };
  });
}
