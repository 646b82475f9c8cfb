import { CSV_DEFAULTS } from './options.js';
import type { RowProblem } from './read-result.js';

// Reading one CSV cell as spreadsheets and case management systems write it: `£52,000`, `93%`,
// `2023/24`, `Y8`, `7-13`, `0:36`, `Yes`. Each reader returns undefined (never NaN) for text it
// cannot read; the record's schema then checks the value. The column layouts that use them are in
// flatten.ts.

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
/** The school census's nursery years: N1 (two years before Reception) and N2 (the year before). */
const NURSERY = /^(?:n|nursery)\s*([12])$/i;
/** How NC years may be written, for the messages of cells and flags that take one. */
export const NC_YEAR_FORMS = '8, Y8, Year 8, R (Reception), N2 or -1 (nursery)';
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
 * Reception = 0, `N1` and `N2` for the school census's nursery years, -2 and -1). Returns undefined
 * when the text is none (never NaN); whole and in range is the schema's to check.
 *
 * @example
 * parseNcYearCell('Year 8'); // 8
 * parseNcYearCell('R'); // 0
 * parseNcYearCell('N2'); // -1
 */
export function parseNcYearCell(text: string): number | undefined {
  const t = text.trim();
  if (RECEPTION.test(t)) return 0;
  const nursery = NURSERY.exec(t);
  if (nursery) return Number(nursery[1]) - 3;
  const year = NC_YEAR.exec(t);
  return year ? Number(year[1]) : parseNumberCell(t);
}

/**
 * Reads the academic-year cell of the SEND model layouts (transitions, population): an NC year as
 * parseNcYearCell reads it (`6`, `Y6`, `Year 6`, `R`), whole; an empty cell is undefined (the
 * schema says whether that is allowed). Anything else adds a problem for `column` to `problems`.
 *
 * @example
 * const problems: RowProblem[] = [];
 * readAcademicYearCell('Y6', 'academic-year-1', problems); // 6
 * readAcademicYearCell('six', 'academic-year-1', problems); // undefined, and problems[0].reason is
 * // 'must be an academic year: 8, Y8, Year 8, R (Reception), N2 or -1 (nursery)'
 */
export function readAcademicYearCell(text: string, column: string, problems: RowProblem[]): number | undefined {
  if (text === '') return undefined;
  const n = parseNcYearCell(text);
  if (n !== undefined && Number.isInteger(n)) return n;
  problems.push({
    column,
    reason: `must be an academic year: ${NC_YEAR_FORMS}`,
    code: 'invalid_type',
  });
  return undefined;
}

/**
 * Reads the calendar-year cell of the SEND model layouts (transitions, population): a whole year. An academic year
 * (`2017/18`) is refused, not read as the year it ends in: a census year could be either of its years. An empty cell
 * is undefined (the schema says whether that is allowed); anything else adds a problem for `column` to `problems`.
 *
 * @example
 * const problems: RowProblem[] = [];
 * readCalendarYearCell('2018', 'calendar-year', problems); // 2018
 * readCalendarYearCell('2017/18', 'calendar-year', problems); // undefined, and problems[0].reason is
 * // 'must be a calendar year, a whole number such as 2024'
 */
export function readCalendarYearCell(text: string, column: string, problems: RowProblem[]): number | undefined {
  if (text === '') return undefined;
  const n = parseNumberCell(text);
  if (n === undefined || !Number.isInteger(n))
    problems.push({ column, reason: 'must be a calendar year, a whole number such as 2024', code: 'invalid_type' });
  return n;
}

/**
 * Reads a range of NC years: `7;13`, or two NC years with a dash or "to" between them (`7-13`,
 * `R-Y6`). Undefined when a part is not an NC year; lowest first is the schema's to check.
 *
 * @example
 * parseNcYearRange('R-Y6'); // [0, 6]
 * parseNcYearRange('7;13'); // [7, 13]
 */
export function parseNcYearRange(text: string): number[] | undefined {
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

/**
 * The items of a list cell (`ASD;SEMH`), trimmed, empty ones left out.
 *
 * @example
 * splitList(' ASD; SEMH;'); // ['ASD', 'SEMH']
 */
export function splitList(text: string): string[] {
  return text
    .split(CSV_DEFAULTS.listSeparator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
