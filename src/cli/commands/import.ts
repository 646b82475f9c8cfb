import { formatCount } from '../../report/figure-format.js';
import { importGias, readCouncilSchoolsCsv } from '../../io/gias/index.js';
import { GIAS_REQUIRED_COLUMNS, type GiasImport } from '../../io/gias/import-gias.js';
import { readCsvTable } from '../../io/read-csv-table.js';
import { importSen2, type Sen2Import } from '../../index.js';
import { SEN2_DEFAULTS } from '../../io/sen2-options.js';
import type { Rejection } from '../../index.js';
import { writeSchoolsCsv } from '../../index.js';
import { writeCsv } from '../../index.js';
import type { CliIo } from '../cli-io.js';
import type { Command } from '../command.js';
import { InputError, readingFile } from '../input-error.js';
import { readImported } from '../read-imported.js';
import { type ExpectedLayout, layoutIssue, nameHint, nothingImported } from '../nothing-imported.js';
import { readBytes } from '../read-input.js';
import { readTransitionsInput } from '../read-transitions-input.js';
import { NON_SEND_CODE_OPTION } from '../history-flags.js';
import { countNoun } from '../../report/count-noun.js';

/** One warning line per rejected row: the import goes on, and no row is lost without a word. */
function rejectionNotes(file: string, rejected: readonly Rejection[]): string[] {
  return rejected.flatMap((r) =>
    r.problems.map((p) => `warning: ${file} line ${r.line}, ${p.column}: ${p.reason} (row not imported)`),
  );
}

/** Counts of rows left out (not rejected), for the message when nothing was imported: '3 closed, 1 in other LAs'. */
function leftOutWords(counts: [number, string][]): string | undefined {
  const some = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return some.length > 0 ? some.join(', ') : undefined;
}

const GIAS_LAYOUT: ExpectedLayout = {
  required: GIAS_REQUIRED_COLUMNS,
  what: 'a GIAS establishment download',
  instead:
    'give the establishment download (edubasealldata.csv, "Establishment fields" from ' +
    'get-information-schools.service.gov.uk/Downloads)',
  anyCase: true,
};

/** The `LA (name)` of every row, for a did-you-mean when --la matched none. */
function laNames(input: Uint8Array): string[] {
  const table = readCsvTable(input);
  const c = table.header.findIndex((h) => h.toLowerCase() === 'la (name)');
  return c < 0 ? [] : table.rows.map((r) => r.cells[c].trim());
}

/** Why a GIAS import gave no school: not a download, an LA no row has, or every row left out or rejected. */
function noSchools(file: string, input: Uint8Array, la: string | undefined, result: GiasImport): InputError {
  const layout = layoutIssue(input, GIAS_LAYOUT);
  if (layout) return new InputError(file, [layout]);
  const s = result.summary;
  if (la !== undefined && s.otherLa > 0 && s.otherLa === s.read - s.closed - s.notOpen) {
    const names = laNames(input);
    const has = names.some((n) => n.toLowerCase() === la.trim().toLowerCase());
    const why = has ? 'its establishments in the file are all closed or not yet open' : nameHint(la, names);
    return new InputError(file, [{ path: '(file)', message: `no open establishment has LA (name) "${la}"; ${why}` }]);
  }
  const leftOut = leftOutWords([
    [s.closed, 'closed'],
    [s.notOpen, 'not yet open'],
    [s.otherLa, 'in other LAs'],
    [s.notAPlacement, 'not school places'],
  ]);
  return nothingImported(file, result.rejected, leftOut);
}

const COUNCIL_HELP = 'give a CSV with a urn column and any of annualFee, lot, vacancies, capacity, ofsted, district';

/**
 * Reads the --council file on its own first, so that a file-level problem (no urn column, a wrong separator) is
 * reported against it, not against the GIAS file.
 */
async function readCouncilInput(io: CliIo, file: string): Promise<Uint8Array> {
  const bytes = await readBytes(io, file);
  const read = readingFile(file, () => readCouncilSchoolsCsv(bytes));
  if (read.records.length === 0) {
    const layout = layoutIssue(bytes, { required: ['urn'], what: "a council's school file", instead: COUNCIL_HELP });
    throw layout ? new InputError(file, [layout]) : nothingImported(file, read.rejected, undefined);
  }
  return bytes;
}

/**
 * `send-placement import gias`: the DfE's GIAS establishment download as school records, ready for
 * `rank` and `allocate` (the output file is their --schools input).
 *
 * @example
 * // send-placement import gias --file edubasealldata.csv --la Kent --council kent-fees.csv --out schools.csv
 */
