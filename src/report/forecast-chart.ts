import { ForecastChartInputSchema, parseChartInput, type ForecastChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS } from './charts/chart-defaults.js';
import { type LineBand, lineChart } from './charts/line-chart.js';
import { formatCount, formatGbp, formatNumber } from './figure-format.js';

/** Whether a unit names money: then values are written as £ (and £m from a million). */
const isMoney = (unit: string | undefined) => unit !== undefined && /^(gbp|£)/i.test(unit.trim());

/**
 * A fan chart of a forecast: the history as a solid line, the forecast mean dashed, and its prediction intervals
 * as nested bands (the widest, e.g. 95%, palest), starting from the last observed year so the fan opens where the
 * data ends.
 *
 * @param input `history` (a series `{ start, values }`), `forecast` (`{ mean, lower, upper }` as `forecast()`
 *   returns it), optional `title` (the series' name), `unit` ('GBP', or what the values count, e.g. 'children'),
 *   `valueLabel` (the value axis' title, default from the unit), `academicYears` (years read as 2024/25) and
 *   `layout` ('wide' or 'narrow')
 * @returns SVG markup
 * @throws ValidationError when the forecast's bands and mean differ in length
 * @example
 * const svg = await forecastChart({
 *   history: { start: 2020, values: [10, 12, 13] },
 *   forecast: { mean: [14, 15], lower: { 80: [13, 13.5] }, upper: { 80: [15, 16.5] }, method: 'holt' },
 * });
 * svg.includes('2022'); // true
 */
export async function forecastChart(input: ForecastChartInput): Promise<string> {
  const {
    history,
    forecast,
    title,
    valueLabel,
    unit,
    academicYears,
    layout = 'wide',
  } = parseChartInput(ForecastChartInputSchema, input, 'forecast chart');
  const money = isMoney(unit);
  const lastYear = history.start + history.values.length - 1;
  const last = history.values[history.values.length - 1];
  const levels = Object.keys(forecast.lower)
    .filter((level) => forecast.upper[level] !== undefined)
    .sort((a, b) => Number(b) - Number(a));
  const color = CHART_DEFAULTS.palette[0];
  const bands: LineBand[] = levels.map((level, i) => ({
    label: `${level}% interval`,
    color,
    opacity: 0.14 + 0.16 * i,
    points: [
      { x: lastYear, lo: last, hi: last },
      ...forecast.mean.map((_, k) => ({
        x: lastYear + 1 + k,
        lo: forecast.lower[level][k],
        hi: forecast.upper[level][k],
      })),
    ],
  }));
  const whole = [...history.values, ...forecast.mean].every((v) => Math.abs(v) >= 10);
  return lineChart({
    title: title ?? `Forecast${forecast.method ? ` (${forecast.method})` : ''}`,
    valueTitle: valueLabel ?? (money ? '£ a year' : (unit ?? 'value')),
    layout,
    xUnit: academicYears ? 'academic-year' : 'year',
    yUnit: money ? 'gbp' : 'number',
    formatValue: money ? formatGbp : whole ? formatCount : formatNumber,
    bands,
    lines: [
      {
        label: 'history',
        color: CHART_DEFAULTS.ink,
        points: history.values.map((y, k) => ({ x: history.start + k, y })),
        endLabel: false,
      },
      {
        label: 'forecast',
        color,
        dashed: true,
        points: [{ x: lastYear, y: last }, ...forecast.mean.map((y, k) => ({ x: lastYear + 1 + k, y }))],
      },
    ],
  });
}
