import type { NeedCode } from '../../needs.js';
import { SchoolSchema, type School, type SchoolKind } from '../../schema/school.js';
import { bngToLatLon } from './british-national-grid.js';
import { readCouncilSchoolsCsv, type CouncilSchoolRow } from './council-schools-csv.js';
import { byCodePoint } from '../by-code-point.js';
import { parseNumberCell } from '../flatten.js';
import {
  GIAS_KINDS,
  GIAS_NOT_A_PLACEMENT,
  GIAS_OFSTED,
  GIAS_RESOURCED_PROVISION,
  ncYearsFromAges,
  needFromGiasName,
} from './gias-codes.js';
import { GIAS_DEFAULTS } from './gias-defaults.js';
import { z } from 'zod';
import { CsvInputSchema, CsvReadOptionsSchema, parseReadOptions, type CsvReadOptions } from '../options.js';
import { readCsvTable } from '../read-csv-table.js';
import { rejection, type Rejection, type RowProblem } from '../read-result.js';
import { quoteCell } from '../quote-cell.js';
import { isValidationError } from '../../schema/validation-error.js';

/** Options of importGias. */
export type GiasOptions = CsvReadOptions & {
  /** Keep only establishments whose `LA (name)` is this (any case), e.g. `Kent`. */
  la?: string;
  /**
   * The council's own CSV for what GIAS lacks, joined on URN: columns `urn`, `annualFee`, `lot`,
   * `vacancies`, `capacity`, `ofsted`, `kpis.attendance`, `kpis.breakdownRate`,
   * `kpis.medianResponseDays`, `kpis.acceptanceRate`, `vacanciesByNcYear.N`, `district` (all but urn optional).
   */
  council?: string | Uint8Array;
};

const GiasOptionsSchema = CsvReadOptionsSchema.extend({
  la: z.string({ error: 'la must be the text of LA (name)' }).optional(),
  council: CsvInputSchema.optional(),
});

/** How many schools took one default, and its value. */
export type DefaultUse = { field: string; value: string | number; schools: number };

/** Counts of a GIAS import: `read = imported + rejected + closed + notOpen + otherLa + notAPlacement`. */
export type GiasSummary = {
  read: number;
  imported: number;
  rejected: number;
  /** Status "Closed": left out. */
  closed: number;
  /** Status "Proposed to open": left out until it opens. */
  notOpen: number;
  /** Outside the `la` asked for: left out. */
  otherLa: number;
  /** Alternative provision, further or higher education, establishments outside England: left out. */
  notAPlacement: number;
  /** Each default used (see GIAS_DEFAULTS), with how many schools took it. */
  defaults: DefaultUse[];
};

/** What importGias returns. */
export type GiasImport = {
  records: School[];
  /** The GIAS line of each imported school. */
  lines: number[];
  rejected: Rejection[];
  /** Rows of the council file that could not be read (their lines are the council file's). */
  councilRejected: Rejection[];
  warnings: string[];
  summary: GiasSummary;
};

/** The GIAS column a school field comes from, so a rejection points at the cell to fix. */
const GIAS_COLUMN: Record<string, string> = {
  urn: 'URN',
  name: 'EstablishmentName',
  ncYears: 'StatutoryLowAge',
  location: 'Easting',
  'location.lat': 'Northing',
  'location.lon': 'Easting',
  capacity: 'SchoolCapacity',
  district: 'DistrictAdministrative (name)',
};

const SEN_COLUMNS = Array.from({ length: 13 }, (_, k) => `SEN${k + 1} (name)`);

/**
 * Imports the DfE's "Get Information About Schools" establishment download (`edubasealldata*.csv`,
 * Windows-1252) as School records:
 * - kind from `TypeOfEstablishment (name)` (see GIAS_KINDS); a mainstream school whose
 *   `TypeOfResourcedProvision (name)` names a resourced provision or SEN unit becomes an `srp` whose
 * capacity and roll are `ResourcedProvisionCapacity + SenUnitCapacity` and `ResourcedProvisionOnRoll + SenUnitOnRoll`;
 * - needs from `SEN1 (name)` ... `SEN13 (name)` (unknown names become OTH with a warning);
 * - NC years from `StatutoryLowAge` and `StatutoryHighAge` (see ncYearsFromAges: 11 -> Year 7);
 * - location from `Easting` and `Northing` (British National Grid) converted to WGS84 (see bngToLatLon);
 * - sex from `Gender (name)`, residential from `Boarders (name)`, Ofsted from `OfstedRating (name)`,
 *   district from `DistrictAdministrative (name)`;
 * - fee, lot, vacancies (and anything else the council knows) from the optional council file, joined
 *   on URN; otherwise GIAS_DEFAULTS, each use counted in `summary.defaults`.
 * Closed and not-yet-open establishments, those outside `la`, and types that are not school places
 * are left out and counted; every other row is imported or rejected with its line and reason.
 *
 * @param input the GIAS file's bytes (Windows-1252 or UTF-8) or text
 * @param options `la` (filter on `LA (name)`), `council` (CSV joined on URN), `maxBytes`
 * @example
 * const { records, summary } = importGias(readFileSync('test/fixtures/gias-sample.csv'), { la: 'Kent' });
 * records[0].kind; // 'independent'
 * summary.closed; // 1
 */
