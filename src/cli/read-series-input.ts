import { parseNumberCell, parseYearCell, yearEnding } from '../io/read-cell.js';
import { formatAcademicYear } from '../report/figure-format.js';
import { readCsvTable, type CsvTable } from '../io/read-csv-table.js';
import { headerAliases } from '../io/read-typed-csv.js';
import { plainWord } from '../schema/nearest.js';
import { writeCsv } from '../index.js';
import type { Series } from '../index.js';
import { isValidationError, type ValidationIssueInput } from '../index.js';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { InputError } from './input-error.js';
import type { CommandArgs } from './parse-command-args.js';
import { decodeText } from '../index.js';
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
): Promise<NamedSeries> {
  const read = await readSeriesRecords(io, file, columns, command);
  if (!file.toLowerCase().endsWith('.json')) {
    const name = csvSeriesName(file, columns.value);
    const splitYears = [read.splitYears === true];
    const label = readableFileName(file) + (columns.value ? ` (column ${columns.value})` : '');
    return {
      ...read,
      names: [name],
      labels: [label],
      units: [unitFromName(`${file} ${columns.value ?? ''}`)],
      splitYears,
      many: false,
    };
  }
  // A list's items are named by their position in the file (`lines`): a skipped item leaves no gap in the names.
  const described = describeJsonSeries(decodeText(await readBytes(io, file)));
  const count = described.length;
  const nameOf = (item: number) =>
    described[item]?.name ?? (count > 1 ? `series ${item + 1}` : csvSeriesName(file, undefined));
  const at = (k: number) => (read.lines?.[k] ?? k + 1) - 1;
  const skippedIssues = (read.skipped ?? []).flatMap((row) =>
    row.issues.map((i) => ({
      ...i,
      line: undefined,
      path: `series "${nameOf((row.line ?? 1) - 1)}" (item ${row.line}), ${i.path.replace(/^\[\d+\]\.?/, '') || 'it'}`,
    })),
  );
  const skipped = skippedIssues.map((i) => `warning: ${i.path.replace(/, /, ' skipped: ')}: ${i.message}`);
  return {
    records: read.records,
    skippedIssues,
    warnings: [...(read.fileWarnings ?? []), ...skipped],
    names: read.records.map((_, k) => nameOf(at(k))),
    labels: read.records.map((_, k) =>
      described[at(k)]?.name !== undefined || count > 1 ? nameOf(at(k)) : readableFileName(file),
    ),
    units: read.records.map((_, k) => described[at(k)]?.unit ?? unitFromName(nameOf(at(k)))),
    splitYears: read.records.map(() => false),
    many: count > 1,
  };
}

/**
 * Whether a CSV series writes every year as an academic or financial year (`2023/24`), which the
 * reader takes as the year it ends in; the commands then write their years back the same way.
 */
function writesSplitYears(table: CsvTable, column: string): boolean {
  const k = table.header.indexOf(column);
  return k >= 0 && table.rows.length > 0 && table.rows.every((row) => yearEnding(row.cells[k]) !== undefined);
}

/**
 * A warning for a CSV series that writes some years as academic or financial years (`2020/21`, read as the year it
 * ends in) and others as single years (`2022`, read as written): a single year meant as the year an academic year
 * starts in would put its value a year early, and nothing else in the file would show it. Undefined otherwise.
 *
 * @example
 * mixedYearsWarning(readCsvTable('year,value\n2020/21,5\n2022,6\n'), 'year', 's.csv');
 * // 's.csv: warning: years are written both as 2020/21 (read as 2021, the year it ends in) and as single years
 * //  (2022, read as written); check that each single year is the year its academic or financial year ends in'
 */
export function mixedYearsWarning(table: CsvTable, column: string, file: string): string | undefined {
  const k = table.header.indexOf(column);
  const cells = table.rows.map((row) => (row.cells[k] ?? '').trim());
  const split = cells.find((cell) => yearEnding(cell) !== undefined);
  const single = cells.find((cell) => yearEnding(cell) === undefined && /^\d{4}$/.test(cell));
  if (split === undefined || single === undefined) return undefined;
  return (
    `${file}: warning: years are written both as ${split} (read as ${yearEnding(split)}, the year it ends in) and as ` +
    `single years (${single}, read as written); check that each single year is the year its academic or financial ` +
    'year ends in'
  );
}

/**
 * A year as a series file wrote it: the calendar year, or for a file of academic or financial years
 * the year that ends in it (2025 -> '2024/25').
 *
 * @example
 * yearLabel(2025, true); // '2024/25'
 * yearLabel(2025, false); // 2025
 */
export function yearLabel(year: number, split: boolean): string | number {
  return split ? formatAcademicYear(year) : year;
}

