import type { Series } from '../schema/series.js';
import { byCodePoint } from './by-code-point.js';
import { parseNumberCell } from './flatten.js';
import { z } from 'zod';
import { CsvReadOptionsSchema, parseReadOptions, type CsvReadOptions } from './options.js';
import { readCsv } from './read-csv.js';
import { writeCsv } from './write-csv.js';
import type { CsvWriteOptions } from './options.js';
import { rejection, type Rejection } from './read-result.js';

/** Which columns of a statistics file hold what. Defaults match the DfE's published EHCP files. */
export type Sen2Columns = {
  /** The year: `2024` (calendar year of the January census) or `202425` (academic year). Default `time_period`. */
  year?: string;
  /** The area's name. Default `la_name`. */
  area?: string;
  /** The area's code, kept alongside. Default `new_la_code`. */
  areaCode?: string;
  /** The placement or establishment type each count is for. Default `establishment_type`. */
  category?: string;
  /** The count. Default `num_caseload` (caseload files; use `num_new_plans` for new plans). */
  value?: string;
  /** The geographic level. Default `geographic_level`. */
  level?: string;
};

/** Options of importSen2. */
export type Sen2Options = CsvReadOptions & {
  columns?: Sen2Columns;
  /** Keep rows at this geographic level. Default `Local authority`. */
  level?: string;
  /** Keep only this area (name or code, any case). */
  la?: string;
  /**
   * Keep only rows whose column has this value, for columns present in the file. Default
   * `{ ehcp_or_statement: 'Total' }`, so plans are not counted twice (EHCP + Statement + Total).
   */
  filters?: Record<string, string>;
};

/**
 * The defaults of importSen2: the column names and filters of the DfE's "Education, health and care
 * plans" downloads from explore-education-statistics.
 *
 * @example
 * SEN2_DEFAULTS.columns.value; // 'num_caseload'
 */
export const SEN2_DEFAULTS = {
  columns: {
    year: 'time_period',
    area: 'la_name',
    areaCode: 'new_la_code',
    category: 'establishment_type',
    value: 'num_caseload',
    level: 'geographic_level',
  },
  level: 'Local authority',
  filters: { ehcp_or_statement: 'Total' } as Record<string, string>,
  /** Symbols the DfE publishes in place of a number: suppressed, not available, not applicable, rounds to 0. */
  suppressed: ['c', 'x', 'z', 'u', 'low', ':', '..'],
} as const;

const ColumnName = z.string({ error: 'a column name must be text' }).optional();
const Sen2OptionsSchema = z.object({
  ...CsvReadOptionsSchema.shape,
  columns: z
    .object(
      {
        year: ColumnName,
        area: ColumnName,
        areaCode: ColumnName,
        category: ColumnName,
        value: ColumnName,
        level: ColumnName,
      },
      { error: 'columns must be an object of column names' },
    )
    .optional(),
  level: z.string({ error: 'level must be text' }).optional(),
  la: z.string({ error: 'la must be text' }).optional(),
  filters: z
    .record(z.string(), z.string({ error: 'a filter value must be text' }), {
      error: 'filters must map column names to values',
    })
    .optional(),
});

/** One series: the counts of one area and one placement type, year by year. */
export type Sen2Series = { area: string; areaCode?: string; category: string; series: Series };

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
 * `202425` is 2025, since the DfE counts EHCPs at the January census inside the academic year.
 * Undefined for anything else.
 *
 * @example
 * censusYear('202425'); // 2025
 * censusYear('2024'); // 2024
 */
export function censusYear(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  const m = /^(\d{4})(\d{2})$/.exec(t);
  if (m && (Number(m[1]) + 1) % 100 === Number(m[2])) return Number(m[1]) + 1;
  return undefined;
}

