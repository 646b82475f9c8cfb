import * as z from 'zod/mini';
import { strictOptions } from '../../schema/strict-fields.js';
import { isMissing, issueMessage } from '../../schema/describe-issue.js';
import type { School } from '../../schema/school.js';
import { SchoolSchema } from '../../schema/school.js';
import { byCodePoint } from '../by-code-point.js';
import {
  CsvInputSchema,
  CsvReadOptionsSchema,
  parseReadOptions,
  type CsvReadOptions,
  type TextInput,
} from '../options.js';
import { quoteCell } from '../quote-cell.js';
import { readCsvTable, type CsvTable } from '../read-csv-table.js';
import { rejection, type Rejection } from '../read-result.js';
import { readCouncilSchoolsCsv, type CouncilSchoolRow } from './council-schools-csv.js';
import { GIAS_NOT_A_PLACEMENT } from './gias-codes.js';
import { GIAS_SEN_COLUMNS, readGiasFields, type GiasCell } from './gias-fields.js';
import { schoolFromGias } from './gias-school.js';

/** Options of importGias. */
export type GiasOptions = CsvReadOptions & {
  /** Keep only establishments whose `LA (name)` is this (any case), e.g. `Kent`. */
  la?: string;
  /**
   * The council's own CSV for what GIAS lacks, joined on URN: columns `urn`, `annualFee`, `lot`,
   * `vacancies`, `capacity`, `ofsted`, `kpis.attendance`, `kpis.breakdownRate`,
   * `kpis.medianResponseDays`, `kpis.acceptanceRate`, `vacanciesByNcYear.N`, `district` (all but urn optional).
   */
  council?: TextInput;
};

const GiasOptionsSchema = strictOptions({
  ...CsvReadOptionsSchema.shape,
  la: z.optional(z.string({ error: 'la must be the text of LA (name)' })),
  council: z.optional(CsvInputSchema),
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

/**
 * The columns every GIAS establishment download has and importGias cannot do without: a file missing one is not a
 * download (the command names them when nothing is imported).
 *
 * @example
 * GIAS_REQUIRED_COLUMNS[0]; // 'URN'
 */
export const GIAS_REQUIRED_COLUMNS: readonly string[] = [
  'URN',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentStatus (name)',
  'StatutoryLowAge',
  'StatutoryHighAge',
  'Easting',
  'Northing',
];

type CouncilEntry = { row: CouncilSchoolRow; line: number };

/** Everything an import collects as it goes through the rows. */
type Tally = {
  summary: GiasSummary;
  records: School[];
  lines: number[];
  rejected: Rejection[];
  defaults: Map<string, DefaultUse>;
  unknownNeeds: Map<string, number>;
  skippedTypes: Map<string, number>;
  firstLine: Map<string, number>;
  usedCouncil: Set<string>;
};

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
export function importGias(input: TextInput, options: GiasOptions = {}): GiasImport {
  const opts = parseReadOptions(options, GiasOptionsSchema);
  const raw = readCsvTable(input, { maxBytes: opts.maxBytes, delimiter: opts.delimiter });
  const warnings: string[] = [];
  const { at, missing } = columnIndex(raw);
  if (missing.length > 0)
    warnings.push(`the file has no column ${missing.join(', ')}: is it a GIAS establishment download?`);
  const council = new Map<string, CouncilEntry>();
  let councilRejected: Rejection[] = [];
  if (opts.council !== undefined) {
    const read = readCouncilSchoolsCsv(opts.council, { maxBytes: opts.maxBytes });
    councilRejected = read.rejected;
    warnings.push(...read.warnings.map((w) => `council file: ${w}`));
    read.records.forEach((row, k) => {
      council.set(row.urn, { row, line: read.lines[k] });
    });
  }
  const tally: Tally = {
    summary: {
      read: raw.summary.read,
      imported: 0,
      rejected: 0,
      closed: 0,
      notOpen: 0,
      otherLa: 0,
      notAPlacement: 0,
      defaults: [],
    },
    records: [],
    lines: [],
    rejected: [...raw.rejected],
    defaults: new Map(),
    unknownNeeds: new Map(),
    skippedTypes: new Map(),
    firstLine: new Map(),
    usedCouncil: new Set(),
  };
  const la = opts.la?.trim().toLowerCase();
  for (const { line, cells } of raw.rows) {
    const cell: GiasCell = (column) => {
      const c = at.get(column);
      return c === undefined ? '' : cells[c].trim();
    };
    if (leftOut(cell, la, tally)) continue;
    importRow(cell, line, council, tally);
  }
  warnings.push(...importWarnings(la, council, tally));
  return finish(tally, councilRejected, warnings);
}

/**
 * Each column importGias uses, by its index in this file (names match in any case: the download
 * writes `SenUnitCapacity`, hand-made extracts often `SENUnitCapacity`), and the required ones missing.
 */
function columnIndex(raw: CsvTable): { at: Map<string, number>; missing: string[] } {
  // The download has ~140 columns of which ~30 are used: read cells by column index, not as objects.
  const index = new Map(raw.header.map((name, c) => [name.toLowerCase(), c]));
  const missing = GIAS_REQUIRED_COLUMNS.filter((column) => raw.rows.length > 0 && !index.has(column.toLowerCase()));
  // Hot path: each used column's index found once, so a row costs a Map lookup per cell.
  const at = new Map<string, number>();
  for (const column of GIAS_COLUMNS) {
    const c = index.get(column.toLowerCase());
    if (c !== undefined) at.set(column, c);
  }
  return { at, missing };
}

/** Whether the row is left out (closed, not yet open, another LA, not a school place), counting why. */
function leftOut(cell: GiasCell, la: string | undefined, { summary, skippedTypes }: Tally): boolean {
  const status = cell('EstablishmentStatus (name)');
  if (status === 'Closed') summary.closed++;
  else if (status === 'Proposed to open') summary.notOpen++;
  else if (la !== undefined && cell('LA (name)').toLowerCase() !== la) summary.otherLa++;
  else {
    const type = cell('TypeOfEstablishment (name)');
    if (!GIAS_NOT_A_PLACEMENT.includes(type)) return false;
    skippedTypes.set(type, (skippedTypes.get(type) ?? 0) + 1);
    summary.notAPlacement++;
  }
  return true;
}

/** Imports one row, or rejects it with every problem by its column (a council value by the council's line). */
function importRow(cell: GiasCell, line: number, council: Map<string, CouncilEntry>, tally: Tally): void {
  const read = readGiasFields(cell);
  for (const name of read.unknownNeeds) tally.unknownNeeds.set(name, (tally.unknownNeeds.get(name) ?? 0) + 1);
  if (!read.fields) {
    tally.rejected.push(rejection(line, read.problems));
    return;
  }
  const urn = cell('URN');
  const extra = council.get(urn);
  if (extra) tally.usedCouncil.add(urn);
  const { school, defaults } = schoolFromGias(cell, read.fields, extra?.row);
  const result = SchoolSchema.safeParse(school, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path
        .filter((p) => typeof p !== 'number')
        .map(String)
        .join('.');
      const fromCouncil = extra && field.split('.')[0] in extra.row;
      return {
        column: fromCouncil ? field : (GIAS_COLUMN[field] ?? field),
        reason: fromCouncil
          ? `${issueMessage(issue)} (from the council file, line ${extra.line})`
          : issueMessage(issue),
        code: isMissing(issue) ? 'required' : issue.code,
      };
    });
    tally.rejected.push(rejection(line, problems));
    return;
  }
  const first = tally.firstLine.get(urn);
  if (first !== undefined) {
    tally.rejected.push(
      rejection(line, [{ column: 'URN', reason: `duplicate URN ${urn} (first on line ${first})`, code: 'duplicate' }]),
    );
    return;
  }
  tally.firstLine.set(urn, line);
  // Defaults are counted only once the school is imported, so the counts add up to schools imported.
  for (const [field, value] of defaults) {
    const key = `${field}\u0000${value}`;
    const use = tally.defaults.get(key) ?? { field, value, schools: 0 };
    use.schools++;
    tally.defaults.set(key, use);
  }
  tally.records.push(result.data);
  tally.lines.push(line);
}

