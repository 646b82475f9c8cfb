import type { Lot } from '../../schema/school.js';
import type { CouncilSchoolRow } from './council-schools-csv.js';
import type { GiasCell, GiasFields } from './gias-fields.js';
import { GIAS_OFSTED } from './gias-codes.js';
import { GIAS_DEFAULTS } from './gias-defaults.js';

/** A school as GIAS and the council file describe it (validated by the caller), and the defaults it took. */
export type GiasSchool = { school: Record<string, unknown>; defaults: [field: string, value: string | number][] };

/**
 * Completes a school from its GIAS fields and the council's row for its URN: the council's figure
 * wins where it gives one, else GIAS's, else the default in GIAS_DEFAULTS (each use returned, so
 * the import can count them).
 *
 * @param cell the GIAS row's cells by column
 * @param fields what readGiasFields read from the row
 * @param council the council file's row for this URN, if any
 * @example
 * const fields: GiasFields = { kind: 'independent', ncYears: [7, 11], location: { lat: 51.3, lon: 1.1 },
 *   capacity: 60, onRoll: 55, needs: ['ASD'] };
 * const { school, defaults } = schoolFromGias((c) => (c === 'URN' ? '900001' : ''), fields);
 * school.vacancies; // 5
 * defaults.map(([field]) => field); // ['vacancies', 'annualFee (independent)', 'lot', 'sex']
 */
export function schoolFromGias(cell: GiasCell, fields: GiasFields, council?: CouncilSchoolRow): GiasSchool {
  const defaults: [string, string | number][] = [];
  const useDefault = (field: string, value: string | number) => void defaults.push([field, value]);
  const { kind, onRoll } = fields;

  let capacity = council?.capacity ?? fields.capacity;
  if (capacity === undefined) {
    capacity = onRoll ?? 0;
    useDefault('capacity', onRoll === undefined ? 0 : GIAS_DEFAULTS.capacity);
  }
  let vacancies: number;
  if (council?.vacancies !== undefined) vacancies = council.vacancies;
  else if (onRoll !== undefined) {
    vacancies = Math.max(0, capacity - onRoll);
    useDefault('vacancies', GIAS_DEFAULTS.vacancies);
  } else {
    vacancies = GIAS_DEFAULTS.vacanciesUnknown;
    useDefault('vacancies', GIAS_DEFAULTS.vacanciesUnknown);
  }
  const annualFee = council?.annualFee ?? GIAS_DEFAULTS.annualFee[kind];
  if (council?.annualFee === undefined) useDefault(`annualFee (${kind})`, annualFee);
  const lot: Lot = council?.lot ?? GIAS_DEFAULTS.lot;
  if (council?.lot === undefined) useDefault('lot', lot);
  const gender = cell('Gender (name)').toLowerCase();
  const sex = gender === 'boys' || gender === 'girls' || gender === 'mixed' ? gender : GIAS_DEFAULTS.sex;
  if (sex !== gender) useDefault('sex', sex);
  const boarders = cell('Boarders (name)').toLowerCase();
  const rating = cell('OfstedRating (name)');
  const ofsted = council?.ofsted ?? (Object.hasOwn(GIAS_OFSTED, rating) ? GIAS_OFSTED[rating] : undefined);
  const district = council?.district ?? (cell('DistrictAdministrative (name)') || undefined);

  const school = {
    urn: cell('URN'),
    name: cell('EstablishmentName'),
    kind,
    lot,
    ...(ofsted ? { ofsted } : {}),
    needs: fields.needs,
    ncYears: fields.ncYears,
    sex,
    residential: boarders.includes('board') && !boarders.startsWith('no '),
    // Six decimals (11 cm) keep all the 1 m grid reference holds, without 16 digits of conversion noise.
    location: { lat: roundTo6(fields.location.lat), lon: roundTo6(fields.location.lon) },
    capacity,
    vacancies,
    ...(council?.vacanciesByNcYear ? { vacanciesByNcYear: council.vacanciesByNcYear } : {}),
    annualFee,
    ...(council?.kpis ? { kpis: council.kpis } : {}),
    ...(district ? { district } : {}),
  };
  return { school, defaults };
}

/** A coordinate to six decimals of a degree. */
function roundTo6(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}
