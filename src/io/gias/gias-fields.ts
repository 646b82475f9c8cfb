import type { NeedCode } from '../../needs.js';
import type { LatLon } from '../../geo/great-circle-km.js';
import type { SchoolKind } from '../../schema/school.js';
import { isValidationError } from '../../schema/validation-error.js';
import { parseNumberCell } from '../read-cell.js';
import type { RowProblem } from '../read-result.js';
import { quoteCell } from '../quote-cell.js';
import { bngToLatLon } from './british-national-grid.js';
import { GIAS_KINDS, GIAS_RESOURCED_PROVISION, ncYearsFromAges, needFromGiasName } from './gias-codes.js';

/** A GIAS row's cell by column name: trimmed text, '' for a column the file lacks. */
export type GiasCell = (column: string) => string;

/** What a GIAS row says of a school, before the council file and the defaults fill the rest. */
export type GiasFields = {
  kind: SchoolKind;
  ncYears: [number, number];
  location: LatLon;
  /** From GIAS; undefined when it publishes none. */
  capacity: number | undefined;
  onRoll: number | undefined;
  needs: NeedCode[];
};

/** What readGiasFields found: the fields, or the problems; and the SEN names it mapped to OTH. */
export type GiasRead = {
  fields: GiasFields | undefined;
  problems: RowProblem[];
  /** SEN provision names GIAS gives that are no known need (mapped to OTH), counted for every row read. */
  unknownNeeds: string[];
};

const SEN_COLUMNS = Array.from({ length: 13 }, (_, k) => `SEN${k + 1} (name)`);

/**
 * The SEN provision columns of a GIAS download, `SEN1 (name)` to `SEN13 (name)`.
 *
 * @example
 * GIAS_SEN_COLUMNS[12]; // 'SEN13 (name)'
 */
export const GIAS_SEN_COLUMNS: readonly string[] = SEN_COLUMNS;

/**
 * Reads a school's kind, NC years, location, capacity, roll and needs from a GIAS row, or lists
 * every problem with its column.
 *
 * @param cell the row's cells by column
 * @example
 * const cells: Record<string, string> = { 'TypeOfEstablishment (name)': 'Other independent special school',
 *   StatutoryLowAge: '11', StatutoryHighAge: '16', Easting: '538885', Northing: '177322', SchoolCapacity: '60' };
 * const read = readGiasFields((c) => cells[c] ?? '');
 * read.fields?.ncYears; // [7, 11]
 */
export function readGiasFields(cell: GiasCell): GiasRead {
  const problems: RowProblem[] = [];
  const number = (column: string): number | undefined => {
    const text = cell(column);
    if (text === '') return undefined;
    const value = parseNumberCell(text);
    if (value === undefined) problems.push({ column, reason: 'must be a number', code: 'invalid_type' });
    return value;
  };
  const kind = kindOf(cell, problems);
  const { lowAge, highAge, easting, northing } = agesAndGrid(cell, number, problems);
  const ages = { lowAge: 'StatutoryLowAge', highAge: 'StatutoryHighAge' };
  const ncYears =
    lowAge !== undefined && highAge !== undefined
      ? converted(() => ncYearsFromAges(lowAge, highAge), ages, problems)
      : undefined;
  const grid = { easting: 'Easting', northing: 'Northing' };
  const location = easting && northing ? converted(() => bngToLatLon(easting, northing), grid, problems) : undefined;
  const { capacity, onRoll } = placesOf(kind, number);
  const { needs, unknownNeeds } = needsOf(cell);
  const valid = problems.length === 0 && kind && ncYears && location;
  return { fields: valid ? { kind, ncYears, location, capacity, onRoll, needs } : undefined, problems, unknownNeeds };
}

/** The kind from the establishment type; a mainstream school with a resourced provision or SEN unit is an SRP. */
function kindOf(cell: GiasCell, problems: RowProblem[]): SchoolKind | undefined {
  const type = cell('TypeOfEstablishment (name)');
  const kind = Object.hasOwn(GIAS_KINDS, type) ? GIAS_KINDS[type] : undefined;
  if (kind === undefined) {
    const reason = type === '' ? 'is required' : `establishment type ${quoteCell(type)} is not known`;
    problems.push({ column: 'TypeOfEstablishment (name)', reason, code: type === '' ? 'required' : 'invalid_value' });
    return undefined;
  }
  const resourced = GIAS_RESOURCED_PROVISION.includes(cell('TypeOfResourcedProvision (name)'));
  return kind === 'mainstream' && resourced ? 'srp' : kind;
}

/** A converter's ValidationError becomes this row's problems, by the column each argument came from. */
function converted<T>(convert: () => T, columns: Record<string, string>, problems: RowProblem[]): T | undefined {
  try {
    return convert();
  } catch (e) {
    if (!isValidationError(e)) throw e;
    for (const issue of e.issues)
      problems.push({
        column: columns[issue.path] ?? Object.values(columns)[0],
        reason: issue.message,
        code: issue.code,
      });
    return undefined;
  }
}

/** The ages and grid reference as numbers, each missing or unreadable one a problem (in column order). */
function agesAndGrid(cell: GiasCell, number: (column: string) => number | undefined, problems: RowProblem[]) {
  const lowAge = number('StatutoryLowAge');
  const highAge = number('StatutoryHighAge');
  const required = { reason: 'is required', code: 'required' };
  if (cell('StatutoryLowAge') === '') problems.push({ column: 'StatutoryLowAge', ...required });
  if (cell('StatutoryHighAge') === '') problems.push({ column: 'StatutoryHighAge', ...required });
  const easting = number('Easting');
  const northing = number('Northing');
  // 0 is the grid's false origin, off the Scillies: GIAS writes it for "no location".
  if (!easting || !northing)
    problems.push({
      column: 'Easting',
      reason: 'the establishment has no Easting/Northing, so no location',
      code: 'required',
    });
  return { lowAge, highAge, easting, northing };
}

/** An SRP's places are its resourced provision's plus its SEN unit's; any other school's, its own. */
function placesOf(
  kind: SchoolKind | undefined,
  number: (column: string) => number | undefined,
): { capacity: number | undefined; onRoll: number | undefined } {
  if (kind !== 'srp') return { capacity: number('SchoolCapacity'), onRoll: number('NumberOfPupils') };
  const sum = (values: (number | undefined)[]) =>
    values.some((x) => x !== undefined) ? values.reduce<number>((s, x) => s + (x ?? 0), 0) : undefined;
  return {
    capacity: sum([number('ResourcedProvisionCapacity'), number('SenUnitCapacity')]),
    onRoll: sum([number('ResourcedProvisionOnRoll'), number('SenUnitOnRoll')]),
  };
}

function needsOf(cell: GiasCell): { needs: NeedCode[]; unknownNeeds: string[] } {
  const needs: NeedCode[] = [];
  const unknownNeeds: string[] = [];
  for (const column of SEN_COLUMNS) {
    const name = cell(column);
    if (name === '') continue;
    let need = needFromGiasName(name);
    if (need === undefined) {
      unknownNeeds.push(name);
      need = 'OTH';
    }
    if (!needs.includes(need)) needs.push(need);
  }
  return { needs, unknownNeeds };
}
