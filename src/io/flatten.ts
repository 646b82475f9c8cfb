import { CSV_DEFAULTS } from './options.js';
import {
  parseBooleanCell,
  NC_YEAR_FORMS,
  parseNcYearCell,
  parseNcYearRange,
  parseNumberCell,
  parseRateCell,
  parseYearCell,
  splitList,
} from './read-cell.js';
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
  ncYear: { read: parseNcYearCell, problem: `must be an NC year: ${NC_YEAR_FORMS}` },
  ncYearRange: { read: parseNcYearRange, problem: 'must be the lowest and highest NC year, as 7;13 or 7-13' },
};

function convert(text: string, kind: FieldKind): { value?: unknown; problem?: string } {
  if (kind === 'string') return { value: text };
  if (kind === 'list') return { value: splitList(text) };
  const reader = CELL_READERS[kind];
  const value = reader.read(text);
  return value === undefined ? { problem: reader.problem } : { value };
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
    if (converted.problem) problems.push({ column, reason: converted.problem, code: 'invalid_type' });
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
