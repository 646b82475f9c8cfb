import type { TextInput } from './options.js';
import type { Series } from '../schema/series.js';
import { byCodePoint } from './by-code-point.js';
import { parseNumberCell, yearEnding } from './read-cell.js';
import { parseWith } from '../schema/common.js';
import { readCsv } from './read-csv.js';
import { writeCsv } from './write-csv.js';
import type { CsvWriteOptions } from './options.js';
import { rejection, type Rejection, type RowProblem } from './read-result.js';
import { ageBandNcYears } from './sen2-age-band.js';
import { SEN2_DEFAULTS, type Sen2Columns, type Sen2Options, Sen2OptionsSchema } from './sen2-options.js';

// The options and their defaults live in sen2-options.ts; re-exported here, where callers look for them.
export { SEN2_DEFAULTS } from './sen2-options.js';
export type { Sen2Columns, Sen2Options } from './sen2-options.js';

/**
 * One series: the counts of one area, one placement type and, in the age-group files, one age band,
 * year by year. A band the DfE publishes carries its NC years (see ageBandNcYears).
 */
export type Sen2Series = {
  area: string;
  areaCode?: string;
  category: string;
  ageBand?: string;
  ncYears?: [number, number];
  series: Series;
};

/** Counts of a SEN2 import: `read = imported + rejected + suppressed + leftOut`. */
export type Sen2Summary = {
  read: number;
  imported: number;
  rejected: number;
  /** Rows whose count is a suppression symbol (`c`, `z`, `x`...), left out. */
  suppressed: number;
  /** Rows at another geographic level, in another area, or not matching `filters`, left out. */
  leftOut: number;
};

/** What importSen2 returns: one series per area and category. */
export type Sen2Import = { records: Sen2Series[]; rejected: Rejection[]; warnings: string[]; summary: Sen2Summary };

/**
 * The January census year of a `time_period`: a calendar year (`2024`) is itself; an academic year
 * `202425` (or `2024/25`) is 2025, since the DfE counts EHCPs at the January census inside the
 * academic year (see yearEnding). Undefined for anything else.
 *
 * @example
 * censusYear('202425'); // 2025
 * censusYear('2024'); // 2024
 */
export function censusYear(text: string): number | undefined {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? Number(t) : yearEnding(t);
}

type Columns = Required<Sen2Columns>;

/** One series being built: its counts by census year, each with its line. */
type Group = {
  area: string;
  areaCode?: string;
  category: string;
  ageBand?: string;
  points: Map<number, { value: number; line: number }>;
};

/** What one row is: left out, suppressed, rejected, or a count of a group in a year. */
type RowOutcome =
  | { kind: 'left-out' }
  | { kind: 'suppressed' }
  | { kind: 'rejected'; problems: RowProblem[] }
  | { kind: 'count'; key: string; group: Omit<Group, 'points'>; year: number; value: number };

/** What reading a row needs besides the row. */
type RowContext = {
  columns: Columns;
  header: string[];
  level: string;
  activeFilters: Array<[string, string]>;
  la?: string;
};

/** Reads one row: left out (level, filters, area), suppressed, rejected, or a count. */
function readRow(cell: (column: string) => string, ctx: RowContext): RowOutcome {
  const { columns, header } = ctx;
  if (header.includes(columns.level) && cell(columns.level) !== ctx.level) return { kind: 'left-out' };
  if (ctx.activeFilters.some(([column, wanted]) => cell(column) !== wanted)) return { kind: 'left-out' };
  const area = cell(columns.area) || cell('region_name') || cell('country_name') || ctx.level;
  const areaCode = cell(columns.areaCode) || undefined;
  if (ctx.la !== undefined && area.toLowerCase() !== ctx.la && areaCode?.toLowerCase() !== ctx.la)
    return { kind: 'left-out' };
  const category = header.includes(columns.category) ? cell(columns.category) || 'Total' : 'Total';
  const ageBand = header.includes(columns.age) ? cell(columns.age) || 'Total' : undefined;
  const valueText = cell(columns.value);
  if ((SEN2_DEFAULTS.suppressed as readonly string[]).includes(valueText.toLowerCase())) return { kind: 'suppressed' };
  const year = censusYear(cell(columns.year));
  const value = parseNumberCell(valueText);
  const problems: RowProblem[] = [];
  if (year === undefined)
    problems.push({
      column: columns.year,
      reason: 'must be a year (2024) or an academic year (202425)',
      code: 'invalid_type',
    });
  if (value === undefined || value < 0) {
    const code = value === undefined ? 'invalid_type' : 'too_small';
    problems.push({ column: columns.value, reason: 'must be a count: a number 0 or more', code });
  }
  if (problems.length > 0) return { kind: 'rejected', problems };
  const group = { area, ...(areaCode ? { areaCode } : {}), category, ...(ageBand ? { ageBand } : {}) };
  return { kind: 'count', key: `${area}\u0000${category}\u0000${ageBand ?? ''}`, group, year: year!, value: value! };
}

