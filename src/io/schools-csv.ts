import type { TextInput } from './options.js';
import { parseWith } from '../schema/common.js';
import type { Loose } from '../schema/loose.js';
import { SchoolListSchema, SchoolSchema, type School, type SchoolInput } from '../schema/school.js';
import { flattenRecord, type ColumnLayout } from './flatten.js';
import type { CsvReadOptions, CsvWriteOptions } from './options.js';
import type { ReadResult } from './read-result.js';
import { readTypedCsv, type RecordFormat } from './read-typed-csv.js';
import { writeCsv } from './write-csv.js';

/**
 * The CSV columns of a school, in the order the writer uses, and how each cell is read (see FieldKind).
 *
 * @example
 * SCHOOL_COLUMNS['location.lat']; // 'number'
 */
export const SCHOOL_COLUMNS = {
  urn: 'string',
  name: 'string',
  kind: 'string',
  lot: 'string',
  ofsted: 'string',
  needs: 'list',
  ncYears: 'ncYearRange',
  sex: 'string',
  residential: 'boolean',
  'location.lat': 'number',
  'location.lon': 'number',
  capacity: 'number',
  vacancies: 'number',
  annualFee: 'number',
  'kpis.attendance': 'rate',
  'kpis.breakdownRate': 'rate',
  'kpis.medianResponseDays': 'number',
  'kpis.acceptanceRate': 'rate',
  district: 'string',
} as const satisfies ColumnLayout['fields'];

/**
 * How a school is laid out in columns: SCHOOL_COLUMNS, and `vacanciesByNcYear.<NC year>` columns.
 *
 * @example
 * SCHOOL_LAYOUT.prefixes; // { 'vacanciesByNcYear.': 'number' }
 */
export const SCHOOL_LAYOUT: ColumnLayout = {
  fields: SCHOOL_COLUMNS,
  prefixes: { 'vacanciesByNcYear.': 'number' },
  emptyIsEmptyList: ['needs'],
};

const SCHOOL_FORMAT: RecordFormat<School> = {
  what: 'school',
  layout: SCHOOL_LAYOUT,
  schema: SchoolSchema,
  keyColumn: 'urn',
  keyOf: (school) => school.urn,
  keyLabel: 'URN',
  location: { of: (school) => school.location, what: "school's location" },
};

/**
 * Reads schools from CSV with the field names of the data model, flattened: `location.lat`,
 * `location.lon`, `needs` as `ASD;SEMH`, `ncYears` as `7;13`, `kpis.attendance`, `vacanciesByNcYear.7`.
 * Each row is validated with SchoolSchema; bad rows and repeated URNs are rejected with their line.
 *
 * @param input the file's bytes or text
 * @param options `maxBytes`, `delimiter`
 * @example
 * const csv =
 *   'urn,name,kind,lot,needs,ncYears,sex,residential,location.lat,location.lon,capacity,vacancies,annualFee\n' +
 *   '900001,Oak School,independent,lot1,ASD;SEMH,7;13,mixed,false,51.27,0.52,60,4,52000\n';
 * readSchoolsCsv(csv).records[0].ncYears; // [7, 13]
 */
export function readSchoolsCsv(input: TextInput, options: CsvReadOptions = {}): ReadResult<School> {
  return readTypedCsv(input, SCHOOL_FORMAT, options);
}

/**
 * Writes schools as CSV in the layout readSchoolsCsv reads (columns of SCHOOL_COLUMNS, then one
 * `vacanciesByNcYear.N` column per year present, in numeric order). The schools are validated
 * first, as parseSchools does: a year key written `'07'` is written as year 7, not lost, and a
 * school the reader would reject is an error here.
 *
 * @throws ValidationError listing every problem in the schools, with paths such as `[2].capacity`
 * @example
 * writeSchoolsCsv([]).split('\r\n')[0].startsWith('urn,name,kind,lot'); // true
 */
export function writeSchoolsCsv(input: Loose<readonly SchoolInput[]>, options: CsvWriteOptions = {}): string {
  const schools: School[] = parseWith(SchoolListSchema, input, 'schools');
  const years = new Set<number>();
  for (const school of schools) for (const key of Object.keys(school.vacanciesByNcYear ?? {})) years.add(Number(key));
  const columns = [
    ...Object.keys(SCHOOL_COLUMNS),
    ...[...years].sort((a, b) => a - b).map((year) => `vacanciesByNcYear.${year}`),
  ];
  return writeCsv(
    schools.map((school) => flattenRecord(school)),
    columns,
    options,
  );
}