export const importGiasCommand: Command = {
  name: 'import gias',
  summary: 'Import schools from the DfE GIAS establishment download (edubasealldata.csv).',
  details: [
    'Easting/northing become WGS84 latitude/longitude; SEN need names become codes; ages become NC years;',
    'closed establishments are left out and counted. Fees, lots, vacancies and Ofsted grades come from',
    '--council (CSV joined on urn: annualFee, lot, vacancies, ofsted, ...), else defaults, which are reported.',
    'Rows that cannot be imported are listed as warnings with their line and reason. A file that gives no school',
    '(empty, not a GIAS download, an --la no row has) is refused with why (exit 2), and nothing is written.',
  ].join('\n'),
  options: {
    file: {
      type: 'string',
      value: 'FILE',
      required: true,
      description: 'the GIAS establishment CSV (Windows-1252 or UTF-8)',
    },
    la: { type: 'string', value: 'NAME', description: 'keep only this local authority, by LA (name), e.g. Kent' },
    council: {
      type: 'string',
      value: 'FILE',
      description: "the council's CSV of fees, lots and vacancies, joined on urn",
    },
  },
  examples: [
    'send-placement import gias --file edubasealldata.csv --la Kent --council kent-fees.csv --out schools.csv',
  ],
  async run({ io, args }) {
    const file = args.requiredString('file');
    const la = args.string('la');
    const councilFile = args.string('council');
    const input = await readBytes(io, file);
    const council = councilFile ? await readCouncilInput(io, councilFile) : undefined;
    const result = readingFile(file, () =>
      importGias(input, { ...(la ? { la } : {}), ...(council ? { council } : {}) }),
    );
    if (result.records.length === 0) throw noSchools(file, input, la, result);
    const s = result.summary;
    return {
      json: result.records,
      csv: writeSchoolsCsv(result.records, { eol: '\n' }),
      tables: [
        {
          columns: ['urn', 'name', 'kind', 'needs', 'ncYears', 'lat', 'lon', 'capacity', 'vacancies', 'annualFee'],
          rows: result.records.map((r) => ({
            urn: r.urn,
            name: r.name,
            kind: r.kind,
            needs: r.needs.join(';'),
            // '-2 to 14', not '-2-14', which reads as a sum or a range from -2 to -14.
            ncYears: r.ncYears[0] === r.ncYears[1] ? `${r.ncYears[0]}` : `${r.ncYears[0]} to ${r.ncYears[1]}`,
            lat: r.location.lat,
            lon: r.location.lon,
            capacity: r.capacity,
            vacancies: r.vacancies,
            annualFee: r.annualFee,
          })),
        },
      ],
      notes: [
        ...rejectionNotes(file, result.rejected),
        ...(councilFile ? rejectionNotes(councilFile, result.councilRejected) : []),
        ...result.warnings.map((w) => `warning: ${w}`),
        ...s.defaults.map(
          (d) =>
            `default: ${d.field} = ${defaultValue(d.field, d.value)} for ${countNoun(d.schools, 'school')} ` +
            '(not in GIAS or the council file)',
        ),
        `${readImported(file, s)}, ${formatCount(s.closed)} closed, ${formatCount(s.notOpen)} not yet open, ` +
          `${formatCount(s.otherLa)} in other LAs, ${formatCount(s.notAPlacement)} not school places`,
      ],
    };
  },
};

const SEN2_LAYOUT: ExpectedLayout = {
  required: [SEN2_DEFAULTS.columns.year, SEN2_DEFAULTS.columns.value],
  what: 'a DfE EHCP statistics file',
  instead:
    'import sen2 reads the DfE\'s "Education, health and care plans" CSV as published (time_period, ' +
    'geographic_level, la_name, establishment_type, num_caseload...); a series of your own needs no import: give ' +
    'it to forecast --series, naming its columns with --year-column and --value-column',
};

/** Why a SEN2 import gave no count: not a statistics file, an area no row has, or every row left out or rejected. */
function noCounts(file: string, input: Uint8Array, la: string | undefined, result: Sen2Import): InputError {
  const layout = layoutIssue(input, SEN2_LAYOUT);
  if (layout) return new InputError(file, [layout]);
  if (la !== undefined) {
    const all = importSen2(input).records;
    if (all.length > 0) {
      const names = all.flatMap((r) => [r.area, ...(r.areaCode ? [r.areaCode] : [])]);
      return new InputError(file, [{ path: '(file)', message: `no count for area "${la}"; ${nameHint(la, names)}` }]);
    }
  }
  const s = result.summary;
  const leftOut = leftOutWords([
    [s.suppressed, 'suppressed'],
    [s.leftOut, `left out (not at the ${SEN2_DEFAULTS.level.toLowerCase()} level, or not a total)`],
  ]);
  return nothingImported(file, result.rejected, leftOut);
}

/**
 * `send-placement import sen2`: DfE EHCP statistics as one annual series per area and placement
 * type; the JSON output is a list of series that `forecast --series` reads as it is.
 *
 * @example
 * // send-placement import sen2 --file ehcp_caseload.csv --la Kent --out kent-series.json
 */
