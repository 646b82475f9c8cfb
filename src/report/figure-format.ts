/**
 * What a figure counts, which decides how it is rounded and written: the one rule the report's prose and tables and
 * the command's tables and CSV share, so 1,093 and £83.7m read the same everywhere.
 *
 * - `count`: children, places, placements — expected values, so often fractional;
 * - `gbp`: money in pounds (fees, spend);
 * - `rate`: a share in [0, 1] (acceptance, attendance);
 * - `percent`: a value already in percent (sMAPE);
 * - `score`: a ranking score or its points (about 0 to 1);
 * - `km`, `minutes`, `days`: distances and durations;
 * - `year`: a calendar or NC year, written as it is;
 * - `number`: anything else.
 */
export type FigureKind = 'count' | 'gbp' | 'rate' | 'percent' | 'score' | 'km' | 'minutes' | 'days' | 'year' | 'number';

/** Fixed locale, so output is identical on every machine; grouped thousands as a British reader expects. */
const GROUPED = [0, 1, 2, 3, 4].map(
  (digits) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
);

/** `x` to `digits` decimals, grouped, with no "-0". */
function grouped(x: number, digits: number): string {
  const text = GROUPED[digits].format(x);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/**
 * A count of children or places as a planner reads it: whole and grouped (1,093), with one decimal only for an
 * expected count under 10 that is not whole (2.5), where rounding would hide it.
 *
 * @example
 * formatCount(1092.83); // '1,093'
 * formatCount(2.46); // '2.5'
 * formatCount(0); // '0'
 */
export function formatCount(value: number): string {
  const whole = Math.round(value);
  if (Math.abs(value) < 10 && Math.abs(value - whole) >= 0.05) return grouped(value, 1);
  return grouped(whole, 0);
}

/**
 * Money for prose and totals: £m with one decimal from £1m up (£86.7m), whole pounds below (£51,302), so a fee
 * and a budget each keep the digits that matter.
 *
 * @example
 * formatGbp(86_700_000); // '£86.7m'
 * formatGbp(51_302.4); // '£51,302'
 * formatGbp(-1_250_000); // '-£1.3m'
 */
export function formatGbp(value: number): string {
  return gbpText(value, 1);
}

/**
 * Money as formatGbp writes it, with `millionDecimals` (0 to 4) decimals of £m instead of one: a capacity plan's
 * £11.99m of a £12.00m budget.
 *
 * @example
 * formatGbpWith(2)(11_990_000); // '£11.99m'
 * formatGbpWith(2)(750_000); // '£750,000'
 */
export function formatGbpWith(millionDecimals: number): (value: number) => string {
  return (value) => gbpText(value, millionDecimals);
}

function gbpText(value: number, millionDecimals: number): string {
  const sign = value < 0 && Math.round(Math.abs(value)) !== 0 ? '-' : '';
  const a = Math.abs(value);
  return a >= 1e6 ? `${sign}£${formatDecimals(a / 1e6, millionDecimals)}m` : `${sign}£${grouped(a, 0)}`;
}

/**
 * Money in millions with one decimal (or `decimals`), for a column of spend where every row must share one unit
 * (£0.4m beside £83.7m).
 *
 * @example
 * formatGbpMillions(83_712_345); // '£83.7m'
 * formatGbpMillions(400_000); // '£0.4m'
 * formatGbpMillions(125_000, 3); // '£0.125m'
 */
export function formatGbpMillions(value: number, decimals = 1): string {
  const text = grouped(value / 1e6, decimals);
  return text.startsWith('-') ? `-£${text.slice(1)}m` : `£${text}m`;
}

/**
 * A rate in [0, 1] as a percentage with `digits` decimals (default 1).
 *
 * @example
 * formatPercent(0.045); // '4.5%'
 * formatPercent(0.5, 0); // '50%'
 */
export function formatPercent(rate: number, digits = 1): string {
  return `${grouped(rate * 100, Math.max(0, Math.min(4, Math.round(digits))))}%`;
}

/**
 * A number to exactly `digits` decimals (0 to 4), grouped: a column of rates written to one precision.
 *
 * @example
 * formatDecimals(3.6321, 1); // '3.6'
 * formatDecimals(1600, 0); // '1,600'
 */
export function formatDecimals(value: number, digits: number): string {
  return grouped(value, Math.max(0, Math.min(4, Math.round(digits))));
}

/**
 * Decimals each kind of figure keeps in a CSV or JSON cell: counts one (an expected 2.5 children stays 2.5), money
 * whole pounds, rates and scores four, distances and durations one. `year` is written as it is; `number` keeps 12
 * significant digits, which drops float noise (it sits near the 17th) and nothing else.
 *
 * @example
 * FIGURE_DECIMALS.gbp; // 0
 */
export const FIGURE_DECIMALS: Record<Exclude<FigureKind, 'year' | 'number'>, number> = {
  /** A tenth of a child is the finest an expected count means anything at. */
  count: 1,
  /** Pennies are noise beside fees of tens of thousands. */
  gbp: 0,
  /** 0.01 percentage points: finer than any KPI is measured. */
  rate: 4,
  /** The same 0.0001 of a percentage point, for a value given in percent. */
  percent: 4,
  /** Four decimals tell apart scores that the tables show to three. */
  score: 4,
  /** 100 m and 6 seconds: finer than the travel model's accuracy. */
  km: 1,
  minutes: 1,
  days: 1,
};

/**
 * A figure rounded to the precision its kind carries, for CSV and JSON cells: no float noise
 * (0.23875000000000002 becomes 0.2388 as a rate), no "-0". Written with JavaScript's shortest round-trip form.
 *
 * @example
 * roundFigure(1092.830354, 'count'); // 1092.8
 * roundFigure(387801105.907344, 'gbp'); // 387801106
 * roundFigure(0.23875000000000002, 'number'); // 0.23875
 */
export function roundFigure(value: number, kind: FigureKind): number {
  if (!Number.isFinite(value)) return value;
  // A year is written as it is, but never as -0 (which JSON and some spreadsheets would show).
  if (kind === 'year') return value === 0 ? 0 : value;
  const rounded = kind === 'number' ? Number(value.toPrecision(12)) : Number(value.toFixed(FIGURE_DECIMALS[kind])) || 0;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A figure as a table shows it: counts as formatCount, money as formatGbp, rates as percentages, scores to three
 * decimals, distances and durations to one, years as they are.
 *
 * @example
 * formatFigure(1092.83, 'count'); // '1,093'
 * formatFigure(0.6714, 'score'); // '0.671'
 * formatFigure(0.875, 'rate'); // '87.5%'
 */
export function formatFigure(value: number, kind: FigureKind): string {
  switch (kind) {
    case 'count':
      return formatCount(value);
    case 'gbp':
      return formatGbp(value);
    case 'rate':
      // 0.15% is not 0.2%: small shares keep a second decimal.
      return formatPercent(value, value !== 0 && Math.abs(value) < 0.01 ? 2 : 1);
    case 'percent':
      return `${grouped(value, 2)}%`;
    case 'score':
      return grouped(value, 3);
    case 'km':
    case 'minutes':
    case 'days':
      return grouped(value, 1);
    case 'year':
      return String(value);
    default:
      return formatNumber(value);
  }
}

/**
 * A number of no particular kind for a report table: whole from 1,000 up, one decimal from 1, three below.
 *
 * @example
 * formatNumber(1171.6); // '1,172'
 * formatNumber(0.4567); // '0.457'
 */
export function formatNumber(value: number): string {
  const a = Math.abs(value);
  const text = (a >= 1000 ? UP_TO[0] : a >= 1 ? UP_TO[1] : UP_TO[3]).format(value);
  return text === '-0' ? '0' : text;
}

/** Up to n decimals, trailing zeros dropped (formatNumber's 12.5 beside 12). */
const UP_TO = [0, 1, 2, 3].map((digits) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }));

/**
 * A year as the academic or financial year that ends in it (2025 is 2024/25), as a series file that wrote its years
 * so, and council papers, write it.
 *
 * @example
 * formatAcademicYear(2025); // '2024/25'
 * formatAcademicYear(2000); // '1999/00'
 */
export function formatAcademicYear(year: number): string {
  return `${year - 1}/${String(((year % 100) + 100) % 100).padStart(2, '0')}`;
}
