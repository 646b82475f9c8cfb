import { isMissing, issueMessage } from '../schema/describe-issue.js';
import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { type PopulationRecord, PopulationRecordSchema } from '../schema/population.js';
import { parseNumberCell, readAcademicYearCell, readCalendarYearCell } from './read-cell.js';
import { NC_YEAR_MAX, NC_YEAR_MIN, parseWith } from '../schema/common.js';
import { type CsvReadOptions, CsvReadOptionsSchema, type TextInput } from './options.js';
import { readCsv } from './read-csv.js';
import { type ReadResult, type Rejection, type RowProblem, rejection } from './read-result.js';

/** Which columns of a population file hold what. Defaults: the layout SEND models use. */
export type PopulationColumns = {
  /** The calendar year (of the January census the population is for). Default `calendar-year`. */
  year?: string;
  /** The NC year (academic year of the cohort, -5 to 20). Default `academic-year`. */
  ncYear?: string;
  /** The number of children and young people. Default `population`. */
  population?: string;
};

/** Options of importPopulation. */
export type PopulationOptions = CsvReadOptions & { columns?: PopulationColumns };

/**
 * The defaults of importPopulation: the column names of the population file SEND transition models
 * read (`calendar-year,academic-year,population`), to which ONS subnational projections reshape.
 *
 * @example
 * POPULATION_DEFAULTS.columns.ncYear; // 'academic-year'
 */
export const POPULATION_DEFAULTS = {
  columns: { year: 'calendar-year', ncYear: 'academic-year', population: 'population' },
} as const;

const ColumnName = z.optional(z.string({ error: 'a column name must be text' }));
const PopulationOptionsSchema = strictOptions(
  {
    ...CsvReadOptionsSchema.shape,
    columns: z.optional(
      strictOptions(
        { year: ColumnName, ncYear: ColumnName, population: ColumnName },
        { error: 'columns must be an object of column names' },
      ),
    ),
  },
  { error: 'options must be an object' },
);

/** A row's cells as a candidate record, with the problems of cells that are not numbers. */
function readRow(
  cell: (column: string) => string,
  columns: Required<PopulationColumns>,
): { candidate: Record<string, number | undefined>; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const number = (column: string) => {
    const text = cell(column);
    if (text === '') return undefined;
    const n = parseNumberCell(text);
    if (n === undefined) problems.push({ column, reason: 'must be a number', code: 'invalid_type' });
    return n;
  };
  const candidate = {
    calendarYear: readCalendarYearCell(cell(columns.year), columns.year, problems),
    ncYear: readAcademicYearCell(cell(columns.ncYear), columns.ncYear, problems),
    count: number(columns.population),
  };
  return { candidate, problems };
}

/** The message of a field's issue, in the words of the file (academic years, not NC years). */
function reasonOf(field: string, code: string, message: string, missing: boolean): string {
  if (missing) return 'is required';
  if (field === 'ncYear' && (code === 'too_small' || code === 'too_big'))
    return `must be an academic (NC) year from ${NC_YEAR_MIN} to ${NC_YEAR_MAX}: birth to 25`;
  return message;
}

/**
 * Imports a population file (`calendar-year,academic-year,population`, one row per calendar year
 * and NC year: the layout SEND transition models read; ONS mid-year estimates and subnational
 * projections reshape to it by age = NC year + 5) as `{ calendarYear, ncYear, count }` records for
 * estimateTransitions, backtestProjection and a scenario's `population`. A row that is not a whole
 * year, an NC year from -5 to 20 and a count of 0 or more, or that repeats a (year, NC year), is
 * rejected with its line, column and reason; the rest are imported.
 *
 * @param input the file's bytes or text
 * @example
 * const p = importPopulation('calendar-year,academic-year,population\n2026,0,17850\n2026,21,100\n');
 * p.records; // [{ calendarYear: 2026, ncYear: 0, count: 17850 }]
 * p.rejected[0].line; // 3 (academic-year must be from -5 to 20)
 */
export function importPopulation(input: TextInput, options: PopulationOptions = {}): ReadResult<PopulationRecord> {
  const opts = parseWith(PopulationOptionsSchema, options ?? {}, 'options');
  const given = Object.fromEntries(Object.entries(opts.columns ?? {}).filter(([, name]) => name !== undefined));
  const columns = { ...POPULATION_DEFAULTS.columns, ...given } as Required<PopulationColumns>;
  const raw = readCsv(input, { maxBytes: opts.maxBytes, delimiter: opts.delimiter });
  const records: PopulationRecord[] = [];
  const lines: number[] = [];
  const rejected: Rejection[] = [...raw.rejected];
  const firstLine = new Map<string, number>();
  const columnOf: Record<string, string> = {
    calendarYear: columns.year,
    ncYear: columns.ncYear,
    count: columns.population,
  };
  raw.records.forEach((row, r) => {
    const line = raw.lines[r];
    const { candidate, problems } = readRow((column) => (row[column] ?? '').trim(), columns);
    const result = PopulationRecordSchema.safeParse(candidate, { reportInput: true });
    if (!result.success) {
      const seen = new Set(problems.map((p) => p.column));
      for (const issue of result.error.issues) {
        const field = String(issue.path[0]);
        const column = columnOf[field] ?? '(row)';
        if (seen.has(column)) continue;
        seen.add(column);
        const missing = isMissing(issue);
        const code = missing ? 'required' : issue.code;
        problems.push({ column, reason: reasonOf(field, issue.code, issueMessage(issue), missing), code });
      }
    }
    if (problems.length > 0 || !result.success) {
      rejected.push(rejection(line, problems));
      return;
    }
    const key = `${result.data.calendarYear}|${result.data.ncYear}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      const { calendarYear, ncYear } = result.data;
      const reason = `${calendarYear}, academic year ${ncYear} appears twice (first on line ${first})`;
      rejected.push(rejection(line, [{ column: columns.ncYear, reason, code: 'duplicate' }]));
      return;
    }
    firstLine.set(key, line);
    records.push(result.data);
    lines.push(line);
  });
  const header = raw.records.length > 0 ? Object.keys(raw.records[0]) : [];
  const warnings = [...raw.warnings];
  const absent = Object.values(columns).filter((c) => raw.records.length > 0 && !header.includes(c));
  if (absent.length > 0)
    warnings.push(`the file has no column ${absent.join(', ')}; name it in options.columns (every row is rejected)`);
  rejected.sort((a, b) => a.line - b.line);
  return {
    records,
    lines,
    rejected,
    warnings,
    summary: { read: raw.summary.read, imported: records.length, rejected: rejected.length },
  };
}
