import { writeCsv, type CsvCell } from '../index.js';
import { type FigureKind, formatFigure, formatGbpMillions, roundFigure } from '../report/figure-format.js';

/**
 * The output formats every command offers.
 *
 * @example
 * OUTPUT_FORMATS.includes('csv'); // true
 */
export const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;
/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * A column of a table: the key of its cells in each row, the heading a planner reads (default the key), and what
 * its numbers count, which decides how they are written (see FigureKind). A bare string is a key that is also the
 * heading.
 */
export type Column = string | { key: string; label?: string; kind?: FigureKind };

/** One table of a command's output: rows of plain cells, columns in order. */
export type Table = {
  /** A heading printed above the table in table format. */
  title?: string;
  /**
   * The fewest decimals its £m columns take in table format (default 1): 2 where sums a few thousand pounds apart
   * must read apart, as capital spent beside the budget it falls short of (£5.96m of £6.00m, not £6.0m of £6.0m).
   */
  millionsDecimals?: number;
  columns: Column[];
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

const keyOf = (c: Column) => (typeof c === 'string' ? c : c.key);
const labelOf = (c: Column) => (typeof c === 'string' ? c : (c.label ?? c.key));
const kindOf = (c: Column) => (typeof c === 'string' ? undefined : c.kind);

/**
 * Renders a command's output in the chosen format. In CSV, numbers are rounded to the precision their column's
 * kind carries (counts to 0.1, money to whole pounds, rates and scores to 4 decimals; a column of no kind to 12
 * significant digits), so a spreadsheet never shows float noise such as 0.23875000000000002.
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
    return main ? tableCsv(main) : '';
  }
  return tables.map(renderTable).join('\n');
}

/**
 * A table as CSV: headings as the header row (a column in percent headed with its unit, `sMAPE %`, as its cells no
 * longer carry it), numbers rounded by their column's kind (see formatOutput). For a command whose CSV joins what its
 * terminal view splits into several tables.
 *
 * @example
 * tableCsv({ columns: [{ key: 'p', label: 'places', kind: 'count' }], rows: [{ p: 1092.830354 }] });
 * // 'places\n1092.8\n'
 */
export function tableCsv(table: Table): string {
  // A table writes 5.94% in the cell; CSV writes 5.9382, so its heading carries the unit.
  const labels = table.columns.map((c) =>
    kindOf(c) === 'percent' && !labelOf(c).includes('%') ? `${labelOf(c)} %` : labelOf(c),
  );
  const rows = table.rows.map((row) =>
    Object.fromEntries(
      table.columns.map((c, k) => {
        const v = row[keyOf(c)];
        return [labels[k], typeof v === 'number' ? roundFigure(v, kindOf(c) ?? 'number') : v];
      }),
    ),
  );
  return writeCsv(rows, labels, { eol: '\n' });
}

/**
 * The same columns with every number of the given kinds written as a plain number (12 significant digits) in CSV:
 * for a series' values, whose unit may be only a guess from a file's name, so that a spreadsheet never loses
 * precision to it (20.1, a spend in £m, is not rounded to whole pounds).
 *
 * @example
 * plainColumns([{ key: 'mean', kind: 'gbp' }, { key: 'mase', kind: 'score' }], ['gbp', 'count']);
 * // [{ key: 'mean', kind: 'number' }, { key: 'mase', kind: 'score' }]
 */
export function plainColumns(columns: readonly Column[], kinds: readonly FigureKind[]): Column[] {
  return columns.map((c) => (typeof c !== 'string' && c.kind && kinds.includes(c.kind) ? { ...c, kind: 'number' } : c));
}

/**
 * A plain-text table: a header (long headings broken after their commas), a rule, one line per row; numbers
 * right-aligned and written by their column's kind (children whole, money in £m, rates as percentages).
 *
 * @example
 * renderTable({ columns: ['year', { key: 'places', kind: 'count' }], rows: [{ year: 2025, places: 1171.6 }] });
 * // 'year  places\n----  ------\n2025   1,172\n'
 */
export function renderTable(table: Table): string {
  // Money columns share one scale: all in £m once any reaches £1m, so a budget and the capital beside it compare.
  const money = table.columns.map((col) => kindOf(col) === 'gbp');
  const anyMillion = table.columns.some(
    (col, c) => money[c] && table.rows.some((row) => Math.abs(Number(row[keyOf(col)]) || 0) >= 1e6),
  );
  const millions = money.map((isMoney) => isMoney && anyMillion);
  const decimals = millionsDecimals(table, millions);
  // A column of plain numbers is grouped throughout once any of them is (6,000 beside 51,700, not 6000).
  const grouped = table.columns.map(
    (col) => kindOf(col) === undefined && table.rows.some((row) => Math.abs(Number(row[keyOf(col)]) || 0) >= 10_000),
  );
  const cells = table.rows.map((row) =>
    table.columns.map((col, c) =>
      millions[c] && typeof row[keyOf(col)] === 'number'
        ? formatGbpMillions(row[keyOf(col)] as number, decimals)
        : tableCell(row[keyOf(col)], kindOf(col), grouped[c]),
    ),
  );
  const numeric = table.columns.map(
    (col) =>
      table.rows.length > 0 &&
      table.rows.every((row) => {
        const v = row[keyOf(col)];
        return v === undefined || v === null || typeof v === 'number';
      }),
  );
  // Long headings wrap between words to the width of their column's cells (at least 14 characters), so a table of
  // a dozen spelt-out headings stays as narrow as its numbers.
  const heads = table.columns.map((col, c) =>
    wrapHeading(labelOf(col), Math.max(14, ...cells.map((line) => line[c].length))),
  );
  const headRows = Math.max(...heads.map((h) => h.length));
  const widths = heads.map((h, c) => Math.max(...h.map((l) => l.length), ...cells.map((line) => line[c].length)));
  const pad = (text: string, c: number) => (numeric[c] ? text.padStart(widths[c]) : text.padEnd(widths[c]));
  const lines = [
    ...Array.from({ length: headRows }, (_, r) =>
      heads.map((h, c) => pad(h[r - (headRows - h.length)] ?? '', c)).join('  '),
    ),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((line) => line.map((text, c) => pad(text, c)).join('  ')),
  ].map((l) => l.trimEnd());
  const title = table.title ? `${table.title}\n` : '';
  const empty = table.rows.length === 0 ? '(none)\n' : '';
  return `${title}${lines.join('\n')}\n${empty}`;
}

/**
 * Decimals of a table's £m columns, the same for all of them so that columns compare (a budget beside the capital
 * it buys): the table's millionsDecimals (default one), or as many as keep two significant digits of the smallest
 * sum under £1m in them (£0.13m, not £0.1m, for £125,000), at most three.
 */
function millionsDecimals(table: Table, millions: readonly boolean[]): number {
  let smallest = Number.POSITIVE_INFINITY;
  table.columns.forEach((col, c) => {
    if (!millions[c]) return;
    for (const row of table.rows) {
      const v = Math.abs(Number(row[keyOf(col)]) || 0);
      if (v > 0 && v < smallest) smallest = v;
    }
  });
  const least = table.millionsDecimals ?? 1;
  if (!(smallest < 1e6)) return least;
  return Math.min(3, Math.max(2, least, 1 - Math.floor(Math.log10(smallest / 1e6))));
}

/** A heading's words in lines of at most `width` characters (a longer word keeps a line of its own). */
function wrapHeading(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Large numbers (money, spend) read better grouped and without pennies; a fixed locale keeps output identical
 * everywhere.
 */
const GROUPED_0 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, useGrouping: true });

/**
 * How a cell reads in a table: by its column's kind when it has one (money in whole pounds, or in £m in a table
 * where a money column reaches £1m: see renderTable); else from 10,000 up (or in a column that reaches it) grouped
 * and whole,
 * whole numbers as they are, and others to 2 decimals (3 significant below 0.01).
 */
function tableCell(value: CsvCell, kind: FigureKind | undefined, groupWhole = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  if (kind === 'gbp') return GROUPED_0.format(value).replace(/^-0$/, '0');
  if (kind !== undefined) return formatFigure(value, kind);
  if (Number.isInteger(value)) return groupWhole || Math.abs(value) >= 10_000 ? GROUPED_0.format(value) : String(value);
  if (Math.abs(value) < 0.01) return value.toPrecision(3);
  return Math.abs(value) >= 10_000 ? GROUPED_0.format(value) : value.toFixed(2);
}

/**
 * A list for a note: the first `max` items, then how many more, so a long list stays one line.
 *
 * @example
 * firstOf(['C1', 'C2', 'C3', 'C4'], 3); // 'C1, C2, C3 and 1 more'
 */
export function firstOf(items: readonly string[], max: number): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}
