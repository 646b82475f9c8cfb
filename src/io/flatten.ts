import { CSV_DEFAULTS } from './options.js';
import type { RowProblem } from './read-result.js';
import type { CsvRecord } from './read-csv.js';
import type { CsvCell } from './write-csv.js';

/**
 * How a record type is laid out in CSV columns. The convention, for every record type:
 * - nested objects become dotted columns: `location.lat`, `home.lon`, `kpis.attendance`, `vacanciesByNcYear.7`;
 * - lists are one cell separated by `;`: `needs` = `ASD;SEMH`, `ncYears` = `7;13`;
 * - booleans are `true`/`false` (reading also accepts yes/no, y/n and 1/0, any case);
 * - numbers are plain decimals (reading also accepts a leading `£` and thousands commas: `£52,000`);
 * - rates are shares from 0 to 1 written as numbers (reading also accepts a percentage, as a
 *   spreadsheet writes a cell formatted as one: `93%` reads as 0.93);
 * - a year is a calendar year, `2024` (reading also accepts an academic or financial year, `2023/24`,
 *   `2023-24`, `2023/2024` or the DfE's `202324`, as the year it ends in: 2024);
 * - an NC year is a number, `8` (reading also accepts `Y8`, `Yr 8`, `Year 8`, and `R` or `Reception`
 *   for 0), and a range of NC years (lowest and highest) a list of two, `7;13` (reading also
 *   accepts `7-13`, `7–13`, `7 to 13`, `Y7-Y13`, `R-Y6`);
 * - an empty cell is an absent optional field (a required list such as `needs` reads as an empty list,
 *   so an empty optional list, `secondaryNeeds: []`, reads back as absent).
 */
export type FieldKind = 'string' | 'number' | 'rate' | 'year' | 'boolean' | 'list' | 'ncYear' | 'ncYearRange';

