import type { TextInput } from './options.js';
import type { CsvReadOptions } from './options.js';
import { readCsvTable } from './read-csv-table.js';
import type { ReadResult } from './read-result.js';

/** A CSV record: column name to cell text. */
export type CsvRecord = Record<string, string>;

/**
 * Reads a CSV file into records keyed by the header row (RFC 4180: quoted commas, quoted line
 * breaks, doubled quotes, CRLF or LF, a UTF-8 BOM, Windows-1252 bytes, blank trailing lines, and the empty unnamed
 * columns a spreadsheet's trailing separators add, which are left out).
 * A row with more or fewer fields than the header, or a broken quote, is rejected with its line;
 * every other row is imported. Cells are kept exactly as written (no trimming); column names are trimmed.
 *
 * @param input the file's bytes or text
 * @param options `maxBytes` (default 256 MiB; larger inputs fail at once), `delimiter` (default `,`)
 * @returns `{ records, lines, rejected, warnings, summary }` with `summary.read = imported + rejected`
 * @throws ValidationError when the input is over the size limit or the header repeats a column name
 * @example
 * readCsv('name,note\r\n"Oak, School","a ""b"""\r\n\r\n').records; // [{ name: 'Oak, School', note: 'a "b"' }]
 */
export function readCsv(input: TextInput, options: CsvReadOptions = {}): ReadResult<CsvRecord> & { header: string[] } {
  const { header, rows, rejected, summary } = readCsvTable(input, options);
  const records: CsvRecord[] = new Array(rows.length);
  const lines: number[] = new Array(rows.length);
  // Hot path: every record is a copy of one template with the header's keys, so all records share
  // one shape (several times faster than adding 140 keys one by one to a new object). The template's
  // keys are defined as data, so a column named `__proto__` is a plain key, not the prototype.
  const template: CsvRecord = {};
  for (const name of header)
    Object.defineProperty(template, name, { value: '', enumerable: true, writable: true, configurable: true });
  for (let r = 0; r < rows.length; r++) {
    const record: CsvRecord = { ...template };
    const cells = rows[r].cells;
    for (let c = 0; c < header.length; c++) record[header[c]] = cells[c];
    records[r] = record;
    lines[r] = rows[r].line;
  }
  return { records, lines, rejected, warnings: [], summary, header };
}