export function importGias(input: string | Uint8Array, options: GiasOptions = {}): GiasImport {
  // The download has ~140 columns of which ~30 are used: read cells by column index, not as objects.
  const opts = parseReadOptions(options, GiasOptionsSchema);
  const raw = readCsvTable(input, { maxBytes: opts.maxBytes, delimiter: opts.delimiter });
  const warnings: string[] = [];
  const rejected: Rejection[] = [...raw.rejected];
  const summary: GiasSummary = {
    read: raw.summary.read,
    imported: 0,
    rejected: 0,
    closed: 0,
    notOpen: 0,
    otherLa: 0,
    notAPlacement: 0,
    defaults: [],
  };

  const header = raw.header;
  // Column names match in any case: the download writes `SenUnitCapacity`, hand-made extracts often `SENUnitCapacity`.
  const index = new Map(header.map((name, c) => [name.toLowerCase(), c]));
  const missing = [
    'URN',
    'EstablishmentName',
    'TypeOfEstablishment (name)',
    'EstablishmentStatus (name)',
    'StatutoryLowAge',
    'StatutoryHighAge',
    'Easting',
    'Northing',
  ].filter((column) => raw.rows.length > 0 && !index.has(column.toLowerCase()));
  // Hot path: each used column's index found once, so a row costs a Map lookup per cell.
  const at = new Map<string, number>();
  for (const column of GIAS_COLUMNS) {
    const c = index.get(column.toLowerCase());
    if (c !== undefined) at.set(column, c);
  }
  if (missing.length > 0)
    warnings.push(`the file has no column ${missing.join(', ')}: is it a GIAS establishment download?`);

  const council = new Map<string, { row: CouncilSchoolRow; line: number }>();
  let councilRejected: Rejection[] = [];
  if (opts.council !== undefined) {
    const read = readCouncilSchoolsCsv(opts.council, { maxBytes: opts.maxBytes });
    councilRejected = read.rejected;
    warnings.push(...read.warnings.map((w) => `council file: ${w}`));
    read.records.forEach((row, k) => {
      council.set(row.urn, { row, line: read.lines[k] });
    });
  }

  const defaults = new Map<string, DefaultUse>();
  const countDefault = (field: string, value: string | number) => {
    const key = `${field}\u0000${value}`;
    const use = defaults.get(key) ?? { field, value, schools: 0 };
    use.schools++;
    defaults.set(key, use);
  };
  const unknownNeeds = new Map<string, number>();
  const skippedTypes = new Map<string, number>();
  const la = opts.la?.trim().toLowerCase();
  const records: School[] = [];
  const lines: number[] = [];
  const firstLine = new Map<string, number>();
  const used = new Set<string>();

  raw.rows.forEach(({ line, cells }) => {
    const cell = (column: string) => {
      const c = at.get(column);
      return c === undefined ? '' : cells[c].trim();
    };
    const status = cell('EstablishmentStatus (name)');
    if (status === 'Closed') {
      summary.closed++;
      return;
    }
    if (status === 'Proposed to open') {
      summary.notOpen++;
      return;
    }
    if (la !== undefined && cell('LA (name)').toLowerCase() !== la) {
      summary.otherLa++;
      return;
    }
    const type = cell('TypeOfEstablishment (name)');
    if (GIAS_NOT_A_PLACEMENT.includes(type)) {
      skippedTypes.set(type, (skippedTypes.get(type) ?? 0) + 1);
      summary.notAPlacement++;
      return;
    }

    const problems: RowProblem[] = [];
    const number = (column: string): number | undefined => {
      const text = cell(column);
      if (text === '') return undefined;
      const value = parseNumberCell(text);
      if (value === undefined) problems.push({ column, reason: 'must be a number' });
      return value;
    };

    let kind: SchoolKind | undefined = Object.hasOwn(GIAS_KINDS, type) ? GIAS_KINDS[type] : undefined;
    if (kind === undefined)
      problems.push({
        column: 'TypeOfEstablishment (name)',
        reason: type === '' ? 'is required' : `establishment type ${quoteCell(type)} is not known`,
      });
    const resourced = GIAS_RESOURCED_PROVISION.includes(cell('TypeOfResourcedProvision (name)'));
    if (kind === 'mainstream' && resourced) kind = 'srp';

    const lowAge = number('StatutoryLowAge');
    const highAge = number('StatutoryHighAge');
    if (cell('StatutoryLowAge') === '') problems.push({ column: 'StatutoryLowAge', reason: 'is required' });
    if (cell('StatutoryHighAge') === '') problems.push({ column: 'StatutoryHighAge', reason: 'is required' });
    const easting = number('Easting');
    const northing = number('Northing');
    if (!easting || !northing)
      problems.push({ column: 'Easting', reason: 'the establishment has no Easting/Northing, so no location' });
    // The converters check their ranges; a value out of range is this row's problem, by column.
    const converted = <T>(convert: () => T, columns: Record<string, string>): T | undefined => {
      try {
        return convert();
      } catch (e) {
        if (!isValidationError(e)) throw e;
        for (const issue of e.issues)
          problems.push({ column: columns[issue.path] ?? Object.values(columns)[0], reason: issue.message });
        return undefined;
      }
    };
    const ncYears =
      lowAge !== undefined && highAge !== undefined
        ? converted(() => ncYearsFromAges(lowAge, highAge), { lowAge: 'StatutoryLowAge', highAge: 'StatutoryHighAge' })
        : undefined;
    const location =
      easting && northing
        ? converted(() => bngToLatLon(easting, northing), { easting: 'Easting', northing: 'Northing' })
        : undefined;

    let capacity: number | undefined;
    let onRoll: number | undefined;
    if (kind === 'srp') {
      const rp = [number('ResourcedProvisionCapacity'), number('SenUnitCapacity')];
      const roll = [number('ResourcedProvisionOnRoll'), number('SenUnitOnRoll')];
      capacity = rp.some((x) => x !== undefined) ? rp.reduce<number>((s, x) => s + (x ?? 0), 0) : undefined;
      onRoll = roll.some((x) => x !== undefined) ? roll.reduce<number>((s, x) => s + (x ?? 0), 0) : undefined;
    } else {
      capacity = number('SchoolCapacity');
      onRoll = number('NumberOfPupils');
    }

    const needs: NeedCode[] = [];
    for (const column of SEN_COLUMNS) {
      const name = cell(column);
      if (name === '') continue;
      let need = needFromGiasName(name);
      if (need === undefined) {
        unknownNeeds.set(name, (unknownNeeds.get(name) ?? 0) + 1);
        need = 'OTH';
      }
      if (!needs.includes(need)) needs.push(need);
    }
    if (problems.length > 0) {
      rejected.push(rejection(line, problems));
      return;
    }

    // Defaults are counted only once the school is imported, so the counts add up to schools imported.
    const rowDefaults: [string, string | number][] = [];
    const useDefault = (field: string, value: string | number) => void rowDefaults.push([field, value]);
    const urn = cell('URN');
    const extra = council.get(urn);
    const fromCouncil = extra?.row;
    if (extra) used.add(urn);

    if (fromCouncil?.capacity !== undefined) capacity = fromCouncil.capacity;
    else if (capacity === undefined) {
      capacity = onRoll ?? 0;
      useDefault('capacity', onRoll === undefined ? 0 : GIAS_DEFAULTS.capacity);
    }
    let vacancies: number;
    if (fromCouncil?.vacancies !== undefined) vacancies = fromCouncil.vacancies;
    else if (onRoll !== undefined) {
      vacancies = Math.max(0, capacity - onRoll);
      useDefault('vacancies', GIAS_DEFAULTS.vacancies);
    } else {
      vacancies = GIAS_DEFAULTS.vacanciesUnknown;
      useDefault('vacancies', GIAS_DEFAULTS.vacanciesUnknown);
    }
    const k = kind!;
    const annualFee = fromCouncil?.annualFee ?? GIAS_DEFAULTS.annualFee[k];
    if (fromCouncil?.annualFee === undefined) useDefault(`annualFee (${k})`, annualFee);
    const lot = fromCouncil?.lot ?? GIAS_DEFAULTS.lot;
    if (fromCouncil?.lot === undefined) useDefault('lot', lot);
    const gender = cell('Gender (name)').toLowerCase();
    const sex = gender === 'boys' || gender === 'girls' || gender === 'mixed' ? gender : GIAS_DEFAULTS.sex;
    if (sex !== gender) useDefault('sex', sex);
    const boarders = cell('Boarders (name)').toLowerCase();
    const rating = cell('OfstedRating (name)');
    const ofsted = fromCouncil?.ofsted ?? (Object.hasOwn(GIAS_OFSTED, rating) ? GIAS_OFSTED[rating] : undefined);
    const district = fromCouncil?.district ?? (cell('DistrictAdministrative (name)') || undefined);

    const school = {
      urn,
      name: cell('EstablishmentName'),
      kind: k,
      lot,
      ...(ofsted ? { ofsted } : {}),
      needs,
      ncYears: ncYears!,
      sex,
      residential: boarders.includes('board') && !boarders.startsWith('no '),
      location: location!,
      capacity,
      vacancies,
      ...(fromCouncil?.vacanciesByNcYear ? { vacanciesByNcYear: fromCouncil.vacanciesByNcYear } : {}),
      annualFee,
      ...(fromCouncil?.kpis ? { kpis: fromCouncil.kpis } : {}),
      ...(district ? { district } : {}),
    };
    const result = SchoolSchema.safeParse(school, { reportInput: true });
    if (!result.success) {
      const issues = result.error.issues.map((issue) => {
        const field = issue.path
          .filter((p) => typeof p !== 'number')
          .map(String)
          .join('.');
        const councilField = extra && field.split('.')[0] in (fromCouncil ?? {});
        return {
          column: councilField ? field : (GIAS_COLUMN[field] ?? field),
          reason: councilField ? `${issue.message} (from the council file, line ${extra.line})` : issue.message,
        };
      });
      rejected.push(rejection(line, issues));
      return;
    }
    const first = firstLine.get(urn);
    if (first !== undefined) {
      rejected.push(rejection(line, [{ column: 'URN', reason: `duplicate URN ${urn} (first on line ${first})` }]));
      return;
    }
    firstLine.set(urn, line);
    for (const [field, value] of rowDefaults) countDefault(field, value);
    records.push(result.data);
    lines.push(line);
  });

  if (la !== undefined && summary.otherLa === summary.read - summary.closed - summary.notOpen && summary.read > 0) {
    warnings.push(
      `no open establishment has LA (name) ${quoteCell(la)}; check the spelling (GIAS writes e.g. "Kent", "Medway")`,
    );
  }
  for (const [name, count] of unknownNeeds)
    warnings.push(
      `SEN provision ${quoteCell(name)} (${count} ${count === 1 ? 'school' : 'schools'}) is not a known need; ` +
        `mapped to OTH`,
    );
  for (const [type, count] of skippedTypes)
    warnings.push(
      `left out ${count} ${quoteCell(type)} ${count === 1 ? 'establishment' : 'establishments'}: not a school ` +
        `place the matcher ranks`,
    );
  for (const [urn, { line }] of council) {
    if (!used.has(urn)) warnings.push(`council file line ${line}: URN ${urn} matches no imported school`);
  }
  rejected.sort((a, b) => a.line - b.line);
  summary.imported = records.length;
  summary.rejected = rejected.length;
  summary.defaults = [...defaults.values()].sort(
    (a, b) => byCodePoint(a.field, b.field) || byCodePoint(String(a.value), String(b.value)),
  );
  return { records, lines, rejected, councilRejected, warnings, summary };
}

/**
 * The GIAS columns importGias reads, for writing a sample or checking a download.
 *
 * @example
 * GIAS_COLUMNS.includes('TypeOfResourcedProvision (name)'); // true
 */
export const GIAS_COLUMNS: readonly string[] = [
  'URN',
  'LA (name)',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentStatus (name)',
  'StatutoryLowAge',
  'StatutoryHighAge',
  'Boarders (name)',
  'Gender (name)',
  'SchoolCapacity',
  'NumberOfPupils',
  'OfstedRating (name)',
  ...SEN_COLUMNS,
  'TypeOfResourcedProvision (name)',
  'ResourcedProvisionOnRoll',
  'ResourcedProvisionCapacity',
  'SenUnitOnRoll',
  'SenUnitCapacity',
  'DistrictAdministrative (name)',
  'Easting',
  'Northing',
];