export const importSen2Command: Command = {
  name: 'import sen2',
  summary: 'Import EHCP counts from a DfE SEN2 / EHCP statistics CSV as series for forecast.',
  details: [
    'One series per area and placement type (establishment_type), by January census year. Suppressed',
    'counts (c, x, z...) are left out and counted. JSON output is a list of { area, category, start, values }',
    'that forecast and backtest read directly; CSV output is area,areaCode,category,year,value. A file that',
    'gives no count (empty, another layout, an --la no row has) is refused with why (exit 2), and nothing is written.',
  ].join('\n'),
  options: {
    file: { type: 'string', value: 'FILE', required: true, description: 'the statistics CSV' },
    la: { type: 'string', value: 'NAME', description: 'keep only this area (name or code)' },
  },
  examples: ['send-placement import sen2 --file ehcp_caseload.csv --la Kent --out kent-series.json'],
  async run({ io, args }) {
    const file = args.requiredString('file');
    const la = args.string('la');
    const input = await readBytes(io, file);
    const result = readingFile(file, () => importSen2(input, la ? { la } : {}));
    if (result.records.length === 0) throw noCounts(file, input, la, result);
    const rows = result.records.flatMap((r) =>
      r.series.values.map((value, k) => ({
        area: r.area,
        areaCode: r.areaCode,
        category: r.category,
        year: r.series.start + k,
        value,
      })),
    );
    const columns = ['area', 'areaCode', 'category', 'year', 'value'];
    const s = result.summary;
    return {
      json: result.records.map((r) => ({
        area: r.area,
        ...(r.areaCode ? { areaCode: r.areaCode } : {}),
        category: r.category,
        start: r.series.start,
        values: r.series.values,
      })),
      csv: writeCsv(rows, columns, { eol: '\n' }),
      tables: [{ columns, rows }],
      notes: [
        ...rejectionNotes(file, result.rejected),
        ...result.warnings.map((w) => `warning: ${w}`),
        `${readImported(file, s)}, ${formatCount(s.suppressed)} ` +
          `suppressed, ${formatCount(s.leftOut)} left out; ${formatCount(result.records.length)} series`,
      ],
    };
  },
};

/**
 * `send-placement import transitions`: a child-level transitions file (witan.send layout) with a
 * setting-code mapping, as the history estimateTransitions takes.
 *
 * @example
 * // send-placement import transitions --file transitions.csv --settings settings.csv --out history.json
 */
export const importTransitionsCommand: Command = {
  name: 'import transitions',
  summary: 'Import child-level transitions (calendar-year,setting-1,need-1,...) with a setting mapping.',
  details: [
    'The file has the columns calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2;',
    "--settings maps the council's setting codes (code,setting) to mainstream, srp, maintained-special,",
    'independent, non-maintained or other, in any case or spacing (post-16: an FE college is usually other, a',
    'specialist post-16 institution independent). NONSEND (or --non-send-code) marks joiners and leavers.',
    'Academic years run from -5 (birth) to 20 (age 25). A setting code missing from the mapping, a mapping',
    'row that cannot be read, or a need label that is no SEN2 need in over 1% of the need cells stops the',
    'whole run with exit 2, saying where and how to fix it; a rarer unknown need label becomes OTH with a',
    'warning. Other rows that cannot be imported are listed with their line and column. A file or mapping',
    'that gives nothing is refused with why (exit 2), and nothing is written.',
  ].join('\n'),
  options: {
    file: { type: 'string', value: 'FILE', required: true, description: 'the transitions CSV' },
    settings: { type: 'string', value: 'FILE', required: true, description: 'the setting mapping CSV (code,setting)' },
    'non-send-code': NON_SEND_CODE_OPTION,
  },
  examples: ['send-placement import transitions --file transitions.csv --settings settings.csv --out history.json'],
  async run({ io, args }) {
    const file = args.requiredString('file');
    const settingsFile = args.requiredString('settings');
    const result = await readTransitionsInput(io, file, settingsFile, args.string('non-send-code'));
    const columns = ['calendarYear', 'setting1', 'need1', 'ncYear1', 'setting2', 'need2', 'ncYear2'];
    const rows = result.records.map((r) => ({ ...r }));
    const s = result.summary;
    return {
      json: result.records,
      csv: writeCsv(rows, columns, { eol: '\n' }),
      tables: [{ columns, rows }],
      notes: [
        ...rejectionNotes(settingsFile, result.settingsRejected),
        ...rejectionNotes(file, result.rejected),
        ...result.warnings.map((w) => `warning: ${w}`),
        readImported(file, s),
      ],
    };
  },
};

/**
 * A default's value as a planner reads it: a fee in pounds a year, anything else as it is.
 *
 * @example
 * defaultValue('annualFee (independent)', 52000); // '£52,000 a year'
 * defaultValue('lot', 'none'); // 'none'
 */
function defaultValue(field: string, value: string | number): string {
  return field.startsWith('annualFee') && typeof value === 'number'
    ? `£${value.toLocaleString('en-GB')} a year`
    : `${value}`;
}
