import type { TextInput } from './options.js';
import * as z from 'zod/mini';
import { isMissing, issueMessage } from '../schema/describe-issue.js';
import { FIELD_SYNONYMS, nearestWord, plainWord } from '../schema/nearest.js';
import type { LatLon } from '../geo/great-circle-km.js';
import { unflattenRecord, type ColumnLayout } from './flatten.js';
import { outsideBritainWarnings } from './outside-britain.js';
import type { CsvReadOptions } from './options.js';
import { readCsv } from './read-csv.js';
import { rejection, type ReadResult, type Rejection, type RowProblem } from './read-result.js';
import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';

/** How to read one record type from CSV: its column layout, its zod schema, and its unique key. */
export type RecordFormat<T> = {
  /** What a record is called in messages ("child", "school"). */
  what: string;
  layout: ColumnLayout;
  schema: z.core.$ZodType<T>;
  /** The column holding the unique key, and how to get the key from a valid record. */
  keyColumn: string;
  keyOf: (record: T) => string;
  /** How a duplicate key is named in a message ("child id", "URN"). */
  keyLabel: string;
  /** A record's point and what a message calls it, for a warning when it lies outside Britain. */
  location?: { of: (record: T) => LatLon; what: string };
};

/** The CSV column a zod issue path points at: dotted keys, list indexes dropped (`ncYears[0]` -> `ncYears`). */
function columnOf(path: readonly PropertyKey[]): string {
  const keys = path.filter((key) => typeof key !== 'number').map(String);
  return keys.length === 0 ? '(row)' : keys.join('.');
}

/**
 * Reads CSV rows as records of one type: each row is converted by the layout, validated with the
 * schema, and either imported or rejected with its line, column and reason. A key seen before is
 * rejected as a duplicate naming the line of the first one; rows are never merged.
 * Messages come from the schema and the converters, which never quote a cell's value.
 *
 * @throws ValidationError when the header lacks a column every record needs: one problem for the file (line 1,
 *   code `missing_column`) instead of the same problem on every row, with the rows' other problems after it
 * @example
 * const format = {
 *   what: 'row', layout: { fields: { n: 'number' as const } }, schema: z.object({ n: z.number() }),
 *   keyColumn: 'n', keyOf: (r: { n: number }) => String(r.n), keyLabel: 'n',
 * };
 * readTypedCsv('n\n5\n5\n', format).summary; // { read: 2, imported: 1, rejected: 1 } (the second 5 is a duplicate)
 */
export function readTypedCsv<T>(
  input: TextInput,
  format: RecordFormat<T>,
  options: CsvReadOptions = {},
): ReadResult<T> {
  const read = readCsv(input, options);
  const fields = Object.keys(format.layout.fields);
  const aliases = headerAliases(read.header, fields);
  const raw = aliases.size === 0 ? read : { ...read, records: read.records.map((row) => renamed(row, aliases)) };
  const records: T[] = [];
  const lines: number[] = [];
  const rejected = [...raw.rejected];
  const unknownColumns = new Set<string>();
  const firstLine = new Map<string, number>();

  raw.records.forEach((row, r) => {
    const line = raw.lines[r];
    const { value, problems, unknown } = unflattenRecord(row, format.layout);
    for (const column of unknown) unknownColumns.add(column);
    const result = z.safeParse(format.schema, value, { reportInput: true });
    const all: RowProblem[] = [...problems];
    if (!result.success) {
      const converted = new Set(problems.map((p) => p.column));
      for (const issue of result.error.issues) {
        const column = columnOf(issue.path);
        if (converted.has(column)) continue; // already reported as unreadable
        const missing = isMissing(issue);
        all.push({ column, reason: issueMessage(issue), code: missing ? 'required' : issue.code });
      }
    }
    if (all.length > 0 || !result.success) {
      // Problems in the order of the file's columns, so a reader fixes a row left to right.
      const order = Object.keys(row);
      const rank = (column: string) =>
        column === '(row)' ? -1 : order.indexOf(column) < 0 ? order.length : order.indexOf(column);
      all.sort((a, b) => rank(a.column) - rank(b.column));
      rejected.push(
        rejection(
          line,
          all.length > 0 ? all : [{ column: '(row)', reason: `not a valid ${format.what}`, code: 'invalid' }],
        ),
      );
      return;
    }
    const key = format.keyOf(result.data);
    const first = firstLine.get(key);
    if (first !== undefined) {
      rejected.push(
        rejection(line, [
          {
            column: format.keyColumn,
            reason: `duplicate ${format.keyLabel} ${key} (first on line ${first})`,
            code: 'duplicate',
          },
        ]),
      );
      return;
    }
    firstLine.set(key, line);
    records.push(result.data);
    lines.push(line);
  });

  rejected.sort((a, b) => a.line - b.line);
  const header = read.header.map((column) => aliases.get(column) ?? column);
  const missing =
    raw.records.length > 0
      ? missingColumnError(header, raw.records.length, rejected, format, [...unknownColumns])
      : headerOnlyError(header, format);
  if (missing) throw missing;
  const unused = fields.filter((field) => !header?.includes(field));
  const warnings = [...unknownColumns].map((column) => {
    const near = nearestWord(column, unused);
    const meant = near === undefined ? '' : ` (did you mean ${near}?)`;
    return `column ${column} is not a field of a ${format.what}${meant}; it was ignored`;
  });
  return {
    records,
    lines,
    rejected,
    warnings: [
      ...warnings,
      ...(format.location
        ? outsideBritainWarnings(records.map(format.location.of), lines, format.location.what, 'line')
        : []),
    ],
    summary: { read: raw.summary.read, imported: records.length, rejected: rejected.length },
  };
}

