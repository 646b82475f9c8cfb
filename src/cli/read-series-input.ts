import { readCsvTable } from '../io/read-csv-table.js';
import { writeCsv } from '../index.js';
import type { Series } from '../index.js';
import { isValidationError, type ValidationIssueInput } from '../index.js';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { InputError } from './input-error.js';
import type { CommandArgs } from './parse-command-args.js';
import { readBytes, readInput, type InputRecords } from './read-input.js';
import { UsageError } from './usage-error.js';

/** The columns of a series CSV that hold the year and the value; absent means `year` and `value`. */
export type SeriesColumns = { year?: string; value?: string };

/**
 * The flags that name a series CSV's columns, shared by every command that reads a series.
 *
 * @example
 * Object.keys(SERIES_COLUMN_OPTIONS); // ['year-column', 'value-column']
 */
export const SERIES_COLUMN_OPTIONS = {
  'year-column': {
    type: 'string',
    value: 'NAME',
    description: 'CSV column holding the year (default year), e.g. yearEnding',
  },
  'value-column': {
    type: 'string',
    value: 'NAME',
    description: 'CSV column holding the value (default value), e.g. spendGbp',
  },
} as const satisfies Command['options'];

/**
 * The series columns a command line names.
 *
 * @example
 * seriesColumnsOf(parseCommandArgs(forecastCommand, ['--series', 's.csv', '--value-column', 'spendGbp'])); // { year:
 *   undefined, value: 'spendGbp' }
 */
export function seriesColumnsOf(args: CommandArgs): SeriesColumns {
  return { year: args.string('year-column'), value: args.string('value-column') };
}

/**
 * Reads the series of `send-placement forecast` (and backtest). A CSV series is `year,value`; a
 * file with other columns (a council's export, `financialYear,yearEnding,spendGbp,...`) is read
 * through the two columns the user names, with problems reported against that file's own lines
 * and column names. A CSV without the columns fails with one message that lists the columns it has
 * and the flags to name them, instead of one "is required" per row.
 *
 * @param io the file system to read from
 * @param file the file as named on the command line
 * @param columns `--year-column` and `--value-column`, when given
 * @param command the command reading it, named in a usage error
 * @throws InputError for bad content or missing columns; UsageError for column flags on a JSON file
 * @example
 * const { records } = await readSeriesInput(io, 'data/kent/spend.csv', { year: 'yearEnding', value: 'spendGbp' });
 * records[0].start; // 2015
 */
export async function readSeriesInput(
  io: CliIo,
  file: string,
  columns: SeriesColumns = {},
  command = 'forecast',
): Promise<InputRecords<Series>> {
  const named = columns.year !== undefined || columns.value !== undefined;
  if (!file.toLowerCase().endsWith('.csv')) {
    if (named) throw new UsageError('--year-column and --value-column apply to a CSV series only', command);
    return readInput(io, 'series', file);
  }
  const year = columns.year ?? 'year';
  const value = columns.value ?? 'value';
  if (!named) {
    // The usual layout goes straight to the reader; only a header without year,value needs more.
    const header = await headerOf(io, file);
    if (header.includes('year') && header.includes('value')) return readInput(io, 'series', file);
  }
  const bytes = await readBytes(io, file);
  let table: ReturnType<typeof readCsvTable>;
  try {
    table = readCsvTable(bytes);
  } catch (error) {
    if (isValidationError(error)) throw new InputError(file, error.issues);
    throw error;
  }
  const missing = [year, value].filter((c) => !table.header.includes(c));
  if (missing.length > 0)
    throw new InputError(file, [
      missingColumns(
        table.header,
        missing,
        named,
        table.rows.map((r) => r.cells),
      ),
    ]);
  if (table.rejected.length > 0) {
    throw new InputError(
      file,
      table.rejected.flatMap((r) =>
        r.problems.map((p) => ({ path: p.column, line: r.line, column: p.column, message: p.reason })),
      ),
    );
  }
  // The two columns as a year,value file; row k of it is line k + 2, mapped back to the user's line.
  const y = table.header.indexOf(year);
  const v = table.header.indexOf(value);
  const projected = writeCsv(
    table.rows.map((r) => ({ year: r.cells[y], value: r.cells[v] })),
    ['year', 'value'],
    { eol: '\n' },
  );
  const lineOf = (line: number | undefined) => (line === undefined ? undefined : (table.rows[line - 2]?.line ?? line));
  const columnOf = (name: string | undefined) => (name === 'year' ? year : name === 'value' ? value : name);
  const projectedIo: CliIo = { ...io, fileSize: undefined, readFile: async () => new TextEncoder().encode(projected) };
  try {
    return await readInput(projectedIo, 'series', file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      file,
      error.issues.map((i) => ({
        ...i,
        line: lineOf(i.line),
        column: columnOf(i.column),
        path: columnOf(i.path) ?? i.path,
      })),
    );
  }
}

/** The header of a CSV file, or [] when it cannot be parsed (the reader then says why). */
async function headerOf(io: CliIo, file: string): Promise<string[]> {
  try {
    return readCsvTable(await readBytes(io, file)).header;
  } catch (error) {
    if (isValidationError(error)) return [];
    throw error;
  }
}

/** One issue for a header without the year or value column: what it has, and the flags to use. */
function missingColumns(header: string[], missing: string[], named: boolean, rows: string[][]): ValidationIssueInput {
  const has = header.length === 0 ? 'no columns' : `columns ${header.join(', ')}`;
  if (named) return { path: '(header)', line: 1, message: `has no column ${missing.join(' or ')} (it has ${has})` };
  const guess = guessColumns(header, rows);
  const example = guess ? `, here perhaps --year-column ${guess.year} --value-column ${guess.value}` : '';
  return {
    path: '(header)',
    line: 1,
    message:
      `a series CSV needs the columns year,value but this file has ${has}; name the year and value ` +
      `columns with --year-column and --value-column${example}`,
  };
}

/**
 * A suggestion only, never applied unasked: the first column named like a year whose cells are all
 * whole numbers, and the first other column whose cells are all numbers.
 */
function guessColumns(header: string[], rows: string[][]): { year: string; value: string } | undefined {
  if (rows.length === 0) return undefined;
  const all = (k: number, test: (n: number) => boolean) => rows.every((r) => r[k].trim() !== '' && test(Number(r[k])));
  const year = header.findIndex((name, k) => /year/i.test(name) && all(k, Number.isInteger));
  if (year < 0) return undefined;
  const value = header.findIndex((_, k) => k !== year && all(k, Number.isFinite));
  return value < 0 ? undefined : { year: header[year], value: header[value] };
}
