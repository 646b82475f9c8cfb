/**
 * `send-placement/gias`: the importer for the DfE's Get Information About Schools (GIAS)
 * establishment download. Its own entry because it carries proj4 for the British National Grid
 * conversion, which the rest of the library does not need.
 *
 * This file only re-exports.
 *
 * @packageDocumentation
 * @module send-placement/gias
 */
export { importGias } from './import-gias.js';
export type { GiasImport, GiasOptions, GiasSummary, DefaultUse } from './import-gias.js';
export { GIAS_DEFAULTS } from './gias-defaults.js';
export { readCouncilSchoolsCsv } from './council-schools-csv.js';
export type { CouncilSchoolRow } from './council-schools-csv.js';
export { bngToLatLon } from './british-national-grid.js';
