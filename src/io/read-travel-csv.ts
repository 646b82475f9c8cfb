import type { TextInput } from './options.js';
import { TravelEntrySchema, type TravelEntry } from '../geo/travel-table.js';
import { isMissing, issueMessage } from '../schema/describe-issue.js';
import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';
import { parseMinutesCell, parseNumberCell } from './read-cell.js';
import type { CsvReadOptions } from './options.js';
import { headerAliases } from './read-typed-csv.js';
import { readCsvTable } from './read-csv-table.js';
import { rejection, type ReadResult, type Rejection, type RowProblem } from './read-result.js';

/**
 * The columns of a travel CSV, in order.
 *
 * @example
 * TRAVEL_COLUMNS; // ['childId', 'urn', 'km', 'minutes']
 */
export const TRAVEL_COLUMNS = ['childId', 'urn', 'km', 'minutes'] as const;

/** The cell that says a routing engine found no route (km and minutes both). */
const NO_ROUTE = 'null';

/**
 * Reads a travel table from CSV — `childId,urn,km,minutes`, one journey a row, road km and one
 * journey's minutes, as a council's transport system or a routing engine exports them — for the
 * `travel` option of rankSchools, createMatcher and allocateCohort. Minutes may also be written as
 * a spreadsheet's time format writes them (`0:36`, `1:05:30`). `null` in both km and minutes
 * means no route (the school is then excluded for the child as `unreachable`). A row with a
 * missing, negative or non-numeric km or minutes, or a pair given before, is rejected with its
 * line; other columns are ignored with a warning. Rows are never dropped silently.
 *
 * @param input the file's bytes or text
 * @param options `maxBytes`, `delimiter`
 * @returns `{ records, lines, rejected, warnings, summary }` with `summary.read = imported + rejected`
 * @throws ValidationError when a column is missing (code `missing_column`), the header repeats a
 *   column or the input is over the size limit
 * @example
 * const result = readTravelCsv('childId,urn,km,minutes\nC1,900001,12.4,21\nC1,900002,-3,8\nC2,900001,null,null\n');
 * result.records; // [{ childId: 'C1', urn: '900001', km: 12.4, minutes: 21 }, { childId: 'C2', urn: '900001',
 *   km: null, minutes: null }]
 * result.rejected[0]; // { line: 3, column: 'km', reason: 'km must be 0 or more', problems: [...] }
 */
export function readTravelCsv(input: TextInput, options: CsvReadOptions = {}): ReadResult<TravelEntry> {
  const table = readCsvTable(input, options);
  // Headings in another case or spacing (`Child ID`, `URN`) name the columns they look like.
  const aliases = headerAliases(table.header, TRAVEL_COLUMNS);
  const header = table.header.map((column) => aliases.get(column) ?? column);
  const position = TRAVEL_COLUMNS.map((column) => header.indexOf(column));
  const missing: ValidationIssueInput[] = TRAVEL_COLUMNS.filter((_, k) => position[k] < 0).map((column) => ({
    path: column,
    line: 1,
    column,
    code: 'missing_column',
    message: `has no column ${column}: a travel table is childId,urn,km,minutes`,
  }));
  if (table.header.length > 0 && missing.length > 0) throw new ValidationError('travel CSV', missing);
  const records: TravelEntry[] = [];
  const lines: number[] = [];
  const rejected: Rejection[] = [...table.rejected];
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const cells = position.map((k) => row.cells[k]);
    const { entry, problems } = entryOf(cells);
    if (entry === undefined) {
      rejected.push(rejection(row.line, problems));
      continue;
    }
    const key = `${entry.childId}\u0000${entry.urn}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      const reason = `duplicate journey for child ${entry.childId} and URN ${entry.urn} (first on line ${first})`;
      rejected.push(rejection(row.line, [{ column: 'urn', reason, code: 'duplicate' }]));
      continue;
    }
    firstLine.set(key, row.line);
    records.push(entry);
    lines.push(row.line);
  }
  rejected.sort((a, b) => a.line - b.line);
  const extra = header.filter((column) => !(TRAVEL_COLUMNS as readonly string[]).includes(column));
  return {
    records,
    lines,
    rejected,
    warnings: extra.map((column) => `column ${column} is not a field of a travel table; it was ignored`),
    summary: { read: table.summary.read, imported: records.length, rejected: rejected.length },
  };
}

/**
 * One row's cells (childId, urn, km, minutes) as a valid entry, or every problem, by column in
 * column order. Messages come from the converters and TravelEntrySchema and never quote a cell.
 */
function entryOf(cells: readonly string[]): { entry?: TravelEntry; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const value: Record<string, unknown> = {};
  TRAVEL_COLUMNS.forEach((column, k) => {
    const text = cells[k].trim();
    if (text === '') return; // missing: the schema says so
    if (column === 'childId' || column === 'urn') value[column] = cells[k];
    else if (text.toLowerCase() === NO_ROUTE) value[column] = null;
    else {
      const n = column === 'minutes' ? parseMinutesCell(text) : parseNumberCell(text);
      const what = column === 'minutes' ? 'a number of minutes or h:mm' : 'a number';
      if (n === undefined)
        problems.push({
          column,
          reason: `${column} must be ${what}, or null when there is no route`,
          code: 'invalid_type',
        });
      else value[column] = n;
    }
  });
  const parsed = TravelEntrySchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const converted = new Set(problems.map((p) => p.column));
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? '(row)');
      if (converted.has(column)) continue; // already reported as unreadable
      const missing = isMissing(issue);
      problems.push({ column, reason: issueMessage(issue), code: missing ? 'required' : issue.code });
    }
  }
  const order = (column: string) => (TRAVEL_COLUMNS as readonly string[]).indexOf(column);
  problems.sort((a, b) => order(a.column) - order(b.column));
  return problems.length > 0 || !parsed.success ? { problems } : { entry: parsed.data, problems };
}
