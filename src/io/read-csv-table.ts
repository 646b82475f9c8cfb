import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';
import { decodeText } from './decode-text.js';
import { CSV_DEFAULTS, parseReadOptions, type CsvReadOptions, type TextInput } from './options.js';
import { parseCsvRows, type CsvRow } from './parse-csv-rows.js';
import { rejection, type ReadSummary, type Rejection } from './read-result.js';

/** A CSV file as a table: the header, and the well-formed rows with their cells in header order. */
export type CsvTable = {
  /** Column names, trimmed. */
  header: string[];
  /** Rows with exactly one cell per column, with the line each starts on. */
  rows: CsvRow[];
  /** Malformed rows (wrong number of fields, broken quotes), with their lines. */
  rejected: Rejection[];
  summary: ReadSummary;
};

/**
 * Reads a CSV file as a header and rows of cells, without building an object per row: the fast
 * path for wide files such as the GIAS download (about 140 columns) where only a few columns are
 * used. Same rules as readCsv: a row with the wrong number of fields or a broken quote is rejected
 * with its line.
 *
 * @throws ValidationError when the input is over the size limit, the header repeats a column name,
 *   or the header is one column holding another separator (code `delimiter`: a file saved with
 *   semicolons or tabs, which the `delimiter` option reads)
 * @example
 * const t = readCsvTable('urn,name\n1,Oak\n2\n');
 * t.header; // ['urn', 'name']
 * t.rows; // [{ line: 2, cells: ['1', 'Oak'] }]
 * t.rejected[0].reason; // 'has 1 field but the header has 2'
 */
export function readCsvTable(input: TextInput, options: CsvReadOptions = {}): CsvTable {
  const { maxBytes, delimiter } = parseReadOptions(options);
  const all = parseCsvRows(decodeText(input, maxBytes ?? CSV_DEFAULTS.maxBytes), delimiter ?? CSV_DEFAULTS.delimiter);
  if (all.length === 0) return { header: [], rows: [], rejected: [], summary: { read: 0, imported: 0, rejected: 0 } };

  const headerRow = all[0];
  const header = headerRow.cells.map((name) => name.trim());
  const width = header.length;
  // Empty columns with no name at the end are a spreadsheet's trailing separators (Excel writes `,,` for
  // columns once formatted): left out, so they are neither unknown columns nor the same name twice.
  while (header.at(-1) === '' && !all.some((row) => row.cells[header.length - 1]?.trim())) header.pop();
  const seen = new Map<string, number>();
  const issues: ValidationIssueInput[] = [];
  header.forEach((name, k) => {
    const first = seen.get(name);
    // Named by position, not by name: in a file saved without its header, line 1 is a child's row.
    if (first !== undefined)
      issues.push({
        path: '(header)',
        line: headerRow.line,
        code: 'duplicate',
        message: `column ${k + 1} has the same name as column ${first + 1}; rename one`,
      });
    else seen.set(name, k);
  });
  if (headerRow.problem) issues.push({ path: '(header)', line: headerRow.line, message: headerRow.problem });
  const used = delimiter ?? CSV_DEFAULTS.delimiter;
  const other = otherSeparator(header, used);
  if (other)
    issues.push({ path: '(header)', line: headerRow.line, code: 'delimiter', message: wrongSeparator(other, used) });
  if (issues.length > 0) throw new ValidationError('CSV header', issues);

  const rows: CsvRow[] = [];
  const rejected: Rejection[] = [];
  for (let r = 1; r < all.length; r++) {
    const row = all[r];
    if (row.problem) {
      rejected.push(rejection(row.line, [{ column: '(row)', reason: row.problem, code: 'malformed_row' }]));
    } else if (row.cells.length !== width) {
      const n = row.cells.length;
      rejected.push(
        rejection(row.line, [
          {
            column: '(row)',
            reason: `has ${n} field${n === 1 ? '' : 's'} but the header has ${width}`,
            code: 'field_count',
          },
        ]),
      );
    } else {
      rows.push(row);
    }
  }
  return {
    header,
    rows,
    rejected,
    summary: { read: all.length - 1, imported: rows.length, rejected: rejected.length },
  };
}

/** Separators a spreadsheet may save with, and their names for a message. */
const SEPARATORS = [
  { char: ',', name: 'commas' },
  { char: ';', name: 'semicolons' },
  { char: '\t', name: 'tabs' },
  { char: '|', name: 'vertical bars' },
] as const;

/**
 * The separator a file seems to use instead of `delimiter`: a header of one column that holds
 * another common separator (`id;primaryNeed;ncYear` read with commas). Excel saves semicolons
 * under some regional settings and tabs as "Text (Tab delimited)".
 */
function otherSeparator(header: string[], delimiter: string) {
  if (header.length !== 1) return undefined;
  return SEPARATORS.find((s) => s.char !== delimiter && header[0].includes(s.char));
}

/** The `delimiter` issue's message: the separator the file seems to use, and how to save it with commas. */
function wrongSeparator(other: (typeof SEPARATORS)[number], delimiter: string): string {
  const used = SEPARATORS.find((s) => s.char === delimiter)?.name ?? JSON.stringify(delimiter);
  const fix = delimiter === ',' ? '; save it as comma-separated CSV (in Excel, "CSV UTF-8 (Comma delimited)")' : '';
  const looks = `the file looks separated by ${other.name}, not ${used}`;
  return `the header is a single column holding ${other.name}: ${looks}${fix}`;
}