/** The import's warnings: an LA that matched nothing, unknown needs, types left out, unused council rows. */
function importWarnings(la: string | undefined, council: Map<string, CouncilEntry>, tally: Tally): string[] {
  const { summary } = tally;
  const warnings: string[] = [];
  if (la !== undefined && summary.otherLa === summary.read - summary.closed - summary.notOpen && summary.read > 0) {
    warnings.push(
      `no open establishment has LA (name) ${quoteCell(la)}; check the spelling (GIAS writes e.g. "Kent", "Medway")`,
    );
  }
  for (const [name, count] of tally.unknownNeeds)
    warnings.push(
      `SEN provision ${quoteCell(name)} (${count} ${count === 1 ? 'school' : 'schools'}) is not a known need; ` +
        'mapped to OTH',
    );
  for (const [type, count] of tally.skippedTypes)
    warnings.push(
      `left out ${count} ${quoteCell(type)} ${count === 1 ? 'establishment' : 'establishments'}: not a school ` +
        'place the matcher ranks',
    );
  for (const [urn, { line }] of council) {
    if (!tally.usedCouncil.has(urn)) warnings.push(`council file line ${line}: URN ${urn} matches no imported school`);
  }
  return warnings;
}

function finish(tally: Tally, councilRejected: Rejection[], warnings: string[]): GiasImport {
  const { summary, records, lines, rejected } = tally;
  rejected.sort((a, b) => a.line - b.line);
  summary.imported = records.length;
  summary.rejected = rejected.length;
  summary.defaults = [...tally.defaults.values()].sort(
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
  ...GIAS_SEN_COLUMNS,
  'TypeOfResourcedProvision (name)',
  'ResourcedProvisionOnRoll',
  'ResourcedProvisionCapacity',
  'SenUnitOnRoll',
  'SenUnitCapacity',
  'DistrictAdministrative (name)',
  'Easting',
  'Northing',
];
