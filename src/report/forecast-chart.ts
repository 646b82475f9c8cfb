import { ForecastChartInputSchema, parseChartInput, type ForecastChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS, renderSvg } from './render-svg.js';

/**
 * A fan chart of a forecast: the history as a solid line, the forecast mean dashed, and its
 * prediction intervals as nested bands (the widest, e.g. 95%, palest), starting from the last
 * observed year so the fan opens where the data ends.
 *
 * @param input `history` (a series `{ start, values }`), `forecast` (`{ mean, lower, upper }` as
 *   `forecast()` returns it), optional `title` and `valueLabel` (the y axis)
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
  const { history, forecast, title, valueLabel } = parseChartInput(ForecastChartInputSchema, input, 'forecast chart');
  const lastYear = history.start + history.values.length - 1;
  const last = history.values[history.values.length - 1];
  const levels = Object.keys(forecast.lower)
    .filter((level) => forecast.upper[level] !== undefined)
    .sort((a, b) => Number(b) - Number(a));
  const rows: Record<string, number | string>[] = history.values.map((value, k) => ({
    year: history.start + k,
    value,
    part: 'history',
  }));
  const bands: Record<string, number | string>[] = [];
  for (const level of levels) {
    bands.push({ year: lastYear, lo: last, hi: last, level: `${level}% interval` });
    forecast.mean.forEach((_, k) => {
      bands.push({
        year: lastYear + 1 + k,
        lo: forecast.lower[level][k],
        hi: forecast.upper[level][k],
        level: `${level}% interval`,
      });
    });
  }
  const mean = [
    { year: lastYear, value: last, part: 'forecast' },
    ...forecast.mean.map((value, k) => ({ year: lastYear + 1 + k, value, part: 'forecast' })),
  ];
  const x = { field: 'year', type: 'quantitative', title: 'Year', axis: { format: 'd', tickMinStep: 1 } };
  const y = { type: 'quantitative', title: valueLabel ?? 'Value', scale: { zero: false } };
  return renderSvg({
    title: title ?? `Forecast${forecast.method ? ` (${forecast.method})` : ''}`,
    width: CHART_DEFAULTS.width,
    height: CHART_DEFAULTS.height,
    layer: [
      {
        data: { values: bands },
        mark: { type: 'area', color: CHART_DEFAULTS.palette[0] },
        encoding: {
          x,
          y: { ...y, field: 'lo' },
          y2: { field: 'hi' },
          opacity: {
            field: 'level',
            type: 'ordinal',
            title: null,
            scale: { domain: levels.map((l) => `${l}% interval`), range: levels.map((_, i) => 0.18 + 0.17 * i) },
          },
        },
      },
      {
        data: { values: [...rows, ...mean] },
        mark: { type: 'line', point: true },
        encoding: {
          x,
          y: { ...y, field: 'value' },
          color: {
            field: 'part',
            type: 'nominal',
            title: null,
            scale: { domain: ['history', 'forecast'], range: ['#222222', CHART_DEFAULTS.palette[0]] },
          },
          strokeDash: {
            field: 'part',
            type: 'nominal',
            title: null,
            scale: {
              domain: ['history', 'forecast'],
              range: [
                [1, 0],
                [6, 4],
              ],
            },
          },
          tooltip: [{ field: 'year' }, { field: 'value', format: ',.1f' }],
        },
      },
    ],
  });
}
