import type { TextInput } from './options.js';
import { ChildListSchema, ChildSchema, type Child, type ChildInput } from '../schema/child.js';
import { parseWith } from '../schema/common.js';
import type { Loose } from '../schema/loose.js';
import { flattenRecord, type ColumnLayout } from './flatten.js';
import type { CsvReadOptions, CsvWriteOptions } from './options.js';
import type { ReadResult } from './read-result.js';
import { readTypedCsv, type RecordFormat } from './read-typed-csv.js';
import { writeCsv } from './write-csv.js';

/**
 * The CSV columns of a child, in the order the writer uses, and how each cell is read (see FieldKind).
 *
 * @example
 * CHILD_COLUMNS.secondaryNeeds; // 'list'
 */
export const CHILD_COLUMNS = {
  id: 'string',
  primaryNeed: 'string',
  secondaryNeeds: 'list',
  ncYear: 'ncYear',
  sex: 'string',
  'home.lat': 'number',
  'home.lon': 'number',
  residential: 'boolean',
  namedSchoolUrn: 'string',
  maxDistanceKm: 'number',
} as const satisfies ColumnLayout['fields'];

const CHILD_FORMAT: RecordFormat<Child> = {
  what: 'child',
  layout: { fields: CHILD_COLUMNS },
  schema: ChildSchema,
  keyColumn: 'id',
  keyOf: (child) => child.id,
  keyLabel: 'child id',
  location: { of: (child) => child.home, what: "child's home" },
};

/**
 * Reads children from CSV with the field names of the data model, flattened: `home.lat`,
 * `home.lon`, `secondaryNeeds` as `SLCN;MLD`. Each row is validated with ChildSchema; a bad row or a
 * repeated id is rejected with its line and column. Messages name a child by id at most, never by
 * any other field.
 *
 * @example
 * readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC1,ASD,7,51.3,1.1\n').records;
 * // [{ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1.1 } }]
 */
export function readChildrenCsv(input: TextInput, options: CsvReadOptions = {}): ReadResult<Child> {
  return readTypedCsv(input, CHILD_FORMAT, options);
}

/**
 * Writes children as CSV in the layout readChildrenCsv reads. The children are validated first, as
 * parseChildren does, so a child the reader would reject (a missing need, a repeated id) is an
 * error here, not a row that cannot be read back.
 *
 * @throws ValidationError listing every problem in the children, with paths such as `[3].ncYear`
 * @example
 * writeChildrenCsv([{ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1.1 } }]);
 * // 'id,primaryNeed,secondaryNeeds,ncYear,sex,home.lat,home.lon,residential,namedSchoolUrn,maxDistanceKm\r\n' +
 * // 'C1,ASD,,7,,51.3,1.1,,,\r\n'
 */
export function writeChildrenCsv(input: Loose<readonly ChildInput[]>, options: CsvWriteOptions = {}): string {
  const children: Child[] = parseWith(ChildListSchema, input, 'children');
  return writeCsv(
    children.map((child) => flattenRecord(child)),
    Object.keys(CHILD_COLUMNS),
    options,
  );
}
