import type { ValidationIssueInput } from '../index.js';

/**
 * Bad content in one input file: every problem with its line (when known) and field. It exits with
 * code 2 and prints one line per problem, so a planner can fix the whole file in one pass.
 *
 * @example
 * const e = new InputError('schools.csv', [{ path: 'vacancies', line: 4, column: 'vacancies', message: 'must be 0 or
 *   more' }]);
 * e.message; // 'schools.csv: 1 problem'
 */
export class InputError extends Error {
  override name = 'InputError' as const;
  /** The file as the user named it on the command line. */
  readonly file: string;
  readonly issues: ValidationIssueInput[];

  constructor(file: string, issues: ValidationIssueInput[]) {
    super(`${file}: ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}`);
    this.file = file;
    this.issues = issues;
  }
}