/** The name of a group in messages: area, category and age band. */
const nameOf = (g: Omit<Group, 'points'>) => [g.area, g.category, g.ageBand].filter(Boolean).join(', ');

/**
 * Turns each group into a series of consecutive years: after a missing year only the later years
 * are kept (the earlier rows are counted as left out, with a warning).
 */
function seriesOf(groups: Iterable<Group>, summary: Sen2Summary, warnings: string[]): Sen2Series[] {
  const records: Sen2Series[] = [];
  for (const group of groups) {
    const years = [...group.points.keys()].sort((a, b) => a - b);
    let from = 0;
    for (let k = 1; k < years.length; k++) if (years[k] !== years[k - 1] + 1) from = k;
    if (from > 0) {
      warnings.push(`${nameOf(group)}: year ${years[from] - 1} is missing, so the series starts in ${years[from]}`);
      summary.imported -= from;
      summary.leftOut += from;
    }
    const kept = years.slice(from);
    const ncYears = group.ageBand === undefined ? undefined : ageBandNcYears(group.ageBand);
    records.push({
      area: group.area,
      ...(group.areaCode ? { areaCode: group.areaCode } : {}),
      category: group.category,
      ...(group.ageBand === undefined ? {} : { ageBand: group.ageBand }),
      ...(ncYears ? { ncYears } : {}),
      series: { start: kept[0], values: kept.map((y) => group.points.get(y)!.value) },
    });
  }
  return records.sort(
    (a, b) =>
      byCodePoint(a.area, b.area) ||
      byCodePoint(a.category, b.category) ||
      (a.ncYears?.[0] ?? Number.POSITIVE_INFINITY) - (b.ncYears?.[0] ?? Number.POSITIVE_INFINITY) ||
      byCodePoint(a.ageBand ?? '', b.ageBand ?? ''),
  );
}

/**
 * Imports EHCP counts from a DfE statistics CSV (the "Education, health and care plans" downloads:
 * `time_period, time_identifier, geographic_level, ..., new_la_code, la_name, establishment_group,
 * establishment_type, ehcp_or_statement, num_caseload, ...`) into one annual series per area and
 * placement type, ready for `forecast`. The age-group files (column `age`: "Under age 5" ... "Age
 * 16 to 19", "Age 20 to 25") give one series per age band, each with the NC years it covers
 * (`ncYears`, see ageBandNcYears). Column names can be given for other layouts.
 * Rows at other levels or not matching the filters are left out and counted; suppressed counts
 * (`c`, `z`...) are counted and warned about; unreadable rows and repeated years are rejected with
 * their line. When a series has a missing year, only the years after the gap are kept (with a warning).
 *
 * @example
 * const csv = 'time_period,geographic_level,la_name,establishment_type,num_caseload\n' +
 *   '2023,Local authority,Kent,Independent school,1050\n2024,Local authority,Kent,Independent school,1172\n';
 * importSen2(csv).records;
 * // [{ area: 'Kent', category: 'Independent school', series: { start: 2023, values: [1050, 1172] } }]
 */