/** The columns of one record type: exact dotted names, and dotted prefixes whose last part is a key. */
export type ColumnLayout = {
  fields: Readonly<Record<string, FieldKind>>;
  /** Prefixes such as `vacanciesByNcYear.`: any column starting with one is a record entry of that kind. */
  prefixes?: Readonly<Record<string, FieldKind>>;
  /** List fields where an empty cell means an empty list rather than an absent field. */
  emptyIsEmptyList?: readonly string[];
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
/** A duration as a spreadsheet's time format writes it: `0:36`, `1:05:30`. */
const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/;
/** An academic or financial year: `2023/24`, `2023-24`, `2023–24`, `2023/2024`, `202324`. */
const SPLIT_YEAR = /^(\d{4})\s*[/\-–]?\s*(\d{2}|\d{4})$/;
/** An NC year as school systems write it: `8`, `Y8`, `Yr 8`, `Year 8` (or `-1`). */
const NC_YEAR = /^(?:y|yr|year)?\s*(-?\d+)$/i;
/** Reception, NC year 0. */
const RECEPTION = /^(?:r|rec|reception)$/i;
/** Two NC years with a dash or "to" between them; the first may be negative (`-1-14`). */
const NC_YEAR_RANGE = /^(.+?)\s*(?:–|-|\bto\b)\s*(.+)$/i;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/**
 * Reads a number cell: a plain decimal, optionally with a leading `£` and thousands commas.
 * Returns undefined when the text is not a finite number (never NaN).
 *
 * @example
 * parseNumberCell('£52,000'); // 52000
 * parseNumberCell('12 places'); // undefined
 */
export function parseNumberCell(text: string): number | undefined {
  let t = text.trim();
  if (t.startsWith('£')) t = t.slice(1).trim();
  if (GROUPED.test(t)) t = t.replace(/,/g, '');
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads a rate cell: a number (0.93) or a percentage (`93%`, `93.5 %`), which is divided by 100.
 * Returns undefined when the text is neither (never NaN). The range is the schema's to check.
 *
 * @example
 * parseRateCell('93%'); // 0.93
 * parseRateCell('0.93'); // 0.93
 */
export function parseRateCell(text: string): number | undefined {
  const t = text.trim();
  if (!t.endsWith('%')) return parseNumberCell(t);
  const percent = parseNumberCell(t.slice(0, -1));
  return percent === undefined ? undefined : percent / 100;
}

/**
 * Reads a minutes cell: a number of minutes (`36`, `36.5`), or hours and minutes as a spreadsheet's
 * time format writes them (`0:36`, `1:05:30` is 65.5). Undefined when it is neither (never NaN).
 *
 * @example
 * parseMinutesCell('0:36'); // 36
 * parseMinutesCell('1:05:30'); // 65.5
 */
export function parseMinutesCell(text: string): number | undefined {
  const clock = CLOCK.exec(text.trim());
  if (!clock) return parseNumberCell(text);
  return Number(clock[1]) * 60 + Number(clock[2]) + (clock[3] === undefined ? 0 : Number(clock[3]) / 60);
}

/**
 * The year an academic or financial year ends in: `2023/24`, `2023-24`, `2023/2024` or the DfE's
 * `time_period` `202324` is 2024. Undefined for anything else, including two years that do not
 * follow each other (`2019/21`).
 *
 * @example
 * yearEnding('2023/24'); // 2024
 * yearEnding('2024'); // undefined: a calendar year, not a split one
 */
export function yearEnding(text: string): number | undefined {
  const split = SPLIT_YEAR.exec(text.trim());
  if (!split) return undefined;
  const first = Number(split[1]);
  const second = Number(split[2]);
  const follows = split[2].length === 2 ? (first + 1) % 100 === second : first + 1 === second;
  return follows ? first + 1 : undefined;
}

/**
 * Reads a year cell: an academic or financial year (`2023/24`, `202324`) is the year it ends in
 * (yearEnding), as the DfE counts EHCPs at the January census inside the academic year and as
 * spend is given by year ending; anything else is read as a number (`2024`), whole being the
 * schema's to check. Undefined when it is neither (never NaN).
 *
 * @example
 * parseYearCell('2023/24'); // 2024
 * parseYearCell('202425'); // 2025
 * parseYearCell('2024'); // 2024
 */
export function parseYearCell(text: string): number | undefined {
  return yearEnding(text) ?? parseNumberCell(text);
}

/**
 * Reads an NC year cell: a number, or a year as school systems write it (`Y8`, `Year 8`, `R` for
 * Reception = 0). Returns undefined when the text is none (never NaN); whole and in range is the
 * schema's to check.
 *
 * @example
 * parseNcYearCell('Year 8'); // 8
 * parseNcYearCell('R'); // 0
 */
export function parseNcYearCell(text: string): number | undefined {
  const t = text.trim();
  if (RECEPTION.test(t)) return 0;
  const year = NC_YEAR.exec(t);
  return year ? Number(year[1]) : parseNumberCell(t);
}

/** Reads a range of NC years: `7;13`, or two NC years with a dash or "to" between them (`7-13`, `R-Y6`). */
function parseNcYearRange(text: string): number[] | undefined {
  const dashed = text.includes(';') ? null : NC_YEAR_RANGE.exec(text.trim());
  const parts = dashed ? [dashed[1], dashed[2]] : splitList(text);
  const years = parts.map(parseNcYearCell);
  return years.length > 0 && years.every((y) => y !== undefined) ? (years as number[]) : undefined;
}

/**
 * Reads a boolean cell: true/false, yes/no, y/n, 1/0 in any case. Undefined for anything else.
 *
 * @example
 * parseBooleanCell('Yes'); // true
 */
export function parseBooleanCell(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return undefined;
}

/** How each kind of cell that holds one value is read, and what a cell that cannot be read is told. */
const CELL_READERS: Record<
  Exclude<FieldKind, 'string' | 'list'>,
  { read: (text: string) => unknown; problem: string }
> = {
  number: { read: parseNumberCell, problem: 'must be a number' },
  rate: { read: parseRateCell, problem: 'must be a number from 0 to 1, or a percentage such as 93%' },
  year: {
    read: parseYearCell,
    problem: 'must be a year (2024) or an academic or financial year (2023/24, read as 2024)',
  },
  boolean: { read: parseBooleanCell, problem: 'must be true or false (or yes/no, 1/0)' },
  ncYear: { read: parseNcYearCell, problem: 'must be an NC year: 8, Y8, Year 8, or R for Reception' },
  ncYearRange: { read: parseNcYearRange, problem: 'must be the lowest and highest NC year, as 7;13 or 7-13' },
};

function convert(text: string, kind: FieldKind): { value?: unknown; problem?: string } {
  if (kind === 'string') return { value: text };
  if (kind === 'list') return { value: splitList(text) };
  const reader = CELL_READERS[kind];
  const value = reader.read(text);
  return value === undefined ? { problem: reader.problem } : { value };
}

function splitList(text: string): string[] {
  return text
    .split(CSV_DEFAULTS.listSeparator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Sets a nested own property; defineProperty so that a key such as `__proto__` is data, not a prototype. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let k = 0; k < path.length - 1; k++) {
    const next = Object.hasOwn(node, path[k]) ? node[path[k]] : undefined;
    if (typeof next === 'object' && next !== null) {
      node = next as Record<string, unknown>;
    } else {
      const child: Record<string, unknown> = {};
      defineOwn(node, path[k], child);
      node = child;
    }
  }
  defineOwn(node, path[path.length - 1], value);
}

function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Turns one CSV record into a nested object by a column layout (see FieldKind for the convention).
 * Cells that cannot be converted become problems named by their column, never quoting the cell.
 * Columns the layout does not know are listed in `unknown` and ignored.
 *
 * @example
 * unflattenRecord({ 'home.lat': '51.3', needs: 'ASD;SEMH' }, { fields: { 'home.lat': 'number', needs: 'list' }
 *   }).value;
 * // { home: { lat: 51.3 }, needs: ['ASD', 'SEMH'] }
 */
export function unflattenRecord(
  record: CsvRecord,
  layout: ColumnLayout,
): { value: Record<string, unknown>; problems: RowProblem[]; unknown: string[] } {
  const value: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  const unknown: string[] = [];
  for (const [column, text] of Object.entries(record)) {
    // Own keys only: a column named `toString` or `constructor` must not find Object.prototype's.
    let kind: FieldKind | undefined = Object.hasOwn(layout.fields, column) ? layout.fields[column] : undefined;
    let path: string[];
    if (kind !== undefined) {
      path = column.split('.');
    } else {
      const prefix = Object.keys(layout.prefixes ?? {}).find((p) => column.startsWith(p) && column.length > p.length);
      if (prefix === undefined) {
        unknown.push(column);
        continue;
      }
      kind = layout.prefixes![prefix];
      path = [...prefix.slice(0, -1).split('.'), column.slice(prefix.length)];
    }
    if (text.trim() === '') {
      if (layout.emptyIsEmptyList?.includes(column)) setPath(value, path, []);
      continue;
    }
    const converted = convert(text, kind);
    if (converted.problem) problems.push({ column, reason: converted.problem });
    else setPath(value, path, converted.value);
  }
  return { value, problems, unknown };
}

/**
 * Flattens a nested record into CSV cells by the same convention: dotted columns for objects,
 * `;`-joined lists, absent fields as empty cells.
 *
 * @example
 * flattenRecord({ urn: '1', location: { lat: 51.3, lon: 1.1 }, needs: ['ASD', 'SEMH'] });
 * // { urn: '1', 'location.lat': 51.3, 'location.lon': 1.1, needs: 'ASD;SEMH' }
 */
export function flattenRecord(record: object, prefix = ''): Record<string, CsvCell> {
  const out: Record<string, CsvCell> = {};
  for (const [key, value] of Object.entries(record)) {
    const column = prefix + key;
    if (Array.isArray(value)) out[column] = value.join(CSV_DEFAULTS.listSeparator);
    else if (typeof value === 'object' && value !== null) Object.assign(out, flattenRecord(value, `${column}.`));
    else out[column] = value as CsvCell;
  }
  return out;
}