/**
 * Imports EHCP counts from a DfE statistics CSV (the "Education, health and care plans" downloads:
 * `time_period, time_identifier, geographic_level, ..., new_la_code, la_name, establishment_group,
 * establishment_type, ehcp_or_statement, num_caseload, ...`) into one annual series per area and
 * placement type, ready for `forecast`. Column names can be given for other layouts.
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
export function importSen2(input: string | Uint8Array, options: Sen2Options = {}): Sen2Import {
  const opts = parseReadOptions(options, Sen2OptionsSchema);
  const given = Object.fromEntries(Object.entries(opts.columns ?? {}).filter(([, name]) => name !== undefined));
  const columns = { ...SEN2_DEFAULTS.columns, ...given } as typeof SEN2_DEFAULTS.columns;
  const level = opts.level ?? SEN2_DEFAULTS.level;
  const filters = opts.filters ?? SEN2_DEFAULTS.filters;
  const la = opts.la?.trim().toLowerCase();
  const raw = readCsv(input, { maxBytes: opts.maxBytes, delimiter: opts.delimiter });
  const rejected: Rejection[] = [...raw.rejected];
  const warnings: string[] = [];
  const summary: Sen2Summary = { read: raw.summary.read, imported: 0, rejected: 0, suppressed: 0, leftOut: 0 };
  const header = raw.records.length > 0 ? Object.keys(raw.records[0]) : [];
  for (const required of [columns.year, columns.value]) {
    if (raw.records.length > 0 && !header.includes(required))
      warnings.push(`the file has no column ${required}; name it in options.columns`);
  }
  const activeFilters = Object.entries(filters).filter(([column]) => header.includes(column));

  type Group = {
    area: string;
    areaCode?: string;
    category: string;
    points: Map<number, { value: number; line: number }>;
  };
  const groups = new Map<string, Group>();
  let firstSuppressed: number | undefined;

  raw.records.forEach((row, r) => {
    const line = raw.lines[r];
    const cell = (column: string) => (row[column] ?? '').trim();
    if (header.includes(columns.level) && cell(columns.level) !== level) {
      summary.leftOut++;
      return;
    }
    if (activeFilters.some(([column, wanted]) => cell(column) !== wanted)) {
      summary.leftOut++;
      return;
    }
    const area = cell(columns.area) || cell('region_name') || cell('country_name') || level;
    const areaCode = cell(columns.areaCode) || undefined;
    if (la !== undefined && area.toLowerCase() !== la && areaCode?.toLowerCase() !== la) {
      summary.leftOut++;
      return;
    }
    const category = header.includes(columns.category) ? cell(columns.category) || 'Total' : 'Total';

    const valueText = cell(columns.value);
    if ((SEN2_DEFAULTS.suppressed as readonly string[]).includes(valueText.toLowerCase())) {
      firstSuppressed ??= line;
      summary.suppressed++;
      return;
    }
    const year = censusYear(cell(columns.year));
    const value = parseNumberCell(valueText);
    const problems = [];
    if (year === undefined)
      problems.push({ column: columns.year, reason: 'must be a year (2024) or an academic year (202425)' });
    if (value === undefined || value < 0)
      problems.push({ column: columns.value, reason: 'must be a count: a number 0 or more' });
    if (problems.length > 0) {
      rejected.push(rejection(line, problems));
      return;
    }

    const key = `${area}\u0000${category}`;
    let group = groups.get(key);
    if (!group) {
      group = { area, ...(areaCode ? { areaCode } : {}), category, points: new Map() };
      groups.set(key, group);
    }
    const first = group.points.get(year!);
    if (first) {
      rejected.push(
        rejection(line, [
          {
            column: columns.year,
            reason: `${area}, ${category}: year ${year} appears twice (first on line ${first.line})`,
          },
        ]),
      );
      return;
    }
    group.points.set(year!, { value: value!, line });
    summary.imported++;
  });

  if (summary.suppressed > 0) {
    warnings.push(
      `left out ${summary.suppressed} ${summary.suppressed === 1 ? 'row' : 'rows'} whose count is suppressed or ` +
        `not applicable (c, z, x...); the first is on line ${firstSuppressed}`,
    );
  }
  const records: Sen2Series[] = [];
  for (const group of groups.values()) {
    const years = [...group.points.keys()].sort((a, b) => a - b);
    let from = 0;
    for (let k = 1; k < years.length; k++) if (years[k] !== years[k - 1] + 1) from = k;
    if (from > 0) {
      warnings.push(
        `${group.area}, ${group.category}: year ${years[from] - 1} is missing, so the series starts in ${years[from]}`,
      );
      // The rows before the gap are read but not in any series: count them as left out.
      summary.imported -= from;
      summary.leftOut += from;
    }
    const kept = years.slice(from);
    records.push({
      area: group.area,
      ...(group.areaCode ? { areaCode: group.areaCode } : {}),
      category: group.category,
      series: { start: kept[0], values: kept.map((y) => group.points.get(y)!.value) },
    });
  }
  records.sort((a, b) => byCodePoint(a.area, b.area) || byCodePoint(a.category, b.category));
  rejected.sort((a, b) => a.line - b.line);
  summary.rejected = rejected.length;
  return { records, rejected, warnings, summary };
}

/**
 * Writes imported SEN2 series as one long CSV, `area,areaCode,category,year,value`, a row per year:
 * easy to filter in a spreadsheet, and each area and category's `year,value` columns are a series file.
 *
 * @example
 * writeSen2Csv([{ area: 'Kent', category: 'Independent school', series: { start: 2023, values: [1050, 1172] } }]);
 * // 'area,areaCode,category,year,value\r\nKent,,Independent school,2023,1050\r\nKent,,Independent
 *   school,2024,1172\r\n'
 */
export function writeSen2Csv(records: readonly Sen2Series[], options: CsvWriteOptions = {}): string {
  const rows = records.flatMap((r) =>
    r.series.values.map((value, k) => ({
      area: r.area,
      areaCode: r.areaCode,
      category: r.category,
      year: r.series.start + k,
      value,
    })),
  );
  return writeCsv(rows, ['area', 'areaCode', 'category', 'year', 'value'], options);
}
