import { isValidationError, type ValidationIssueInput } from '../index.js';
import { flagMessage } from './flag-issues.js';
import { InputError } from './input-error.js';

/** A series the command could not use, by its name and position, and what went wrong. */
export type SeriesFailure = { name: string; index: number; error: unknown };

/** The problems of a failed series, each named by the series, so the user knows which one to fix. */
function issuesOf(failure: SeriesFailure): ValidationIssueInput[] {
  if (!isValidationError(failure.error)) throw failure.error;
  return failure.error.issues.map((i) => ({
    ...i,
    path: `series "${failure.name}" (item ${failure.index + 1})${i.path === '(root)' ? '' : `, ${i.path}`}`,
  }));
}

/** Issues in the order of their series in the file, by the item number in their path. */
function byItem(a: ValidationIssueInput, b: ValidationIssueInput): number {
  const item = (i: ValidationIssueInput) => Number(/\(item (\d+)\)/.exec(i.path)?.[1] ?? 0);
  return item(a) - item(b);
}

/**
 * When every series of a file failed there is nothing to show: bad input (exit 2), each problem named by its
 * series (a file of one series gives its problems as they are; `many`: the file held a list), with the problems of
 * the series `skipped` as the file was read. A failure that is not bad input (a bug) is thrown as it is, so it is
 * never passed off as the user's.
 *
 * @example
 * throwIfAllFailed('kent.json', [{ name: 'Kent: Independent school', index: 0, error }], 1);
 * // throws InputError: error: kent.json, series "Kent: Independent school" (item 1), values: ...
 */
export function throwIfAllFailed(
  file: string,
  failed: readonly SeriesFailure[],
  total: number,
  many = total > 1,
  skipped: readonly ValidationIssueInput[] = [],
): void {
  for (const f of failed) if (!isValidationError(f.error)) throw f.error;
  if (failed.length === 0 || failed.length < total) return;
  // One series: its problems are the file's, as they are (a bad --method is not the series' fault). The one left of
  // a list (`many`) is named, as its warnings name it.
  if (!many && isValidationError(failed[0].error)) throw new InputError(file, failed[0].error.issues);
  // The series left out as the file was read are problems too, or the error would hide them.
  throw new InputError(file, [...skipped, ...failed.flatMap(issuesOf)].sort(byItem));
}

/**
 * One warning per problem of each series that failed while the others went on: the run still writes what it
 * could, and no series is dropped without a word.
 *
 * @param what what was not done ("forecast", "backtested")
 * @example
 * seriesFailureNotes(failed, 'backtested');
 * // ['warning: series "Kent: Hospital school" (item 4) not backtested: values: needs at least 4 values ...']
 */
export function seriesFailureNotes(failed: readonly SeriesFailure[], what: string): string[] {
  return failed.flatMap((f) => {
    if (!isValidationError(f.error)) throw f.error;
    return f.error.issues.map((i) => {
      // A flag too big for this series (--min-train 6 for 5 values) is said as the flag, as in errors.
      const option = /^options\.([A-Za-z]+)$/.exec(i.path)?.[1];
      const problem = option
        ? flagMessage(option, i.message)
        : `${i.path === '(root)' ? '' : `${i.path}: `}${i.message}`;
      return `warning: series "${f.name}" (item ${f.index + 1}) not ${what}: ${problem}`;
    });
  });
}