/**
 * A file with a header and no rows: no row says which columns are missing, so the header is checked
 * against the fields a record cannot do without (those an empty record is missing), so that another
 * file's header (`foo,bar`) is an error, not zero records. A header with them is zero records.
 */
function headerOnlyError<T>(header: readonly string[], format: RecordFormat<T>): ValidationError | undefined {
  if (header.length === 0) return undefined;
  const result = z.safeParse(format.schema, {}, { reportInput: true });
  if (result.success) return undefined;
  const needed = result.error.issues.filter(isMissing).map((issue) => columnOf(issue.path));
  const layout = Object.keys(format.layout.fields);
  const issues = missingColumnIssues(
    header,
    needed,
    format,
    header.filter((column) => !layout.includes(column)),
  );
  return issues.length === 0 ? undefined : new ValidationError(`${format.what} file`, issues);
}

/**
 * One `missing_column` issue on line 1 for each layout column the header lacks of the fields
 * `needed` (`home` needs `home.lat` and `home.lon`), each asking whether an unknown column is it.
 */
function missingColumnIssues<T>(
  header: readonly string[],
  needed: readonly string[],
  format: RecordFormat<T>,
  unknownColumns: readonly string[],
): ValidationIssueInput[] {
  return Object.keys(format.layout.fields)
    .filter((c) => needed.some((m) => c === m || c.startsWith(`${m}.`)) && !header.includes(c))
    .map((column) => ({
      path: column,
      line: 1,
      column,
      code: 'missing_column',
      message: `the header has no ${column} column, which every ${format.what} needs${meantBy(column, unknownColumns)}`,
    }));
}

/**
 * A required column the header lacks fails every row alike ("home.lon: is required" 1,690 times). When a column
 * that is not in the header is required on every row read, this is the one error to give: the missing columns on
 * line 1, then every other problem of the rows, so nothing is hidden.
 */
function missingColumnError<T>(
  header: readonly string[],
  rows: number,
  rejected: readonly Rejection[],
  format: RecordFormat<T>,
  unknownColumns: readonly string[],
): ValidationError | undefined {
  const layout = Object.keys(format.layout.fields);
  // A field the header lacks a column of: `home.lon`, or `home` when its lat or lon column is missing.
  const absent = (column: string) =>
    layout.some((c) => (c === column || c.startsWith(`${column}.`)) && !header.includes(c));
  const counts = new Map<string, number>();
  for (const r of rejected)
    for (const p of r.problems)
      if (p.reason === 'is required' && absent(p.column)) counts.set(p.column, (counts.get(p.column) ?? 0) + 1);
  const missing = [...counts].filter(([, n]) => n === rows).map(([column]) => column);
  if (missing.length === 0) return undefined;
  const issues = missingColumnIssues(header, missing, format, unknownColumns);
  for (const r of rejected)
    for (const p of r.problems)
      if (!missing.includes(p.column))
        issues.push({ path: p.column, line: r.line, column: p.column, message: p.reason });
  return new ValidationError(`${format.what} file`, issues);
}

/**
 * Header columns that name a field in another case or spacing (`primary_need`, `Primary Need`,
 * `NC Year`, `Home Lat` for `primaryNeed`, `ncYear`, `home.lat`) or by another word for it
 * (`Gender` for `sex`, see FIELD_SYNONYMS), as spreadsheets and other systems write headings, each
 * with the field it names. A column already named exactly, or a field the header also names
 * exactly, is left alone, so nothing is read twice.
 *
 * @example
 * headerAliases(['id', 'primary_need', 'NC Year'], ['id', 'primaryNeed', 'ncYear']);
 * // Map { 'primary_need' => 'primaryNeed', 'NC Year' => 'ncYear' }
 */
export function headerAliases(header: readonly string[], fields: readonly string[]): Map<string, string> {
  const byPlain = new Map<string, string>();
  for (const [synonym, field] of Object.entries(FIELD_SYNONYMS))
    if (fields.includes(field) && !header.includes(field)) byPlain.set(synonym, field);
  for (const field of fields) if (!header.includes(field)) byPlain.set(plainWord(field), field);
  const aliases = new Map<string, string>();
  for (const column of header) {
    const field = fields.includes(column) ? undefined : byPlain.get(plainWord(column));
    if (field !== undefined && ![...aliases.values()].includes(field)) aliases.set(column, field);
  }
  return aliases;
}

/**
 * A row with its aliased columns under the fields' names, in the same order; keys are defined as
 * data, as readCsv defines them, so a column named `__proto__` stays a column (and is warned of).
 */
function renamed(row: Record<string, string>, aliases: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, text] of Object.entries(row))
    Object.defineProperty(out, aliases.get(column) ?? column, {
      value: text,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/**
 * A header column that looks like a misspelling of a missing one, or that names a nested one by its own part
 * (`lat`, `Latitude` for `home.lat`), as a question to add to its message.
 */
function meantBy(column: string, unknownColumns: readonly string[]): string {
  // Up to 3 edits, fewer for a short name: any 3-letter column is 3 edits from `id`.
  const edits = Math.min(3, Math.floor(column.length / 2));
  const part = column.split('.')[1];
  const near = unknownColumns.find(
    (c) => nearestWord(c, [column], edits) === column || (part && plainWord(c).startsWith(part)),
  );
  return near === undefined ? '' : `; is the column ${near} meant to be ${column}?`;
}
