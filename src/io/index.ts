// Re-exports of the io part of the public API: CSV reading and writing, typed readers, importers.
export { CSV_DEFAULTS } from './options.js';
export type { CsvReadOptions, CsvWriteOptions } from './options.js';
export { decodeText } from './decode-text.js';
export { parseCsvRows } from './parse-csv-rows.js';
export type { CsvRow } from './parse-csv-rows.js';
export { readCsv } from './read-csv.js';
export type { CsvRecord } from './read-csv.js';
export { writeCsv } from './write-csv.js';
export type { CsvCell } from './write-csv.js';
export { toValidationError, recordsOrThrow } from './read-result.js';
export type { ReadResult, ReadSummary, Rejection, RowProblem } from './read-result.js';
