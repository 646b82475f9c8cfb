import type { TextInput } from './options.js';
import { type CapacityCandidate, CapacityCandidateSchema } from '../schema/capacity-candidate.js';
import type { ColumnLayout } from './flatten.js';
import type { CsvReadOptions } from './options.js';
import type { ReadResult } from './read-result.js';
import { type RecordFormat, readTypedCsv } from './read-typed-csv.js';

/**
 * The CSV columns of a capacity candidate: its field names, one column each (see FieldKind).
 *
 * @example
 * CAPACITY_CANDIDATE_COLUMNS.capitalGbpPerPlace; // 'number'
 */
export const CAPACITY_CANDIDATE_COLUMNS = {
  id: 'string',
  setting: 'string',
  need: 'string',
  year: 'year',
  maxPlaces: 'number',
  capitalGbpPerPlace: 'number',
  source: 'string',
} as const satisfies ColumnLayout['fields'];

const CANDIDATE_FORMAT: RecordFormat<CapacityCandidate> = {
  what: 'capacity candidate',
  layout: { fields: CAPACITY_CANDIDATE_COLUMNS },
  schema: CapacityCandidateSchema,
  keyColumn: 'id',
  keyOf: (candidate) => candidate.id,
  keyLabel: 'candidate id',
};

/**
 * Reads capacity candidates for planCapacity from CSV, one row each, with the candidate's field
 * names as columns (`id,setting,need,year,maxPlaces,capitalGbpPerPlace,source`; an empty `need` is
 * places for any need). A bad row or a repeated id is rejected with its line and column.
 *
 * @param input the file's bytes or text
 * @param options `maxBytes`, `delimiter`
 * @example
 * const csv = 'id,setting,need,year,maxPlaces,capitalGbpPerPlace\nsrp-north,srp,ASD,2027,40,"£35,000"\n';
 * readCapacityCandidatesCsv(csv).records[0].capitalGbpPerPlace; // 35000
 */
export function readCapacityCandidatesCsv(
  input: TextInput,
  options: CsvReadOptions = {},
): ReadResult<CapacityCandidate> {
  return readTypedCsv(input, CANDIDATE_FORMAT, options);
}
