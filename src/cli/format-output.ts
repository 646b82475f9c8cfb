import { writeCsv, type CsvCell } from '../index.js';

/**
 * The output formats every command offers.
 *
 * @example
 * OUTPUT_FORMATS.includes('csv'); // true
 */
export const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;
/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One table of a command's output: rows of plain cells, columns in order. */
export type Table = {
  /** A heading printed above the table in table format. */
  title?: string;
  columns: string[];
  rows: Record<string, CsvCell>[];
};

/**
 * What a command produces. `json` is the whole result as the library returned it (JSON format);
 * `tables` are the same result flattened for people (table format) and spreadsheets (CSV: the first
 * table, the command's main result); `text` is a finished document written as it is (the report).
 */
export type CommandOutput = {
  json?: unknown;
  tables?: Table[];
  text?: string;
  /**
   * The CSV to write for --format csv when the records have a CSV layout of their own (imports write the library's
   * input layout).
   */
  csv?: string;
  /** Short remarks for the user (counts, warnings), printed on standard error so stdout stays data. */
  notes?: string[];
};

/**
 * Renders a command's output in the chosen format.
 *
 * @example
 * formatOutput({ json: [{ urn: '1', score: 0.5 }], tables: [{ columns: ['urn', 'score'], rows: [{ urn: '1', score: 0.5
 *   }] }] }, 'table');
 * // 'urn  score\n---  -----\n1     0.50\n'
 */
export function formatOutput(output: CommandOutput, format: OutputFormat): string {
  if (output.text !== undefined) return output.text;
  if (format === 'json') return `${JSON.stringify(output.json ?? null, null, 2)}\n`;
  const tables = output.tables ?? [];
  if (format === 'csv') {
    if (output.csv !== undefined) return output.csv;
    const [main] = tables;
    return main ? writeCsv(main.rows, main.columns, { eol: '\n' }) : '';
  }
  return tables.map(renderTable).join('\n');
}

/**
 * A plain-text table: a header, a rule, one line per row; numbers right-aligned.
 *
 * @example
 * renderTable({ columns: ['year', 'places'], rows: [{ year: 2025, places: 1172 }] });
 * // 'year  places\n----  ------\n2025    1172\n'
 */
export function renderTable(table: Table): string {
  const cells = table.rows.map((row) => table.columns.map((col) => tableCell(row[col])));
  const numeric = table.columns.map(
    (col) =>
      table.rows.length > 0 &&
      table.rows.every((row) => row[col] === undefined || row[col] === null || typeof row[col] === 'number'),
  );
  const widths = table.columns.map((col, c) => Math.max(col.length, ...cells.map((line) => line[c].length)));
  const pad = (text: string, c: number) => (numeric[c] ? text.padStart(widths[c]) : text.padEnd(widths[c]));
  const lines = [
    table.columns.map((col, c) => pad(col, c)).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((line) => line.map((text, c) => pad(text, c)).join('  ')),
  ].map((l) => l.trimEnd());
  const title = table.title ? `${table.title}\n` : '';
  const empty = table.rows.length === 0 ? '(none)\n' : '';
  return `${title}${lines.join('\n')}\n${empty}`;
}

/**
 * Large numbers (money, spend) read better grouped and without pennies; a fixed locale keeps output identical
 * everywhere.
 */
const GROUPED_0 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, useGrouping: true });

/**
 * How a cell reads in a table: from 10,000 up grouped and whole, else whole numbers as they are and others to 2
 * decimals (3 significant below 0.01).
 */
function tableCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return Math.abs(value) >= 10_000 ? GROUPED_0.format(value) : String(value);
    if (Math.abs(value) < 0.01) return value.toPrecision(3);
    return Math.abs(value) >= 10_000 ? GROUPED_0.format(value) : value.toFixed(2);
  }
  return String(value);
}
