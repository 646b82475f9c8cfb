import { ValidationError } from '../schema/validation-error.js';
import { decodeText } from './decode-text.js';
import { CSV_DEFAULTS, type CsvReadOptions } from './options.js';
import { parseCsvRows } from './parse-csv-rows.js';
import { rejection, type ReadResult, type Rejection } from './read-result.js';

/** A CSV record: column name to cell text. */
export type CsvRecord = Record<string, string>;

/**
 * Reads a CSV file into records keyed by the header row (RFC 4180: quoted commas, quoted line
 * breaks, doubled quotes, CRLF or LF, a UTF-8 BOM, Windows-1252 bytes, blank trailing lines).
 * A row with more or fewer fields than the header, or a broken quote, is rejected with its line;
 * every other row is imported. Cells are kept exactly as written (no trimming).
 *
 * @param input the file's bytes or text
 * @param options `maxBytes` (default 256 MiB; larger inputs fail at once), `delimiter` (default `,`)
 * @returns `{ records, lines, rejected, warnings, summary }` with `summary.read = imported + rejected`
 * @throws ValidationError when the input is over the size limit or the header repeats a column name
 * @example
 * readCsv('name,note\r\n"Oak, School","a ""b"""\r\n\r\n').records; // [{ name: 'Oak, School', note: 'a "b"' }]
 */
export function readCsv(input: string | Uint8Array, options: CsvReadOptions = {}): ReadResult<CsvRecord> {
  const delimiter = options.delimiter ?? CSV_DEFAULTS.delimiter;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new ValidationError('CSV options', [{ path: 'delimiter', message: 'must be one character other than a quote or a line break' }]);
  }
  const rows = parseCsvRows(decodeText(input, options.maxBytes ?? CSV_DEFAULTS.maxBytes), delimiter);
  const records: CsvRecord[] = [];
  const lines: number[] = [];
  const rejected: Rejection[] = [];
  if (rows.length === 0) return { records, lines, rejected, warnings: [], summary: { read: 0, imported: 0, rejected: 0 } };

  const [headerRow, ...dataRows] = rows;
  const header = headerRow.cells.map((name) => name.trim());
  const seen = new Set<string>();
  const headerIssues = [];
  for (const name of header) {
    if (seen.has(name)) headerIssues.push({ path: '(header)', line: headerRow.line, column: name, message: 'the column name appears more than once' });
    seen.add(name);
  }
  if (headerRow.problem) headerIssues.push({ path: '(header)', line: headerRow.line, message: headerRow.problem });
  if (headerIssues.length > 0) throw new ValidationError('CSV header', headerIssues);

  for (const row of dataRows) {
    if (row.problem) {
      rejected.push(rejection(row.line, [{ column: '(row)', reason: row.problem }]));
    } else if (row.cells.length !== header.length) {
      rejected.push(
        rejection(row.line, [{ column: '(row)', reason: `has ${row.cells.length} field${row.cells.length === 1 ? '' : 's'} but the header has ${header.length}` }]),
      );
    } else {
      const record: CsvRecord = {};
      for (let c = 0; c < header.length; c++) record[header[c]] = row.cells[c];
      records.push(record);
      lines.push(row.line);
    }
  }
  return {
    records,
    lines,
    rejected,
    warnings: [],
    summary: { read: dataRows.length, imported: records.length, rejected: rejected.length },
  };
}