export function importSen2(input: TextInput, options: Sen2Options = {}): Sen2Import {
  const opts = parseWith(Sen2OptionsSchema, options ?? {}, 'options');
  const given = Object.fromEntries(Object.entries(opts.columns ?? {}).filter(([, name]) => name !== undefined));
  const columns = { ...SEN2_DEFAULTS.columns, ...given } as Columns;
  const raw = readCsv(input, { maxBytes: opts.maxBytes, delimiter: opts.delimiter });
  const rejected: Rejection[] = [...raw.rejected];
  const warnings: string[] = [];
  const summary: Sen2Summary = { read: raw.summary.read, imported: 0, rejected: 0, suppressed: 0, leftOut: 0 };
  const header = raw.records.length > 0 ? Object.keys(raw.records[0]) : [];
  for (const required of [columns.year, columns.value]) {
    if (raw.records.length > 0 && !header.includes(required))
      warnings.push(`the file has no column ${required}; name it in options.columns`);
  }
  const filters = opts.filters ?? SEN2_DEFAULTS.filters;
  const ctx: RowContext = {
    columns,
    header,
    level: opts.level ?? SEN2_DEFAULTS.level,
    activeFilters: Object.entries(filters).filter(([column]) => header.includes(column)),
    ...(opts.la === undefined ? {} : { la: opts.la.trim().toLowerCase() }),
  };
  const groups = new Map<string, Group>();
  let firstSuppressed: number | undefined;
  raw.records.forEach((row, r) => {
    const line = raw.lines[r];
    const outcome = readRow((column) => (row[column] ?? '').trim(), ctx);
    if (outcome.kind === 'left-out') summary.leftOut++;
    else if (outcome.kind === 'suppressed') {
      firstSuppressed ??= line;
      summary.suppressed++;
    } else if (outcome.kind === 'rejected') rejected.push(rejection(line, outcome.problems));
    else {
      const group = groups.get(outcome.key) ?? { ...outcome.group, points: new Map() };
      groups.set(outcome.key, group);
      const first = group.points.get(outcome.year);
      if (first) {
        const reason = `${nameOf(group)}: year ${outcome.year} appears twice (first on line ${first.line})`;
        rejected.push(rejection(line, [{ column: columns.year, reason, code: 'duplicate' }]));
        return;
      }
      group.points.set(outcome.year, { value: outcome.value, line });
      summary.imported++;
    }
  });
  if (summary.suppressed > 0) {
    warnings.push(
      `left out ${summary.suppressed} ${summary.suppressed === 1 ? 'row' : 'rows'} whose count is suppressed or ` +
        `not applicable (c, z, x...); the first is on line ${firstSuppressed}`,
    );
  }
  const records = seriesOf(groups.values(), summary, warnings);
  const unknownBands = [
    ...new Set(
      records.filter((r) => r.ageBand && !r.ncYears && r.ageBand.toLowerCase() !== 'total').map((r) => r.ageBand),
    ),
  ];
  if (unknownBands.length > 0)
    warnings.push(`age bands ${unknownBands.join(', ')} are not ones the DfE publishes: kept without NC years`);
  rejected.sort((a, b) => a.line - b.line);
  summary.rejected = rejected.length;
  return { records, rejected, warnings, summary };
}

/**
 * Writes imported SEN2 series as one long CSV, `area,areaCode,category,year,value`, a row per year:
 * easy to filter in a spreadsheet, and each area and category's `year,value` columns are a series
 * file. Series of age bands add `ageBand,ncYearFrom,ncYearTo` after `category`.
 *
 * @example
 * writeSen2Csv([{ area: 'Kent', category: 'Independent school', series: { start: 2023, values: [1050, 1172] } }]);
 * // 'area,areaCode,category,year,value\r\nKent,,Independent school,2023,1050\r\nKent,,Independent
 *   school,2024,1172\r\n'
 */
export function writeSen2Csv(records: readonly Sen2Series[], options: CsvWriteOptions = {}): string {
  const banded = records.some((r) => r.ageBand !== undefined);
  const rows = records.flatMap((r) =>
    r.series.values.map((value, k) => ({
      area: r.area,
      areaCode: r.areaCode,
      category: r.category,
      ageBand: r.ageBand,
      ncYearFrom: r.ncYears?.[0],
      ncYearTo: r.ncYears?.[1],
      year: r.series.start + k,
      value,
    })),
  );
  const columns = banded
    ? ['area', 'areaCode', 'category', 'ageBand', 'ncYearFrom', 'ncYearTo', 'year', 'value']
    : ['area', 'areaCode', 'category', 'year', 'value'];
  return writeCsv(rows, columns as Array<keyof (typeof rows)[number]>, options);
}
