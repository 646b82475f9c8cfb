import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';

/**
 * One problem in a rejected row: the column (field) it is in and the rule it breaks, never the
 * cell's value; and its machine-readable code (see ValidationIssue's `code`).
 */
export type RowProblem = { column: string; reason: string; code: string };

/**
 * A row that was not imported: the 1-based physical line it starts on (the header is line 1), the
 * column of its first problem, why, and every problem the row has.
 */
export type Rejection = {
  line: number;
  /** The column (field) of the first problem; `(row)` when the problem is the row's shape. */
  column: string;
  reason: string;
  /** Every problem of the row, the first one included. */
  problems: RowProblem[];
};

/** Counts of a read: `read = imported + rejected`, always. */
export type ReadSummary = { read: number; imported: number; rejected: number };

/**
 * What every reader returns: the records it could import, the rows it could not with their line
 * and reason, and counts. No row is dropped silently.
 */
export type ReadResult<T> = {
  records: T[];
  /** The line each imported record starts on, parallel to `records`. */
  lines: number[];
  rejected: Rejection[];
  /** File-level notes that are not a row's fault (an unknown column ignored). */
  warnings: string[];
  summary: ReadSummary;
};

/**
 * Builds a rejection from the problems of one row (at least one).
 *
 * @example
 * rejection(4, [{ column: 'vacancies', reason: 'must be 0 or more', code: 'too_small' }]).reason; // the first one's
 */
export function rejection(line: number, problems: RowProblem[]): Rejection {
  return { line, column: problems[0].column, reason: problems[0].reason, problems };
}

/**
 * Turns the rejected rows of a read into one ValidationError listing every problem with its line and
 * column, for callers that want all or nothing. Returns undefined when nothing was rejected.
 *
 * @param result what a reader returned
 * @param file a name for the input in the message (a file name)
 * @example
 * const result = readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC1,XYZ,7,51.3,1.1\n');
 * toValidationError(result, 'children.csv')?.issues;
 * // [{ path: 'primaryNeed', line: 2, column: 'primaryNeed', message: 'unknown need code; valid codes are ASD, ...',
 * //   code: 'invalid_value' }]
 */
export function toValidationError(result: { rejected: Rejection[] }, file = 'CSV file'): ValidationError | undefined {
  if (result.rejected.length === 0) return undefined;
  const issues: ValidationIssueInput[] = [];
  for (const row of result.rejected) {
    for (const p of row.problems)
      issues.push({ path: p.column, line: row.line, column: p.column, message: p.reason, code: p.code });
  }
  return new ValidationError(file, issues);
}

/**
 * Returns the records of a read, or throws a ValidationError listing every rejected row.
 *
 * @example
 * recordsOrThrow(readSeriesCsv('year,value\n2020,5\n2021,6\n')); // [{ year: 2020, value: 5 }, { year: 2021, value: 6
 *   }]
 */
export function recordsOrThrow<T>(result: ReadResult<T>, file = 'CSV file'): T[] {
  const error = toValidationError(result, file);
  if (error) throw error;
  return result.records;
}