/** Series read from a file, each with the name that identifies it in tables and titles and its unit when known. */
export type NamedSeries = InputRecords<Series> & {
  /** `Kent: Independent school` (area and category of an import), a JSON item's `name`, else from the file. */
  names: string[];
  /**
   * The names as a heading reads them: a name the file gives as it is, a name made from the file's name in words
   * (`independent-placements.csv` is "Independent placements", with `--value-column spendGbp` "Spend (column
   * spendGbp)").
   */
  labels: string[];
  /** 'GBP' for money, 'children with an EHCP' for SEN2 counts, 'children' for placements; undefined if unknown. */
  units: (string | undefined)[];
  /** True for a series whose file wrote its years as academic or financial years (`2023/24`): see yearLabel. */
  splitYears: boolean[];
  /**
   * Whether the file holds several series (a JSON list of more than one), however many of them could be read: the
   * output keeps its shape (a list in JSON, a series column) when all but one are skipped.
   */
  many: boolean;
  /** The problems of each series of a list left out as it was read, named by series: the error when the rest fail. */
  skippedIssues?: ValidationIssueInput[];
};

async function readSeriesRecords(
  io: CliIo,
  file: string,
  columns: SeriesColumns,
  command: string,
): Promise<InputRecords<Series> & { splitYears?: boolean }> {
  const named = columns.year !== undefined || columns.value !== undefined;
  if (!file.toLowerCase().endsWith('.csv')) {
    if (named) throw new UsageError('--year-column and --value-column apply to a CSV series only', command);
    // A list of series (import sen2's output) goes on without a series that cannot be read; each is named. When none
    // can be, their problems are the error, without a "left after skipping" for a skip the user never asked for.
    return readInput(io, 'series', file, { skipInvalid: true }).catch((error: unknown) => {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(
        error.file,
        error.issues.filter((i) => i.code !== 'no_valid_rows'),
      );
    });
  }
  let table: CsvTable;
  try {
    table = readCsvTable(await readBytes(io, file));
  } catch (error) {
    if (isValidationError(error)) throw new InputError(file, error.issues);
    throw error;
  }
  // A named column in any case or spacing, as every heading is read (`--year-column financialyear`).
  const inHeader = (name: string) =>
    table.header.includes(name) ? name : (table.header.find((h) => plainWord(h) === plainWord(name)) ?? name);
  const year = inHeader(columns.year ?? 'year');
  const value = inHeader(columns.value ?? 'value');
  // import sen2's CSV holds a series per area and category: read as one, it would be a duplicate year a row.
  const [area, category] = [table.header.indexOf('area'), table.header.indexOf('category')];
  if (area >= 0 && category >= 0 && new Set(table.rows.map((r) => `${r.cells[area]}\n${r.cells[category]}`)).size > 1)
    throw new InputError(file, [severalSeries(table.header, command)]);
  // The usual layout goes straight to the reader, headed in any case or spacing (`Year,Value`) as the reader takes
  // headings; only a header without year,value needs more.
  const usual = named ? undefined : usualColumns(table.header);
  const splitYears = writesSplitYears(table, usual?.year ?? year);
  const mixed = mixedYearsWarning(table, usual?.year ?? year, file);
  const warned = <R extends InputRecords<Series>>(read: R): R & { splitYears: boolean } =>
    mixed ? { ...read, warnings: [mixed, ...read.warnings], splitYears } : { ...read, splitYears };
  if (usual) return warned(await readInput(io, 'series', file).catch(withoutCascadedGap(table, usual.year)));
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
    return warned(await readInput(projectedIo, 'series', file).catch(withoutCascadedGap(table, year)));
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

/** The header's year and value columns when it names both, in any case or spacing (`Year`, ` VALUE `). */
function usualColumns(header: string[]): { year: string; value: string } | undefined {
  const aliases = [...headerAliases(header, ['year', 'value'])];
  const column = (field: string) => (header.includes(field) ? field : aliases.find(([, f]) => f === field)?.[0]);
  const [year, value] = [column('year'), column('value')];
  return year !== undefined && value !== undefined ? { year, value } : undefined;
}

/**
 * A row refused for its value (left blank) leaves its year out of the series, and the reader then also names that
 * year as missing; when every year from the first to the last is in the file, only the rows' own problems are said.
 * A gap no line of the file fills stays an error.
 */
function withoutCascadedGap(table: CsvTable, column: string): (error: unknown) => never {
  return (error) => {
    if (!(error instanceof InputError)) throw error;
    const k = table.header.indexOf(column);
    const years = new Set(table.rows.map((r) => parseYearCell(r.cells[k] ?? '')));
    const whole = [...years].filter((y): y is number => y !== undefined && Number.isInteger(y));
    const [from, to] = [Math.min(...whole), Math.max(...whole)];
    const filled =
      whole.length > 0 &&
      to - from < table.rows.length &&
      Array.from({ length: to - from + 1 }, (_, i) => from + i).every((y) => years.has(y));
    const rest = error.issues.filter((i) => i.code !== 'missing_year');
    throw filled && rest.length > 0 && rest.length < error.issues.length ? new InputError(error.file, rest) : error;
  };
}

/**
 * The names and units a JSON series file gives its series: an item's own `name` and `unit`, or the `area` and
 * `category` of `import sen2` output (its values are children with an EHCP). Positions match the records read,
 * since a file with a bad item is refused whole.
 */
function describeJsonSeries(text: string): { name?: string; unit?: string }[] {
  const data: unknown = JSON.parse(text);
  const items = Array.isArray(data) && !data.every((x) => typeof x === 'number') ? data : [data];
  return items.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return {};
    const o = item as Record<string, unknown>;
    const text = (k: string) =>
      typeof o[k] === 'string' && (o[k] as string).trim() !== '' ? (o[k] as string) : undefined;
    const imported = [text('area'), text('category')].filter((x): x is string => x !== undefined);
    return {
      name: text('name') ?? (imported.length > 0 ? imported.join(': ') : undefined),
      unit: text('unit') ?? (text('category') !== undefined ? 'children with an EHCP' : undefined),
    };
  });
}

