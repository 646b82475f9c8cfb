import { parseWith } from '../schema/common.js';
import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';
import { CSV_DEFAULTS, CsvWriteOptionsSchema, type CsvWriteOptions } from './options.js';

/** A cell value the writer accepts; null and undefined are written as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Writes records as RFC 4180 CSV: a header row, then one row per record, CRLF line ends by default.
 * A cell is quoted when it holds the delimiter, a quote, a line break or surrounding blanks; quotes
 * are doubled. A row whose cells are all empty gets one quoted empty cell so readCsv does not take
 * it for padding, so write-then-read returns the same records. Numbers use JavaScript's shortest
 * round-trip form; booleans `true`/`false`.
 *
 * @param records the rows; missing keys are empty cells
 * @param columns the columns in order (default: every key, in the order first seen)
 * @param options `delimiter` (default `,`), `eol` (default CRLF)
 * @throws ValidationError when the records are not a list of records, a cell is not text, a finite
 *   number, a boolean or empty, the columns are not texts, or an option is invalid
 * @example
 * writeCsv([{ name: 'Oak, School', places: 12 }]); // 'name,places\r\n"Oak, School",12\r\n'
 */
export function writeCsv(
  records: readonly Record<string, CsvCell>[],
  columns?: readonly string[],
  options: CsvWriteOptions = {},
): string {
  const checked = parseWith(CsvWriteOptionsSchema, options ?? {}, 'options');
  const delimiter = checked.delimiter ?? CSV_DEFAULTS.delimiter;
  const eol = checked.eol ?? CSV_DEFAULTS.eol;
  // Checked here, at the door, for what would otherwise come out as `[object Object]`, `NaN` or a TypeError.
  const issues: ValidationIssueInput[] = [];
  if (columns !== undefined && !(Array.isArray(columns) && [...columns].every((c) => typeof c === 'string')))
    issues.push({ path: 'columns', message: 'must be a list of column names (text)' });
  if (!Array.isArray(records)) issues.push({ path: '(root)', message: 'must be a list of records' });
  if (issues.length > 0) throw new ValidationError('records', issues);
  const cols = columns ?? columnsOf(records);
  const quote = (text: string): string =>
    text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  const out: string[] = [cols.map(quote).join(delimiter)];
  for (let i = 0; i < records.length; i++) {
    const record: unknown = records[i];
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      issues.push({ path: `[${i}]`, message: 'must be a record (an object)' });
      continue;
    }
    const cells = cols.map((col) => {
      const value: unknown = Object.hasOwn(record, col) ? (record as Record<string, unknown>)[col] : undefined;
      if (value == null || typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value))
        return quote(cellText(value as CsvCell));
      issues.push({ path: `[${i}].${col}`, message: 'must be text, a finite number, true/false or empty' });
      return '';
    });
    if (cells.length > 0 && !cells.some((cell) => cell !== '')) cells[0] = '""';
    out.push(cells.join(delimiter));
  }
  if (issues.length > 0) throw new ValidationError('records', issues);
  return out.join(eol) + eol;
}

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  return String(value);
}

function columnsOf(records: readonly Record<string, CsvCell>[]): string[] {
  const seen = new Set<string>();
  for (const record of records)
    if (record !== null && typeof record === 'object') for (const key of Object.keys(record)) seen.add(key);
  return [...seen];
}
