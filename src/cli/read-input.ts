import { readRecords, type RecordKind, type RecordOf } from '../index.js';
import { decodeText } from '../index.js';
import { isValidationError, type ValidationIssueInput } from '../index.js';
import type { Rejection } from '../io/read-result.js';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { InputError } from './input-error.js';
import { jsonSyntaxError } from './json-syntax-error.js';
import { locateJsonLines } from './locate-json-lines.js';
import { readBytes } from './read-bytes.js';

export { readBytes } from './read-bytes.js';

/** Records read from one input file, with the notes to pass on to the user (warnings, skipped rows). */
export type InputRecords<T> = {
  records: T[];
  /** Every note for the user: the file's warnings, then each skipped row and a count. */
  warnings: string[];
  /** The line each record starts on (for JSON, its position in the list), parallel to `records`. */
  lines?: number[];
  /** The rows skipped with `skipInvalid`: their line and problems (paths located in JSON). */
  skipped?: { line: number | undefined; issues: ValidationIssueInput[] }[];
  /** The file's own warnings only (an unknown column ignored), without the skipped rows. */
  fileWarnings?: string[];
};

/** How to read an input file. */
export type ReadInputOptions = {
  /**
   * Run on the valid rows and list each rejected one (file, line, reason) as a warning, instead of refusing the
   * whole file. A file with no valid row left is still bad input.
   */
  skipInvalid?: boolean;
};

/**
 * The flag of every command that reads children or schools: run on the valid rows and list the rejected ones.
 *
 * @example
 * Object.keys(SKIP_INVALID_OPTION); // ['skip-invalid']
 */
export const SKIP_INVALID_OPTION = {
  'skip-invalid': {
    type: 'boolean',
    description: 'run on the valid rows of the schools, children and travel files, listing each rejected row',
  },
} as const satisfies Command['options'];

/**
 * Rejected rows' problems as issues: each with its line, field and reason, and its code when it has one.
 *
 * @example
 * const km = { column: 'km', reason: 'km must be 0 or more' };
 * rejectedIssues([{ line: 3, column: 'km', reason: km.reason, problems: [km] }]);
 * // [{ path: 'km', line: 3, column: 'km', message: 'km must be 0 or more', code: undefined }]
 */
export function rejectedIssues(rejected: readonly Rejection[]): ValidationIssueInput[] {
  return rejected.flatMap((row) =>
    row.problems.map((p) => ({
      path: p.column,
      line: row.line,
      column: p.column,
      message: p.reason,
      code: p.code,
    })),
  );
}

/**
 * The warning for one problem of a row left out with `--skip-invalid`: file, line, field, reason,
 * and what became of the row.
 *
 * @example
 * skippedNote('t.csv', { path: 'km', line: 3, message: 'km must be 0 or more' }, 'skipped');
 * // 'warning: t.csv line 3, km: km must be 0 or more (skipped)'
 */
export function skippedNote(file: string, issue: ValidationIssueInput, outcome: string): string {
  const at = issue.line === undefined ? '' : ` line ${issue.line}`;
  return `warning: ${file}${at}, ${issue.path}: ${issue.message} (${outcome})`;
}

/**
 * Reads children, schools or series from a file the user named, CSV or JSON by its extension. By default all or
 * nothing: if any row is bad, an InputError lists every problem with its line and field (JSON items are located
 * to their real line too), and nothing runs on a half-read file. With `skipInvalid`, the valid rows are returned
 * and every rejected row becomes a warning with its line and reason.
 *
 * @param io the file system to read from
 * @param kind 'children', 'schools' or 'series'
 * @param file the file as named on the command line
 * @throws InputError for bad content, an unreadable file, or (with skipInvalid) a file with no valid row
 * @example
 * const { records } = await readInput(io, 'schools', 'test/cli/fixtures/schools.csv');
 * records.length; // 6
 */
