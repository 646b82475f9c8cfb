import { isValidationError, type ValidationIssueInput } from '../index.js';

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
  /** Notes on the inputs read before the problem (rows not imported), printed before it: see keepingNotes. */
  readonly notes: string[] = [];

  constructor(file: string, issues: ValidationIssueInput[]) {
    super(`${file}: ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}`);
    this.file = file;
    this.issues = issues;
  }
}

/**
 * Runs a reader of one file; a ValidationError it throws (a size, a header) becomes an InputError naming that file,
 * so every problem is reported against the file it is about. Anything else is thrown as it is.
 *
 * @example
 * readingFile('codes.csv', () => readSettingMapping(bytes)); // the mapping, or InputError: codes.csv: 1 problem
 */
export function readingFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isValidationError(error)) throw new InputError(file, error.issues);
    throw error;
  }
}