/**
 * A file's name as words for a heading: without folder or extension, dashes and underscores as spaces, the first
 * letter a capital.
 *
 * @example
 * readableFileName('data/kent/independent-placements.csv'); // 'Independent placements'
 */
export function readableFileName(file: string): string {
  const words = file
    .replace(/^.*[\\/]/, '')
    .replace(/\.(csv|json)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words.replace(/^./, (c) => c.toUpperCase());
}

/** A file's series name: the file's name without folder or extension, with the value column when one is named. */
function csvSeriesName(file: string, valueColumn: string | undefined): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.(csv|json)$/i, '');
  return valueColumn ? `${base}, ${valueColumn}` : base;
}

/**
 * A unit guessed from words in a name, for a chart's axis and how a table writes the values: money for spend, cost,
 * fees or £; children for placements, EHCPs or pupils. A guess never decides the precision of a CSV (see
 * plainColumns); `--series-unit` says the unit outright.
 *
 * @example
 * unitFromName('data/kent/nmiss-spend.csv'); // 'GBP'
 */
export function unitFromName(name: string): string | undefined {
  if (/spend|cost|fee|gbp|£|budget/i.test(name)) return 'GBP';
  if (/placement|child|ehcp|pupil|caseload/i.test(name)) return 'children';
  return undefined;
}

/** One issue for a CSV of several series (import sen2's CSV): what it is, and the file to give instead. */
function severalSeries(header: string[], command: string): ValidationIssueInput {
  return {
    path: '(header)',
    line: 1,
    message:
      `holds a series for each area and category (columns ${header.join(', ')}: import sen2's CSV), and ` +
      `${command} reads one series from a CSV; give it import sen2's JSON output instead, which keeps each series ` +
      'apart: send-placement import sen2 --file FILE --out series.json',
  };
}

/** One issue for a header without the year or value column: what it has, and the flags to use. */
function missingColumns(header: string[], missing: string[], named: boolean, rows: string[][]): ValidationIssueInput {
  const has = header.length === 0 ? 'no columns' : `columns ${header.join(', ')}`;
  if (named) return { path: '(header)', line: 1, message: `has no column ${missing.join(' or ')} (it has ${has})` };
  const guess = guessColumns(header, rows);
  // A name with a space (`Academic Year`) is quoted, so the suggestion can be pasted into a shell as it is.
  const flag = (name: string) => (/^[\w.-]+$/.test(name) ? name : `"${name.replace(/["\\$`]/g, '\\$&')}"`);
  const example = guess ? `, here perhaps --year-column ${flag(guess.year)} --value-column ${flag(guess.value)}` : '';
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
  const all = (k: number, read: (text: string) => number | undefined, test: (n: number) => boolean) =>
    rows.every((r) => {
      const n = read(r[k] ?? '');
      return n !== undefined && test(n);
    });
  const named = (k: number) => /year/i.test(header[k]);
  // Calendar years first (yearEnding beside financialYear), else academic or financial ones (2019/20).
  const calendar = header.findIndex((_, k) => named(k) && all(k, Number, Number.isInteger));
  const year =
    calendar >= 0 ? calendar : header.findIndex((_, k) => named(k) && all(k, parseYearCell, Number.isInteger));
  if (year < 0) return undefined;
  const value = header.findIndex((_, k) => !named(k) && all(k, parseNumberCell, Number.isFinite));
  return value < 0 ? undefined : { year: header[year], value: header[value] };
}