export async function readInput<K extends RecordKind>(
  io: CliIo,
  kind: K,
  file: string,
  options: ReadInputOptions = {},
): Promise<InputRecords<RecordOf[K]>> {
  let bytes = await readBytes(io, file);
  const isJson = file.toLowerCase().endsWith('.json');
  // One child as a bare object (`--child child.json`) is a list of one; same line numbers.
  if (isJson && kind !== 'series' && decodeText(bytes).trimStart().startsWith('{'))
    bytes = new TextEncoder().encode(`[${decodeText(bytes)}]`);
  if (isJson) {
    // Say where the JSON breaks, and why, before the reader says only that it does.
    const broken = jsonSyntaxIssue(decodeText(bytes));
    if (broken) throw new InputError(file, [broken]);
  }
  let result: ReturnType<typeof readRecords<K>>;
  try {
    result = readRecords(kind, bytes, file);
  } catch (error) {
    if (isValidationError(error)) throw new InputError(file, error.issues);
    throw error;
  }
  const located = (issues: ValidationIssueInput[]) =>
    isJson ? withJsonLines(decodeText(bytes), issues, kind === 'series' && !looksLikeList(bytes)) : issues;
  if (result.rejected.length > 0 && !(options.skipInvalid && result.records.length > 0)) {
    const issues = located(rejectedIssues(result.rejected));
    if (options.skipInvalid)
      issues.push({ path: '(file)', code: 'no_valid_rows', message: `no valid ${kind} left after skipping` });
    throw new InputError(file, issues);
  }
  if (result.records.length === 0)
    throw new InputError(file, [{ path: '(file)', code: 'empty', message: `holds no ${kind}` }]);
  const skipped = result.rejected.map((row) => ({ line: row.line, issues: located(rejectedIssues([row])) }));
  const skippedNotes = skipped.flatMap((row) => row.issues.map((i) => skippedNote(file, i, 'skipped')));
  const summary =
    result.rejected.length > 0
      ? [`${file}: ${result.summary.read} read, ${result.records.length} used, ${result.rejected.length} skipped`]
      : [];
  const fileWarnings = result.warnings.map((w) => `${file}: ${w}`);
  return {
    records: result.records,
    lines: result.lines,
    skipped,
    fileWarnings,
    warnings: [...fileWarnings, ...skippedNotes, ...summary],
  };
}

/**
 * Reads a JSON input that is one object (a policy, a scenario) and validates it with `parse`,
 * reporting every problem with its line.
 *
 * @param parse the library's validator for this kind of object (parsePolicy, parseScenario)
 * @example
 * const scenario = await readJsonInput(io, 'data/kent/scenario-2025.json', parseScenario);
 */
export async function readJsonInput<T>(io: CliIo, file: string, parse: (input: unknown) => T): Promise<T> {
  // Read first: a folder or a missing file is said as such, before its name's extension is looked at.
  const bytes = await readBytes(io, file);
  if (!file.toLowerCase().endsWith('.json'))
    throw new InputError(file, [{ path: '(root)', code: 'invalid_format', message: 'must be a .json file' }]);
  const text = decodeText(bytes);
  const broken = jsonSyntaxIssue(text);
  if (broken) throw new InputError(file, [broken]);
  try {
    return parse(JSON.parse(text));
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const lines = locateJsonLines(
      text,
      error.issues.map((i) => i.path),
    );
    throw new InputError(
      file,
      error.issues.map((i) => ({ ...i, line: lines.get(i.path) })),
    );
  }
}

/** JSON rejections carry the item's position; turn it and the field into the item's real line. */
function withJsonLines(text: string, issues: ValidationIssueInput[], single: boolean): ValidationIssueInput[] {
  const pathOf = (issue: ValidationIssueInput) => {
    const item = single ? '' : `[${(issue.line ?? 1) - 1}]`;
    if (issue.column === undefined || issue.column === '(row)') return item || '(root)';
    const field = issue.column
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
      .join('');
    const path = `${item}${field}`;
    return path.startsWith('.') ? path.slice(1) : path;
  };
  const paths = issues.map(pathOf);
  const lines = locateJsonLines(text, paths);
  return issues.map((issue, k) => ({ ...issue, path: paths[k], column: undefined, line: lines.get(paths[k]) }));
}

/**
 * A JSON syntax error as an issue: its line, and in the message its column and cause (a missing comma, a trailing
 * comma, single quotes...). The text around it is never quoted: it may hold a child's data.
 */
function jsonSyntaxIssue(text: string): ValidationIssueInput | undefined {
  const broken = jsonSyntaxError(text);
  if (!broken) return undefined;
  return {
    path: '(root)',
    line: broken.line,
    code: 'invalid_json',
    message: `is not valid JSON at column ${broken.column}: ${broken.cause}`,
  };
}

function looksLikeList(bytes: Uint8Array): boolean {
  const text = decodeText(bytes).trimStart();
  return text.startsWith('[') && !/^\[\s*(-?\d|\])/.test(text);
}
