// Re-exports of the io part of the public API: CSV reading and writing, typed readers, importers.
export { CSV_DEFAULTS } from './options.js';
export type { CsvReadOptions, CsvWriteOptions } from './options.js';
export { decodeText } from './decode-text.js';
export { parseCsvRows } from './parse-csv-rows.js';
export type { CsvRow } from './parse-csv-rows.js';
export { readCsv } from './read-csv.js';
export { readCsvTable } from './read-csv-table.js';
export type { CsvTable } from './read-csv-table.js';
export type { CsvRecord } from './read-csv.js';
export { writeCsv } from './write-csv.js';
export type { CsvCell } from './write-csv.js';
export { toValidationError, recordsOrThrow } from './read-result.js';
export type { ReadResult, ReadSummary, Rejection, RowProblem } from './read-result.js';
export { flattenRecord, unflattenRecord, parseNumberCell, parseBooleanCell } from './flatten.js';
export type { ColumnLayout, FieldKind } from './flatten.js';
export { readTypedCsv } from './read-typed-csv.js';
export type { RecordFormat } from './read-typed-csv.js';
export { readSchoolsCsv, writeSchoolsCsv, SCHOOL_COLUMNS } from './schools-csv.js';
export { readChildrenCsv, writeChildrenCsv, CHILD_COLUMNS } from './children-csv.js';
export { readSeriesCsv, writeSeriesCsv, seriesFromRows } from './series-csv.js';
export type { SeriesRow } from './series-csv.js';
export { readRecords, readRecordsFile } from './read-records.js';
export type { RecordKind, RecordOf } from './read-records.js';
export { bngToLatLon, BNG_PROJ } from './british-national-grid.js';
export {
  GIAS_KINDS,
  GIAS_NOT_A_PLACEMENT,
  GIAS_RESOURCED_PROVISION,
  GIAS_OFSTED,
  needFromGiasName,
  ncYearsFromAges,
} from './gias-codes.js';
export { GIAS_DEFAULTS } from './gias-defaults.js';
export { importGias, GIAS_COLUMNS } from './import-gias.js';
export { readCouncilSchoolsCsv, CouncilSchoolRowSchema } from './council-schools-csv.js';
export type { CouncilSchoolRow } from './council-schools-csv.js';
export type { GiasImport, GiasOptions, GiasSummary, DefaultUse } from './import-gias.js';
export { importSen2, censusYear, writeSen2Csv, SEN2_DEFAULTS } from './import-sen2.js';
export type { Sen2Columns, Sen2Import, Sen2Options, Sen2Series, Sen2Summary } from './import-sen2.js';
export {
  importTransitions,
  readSettingMapping,
  writeTransitionsCsv,
  TRANSITION_DEFAULTS,
} from './import-transitions.js';
export type { TransitionImport, TransitionOptions } from './import-transitions.js';
