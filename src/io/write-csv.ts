import { CSV_DEFAULTS, type CsvWriteOptions } from './options.js';

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
 * @example
 * writeCsv([{ name: 'Oak, School', places: 12 }]); // 'name,places\r\n"Oak, School",12\r\n'
 */
export function writeCsv(
  records: readonly Record<string, CsvCell>[],
  columns?: readonly string[],
  options: CsvWriteOptions = {},
): string {
  const delimiter = options.delimiter ?? CSV_DEFAULTS.delimiter;
  const eol = options.eol ?? CSV_DEFAULTS.eol;
  const cols = columns ?? columnsOf(records);
  const quote = (text: string): string =>
    text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  const out: string[] = [cols.map(quote).join(delimiter)];
  for (const record of records) {
    const cells = cols.map((col) => quote(cellText(record[col])));
    if (cells.length > 0 && !cells.some((cell) => cell !== '')) cells[0] = '""';
    out.push(cells.join(delimiter));
  }
  return out.join(eol) + eol;
}

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  return String(value);
}

function columnsOf(records: readonly Record<string, CsvCell>[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) seen.add(key);
  return [...seen];
}
