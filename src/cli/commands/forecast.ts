import { forecast, type ForecastResult, type MethodName } from '../../index.js';
import { METHOD_LIST } from '../../forecast/method.js';
import type { Command } from '../command.js';
import type { Table } from '../format-output.js';
import { createProgressBar } from '../progress-bar.js';
import { readSeriesInput, SERIES_COLUMN_OPTIONS, seriesColumnsOf } from '../read-series-input.js';

/** Forecast rows: year, mean and each interval's bounds as `lower80`, `upper80`... */
function forecastRows(result: ForecastResult, series?: number): Table['rows'] {
  const levels = Object.keys(result.lower).sort((a, b) => Number(a) - Number(b));
  return result.mean.map((mean, k) => ({
    ...(series === undefined ? {} : { series }),
    year: result.years[k],
    mean,
    ...Object.fromEntries(
      levels.flatMap((l) => [
        [`lower${l}`, result.lower[l][k]],
        [`upper${l}`, result.upper[l][k]],
      ]),
    ),
  }));
}

/**
 * `send-placement forecast`: forecasts an annual series (placements, EHCPs, spend) with prediction
 * intervals, by the automatic combination unless a method is named.
 *
 * @example
 * // send-placement forecast --series spend.csv --horizon 5
 */
export const forecastCommand: Command = {
  name: 'forecast',
  summary: 'Forecast an annual series (year,value) with 80% and 95% prediction intervals.',
  details: [
    'A series file is CSV with the columns year,value, one row per year and no gaps (for a file whose',
    'columns are named otherwise, say which with --year-column and --value-column); or JSON',
    '{ "start": 2017, "values": [...] }, or a JSON list of such series (each is forecast; a progress bar',
    'shows on a terminal). --method auto (default) combines a robust drift and the optimised Theta method',
    '(with the naive forecast for 3 to 6 values), chosen on two benchmark families; the notes name the',
    'models, their weights and how the method did on the series itself.',
  ].join('\n'),
  options: {
    series: { type: 'string', value: 'FILE', required: true, description: 'the series, CSV (year,value) or JSON' },
    horizon: { type: 'string', value: 'N', description: 'years ahead to forecast (default 5)' },
    method: {
      type: 'string',
      value: 'NAME',
      description: `one of ${METHOD_LIST.join(', ')} (default auto)`,
    },
    ...SERIES_COLUMN_OPTIONS,
  },
  examples: [
    'send-placement forecast --series spend.csv --horizon 5',
    'send-placement forecast --series placements.csv --method theta --format csv',
    'send-placement forecast --series data/kent/spend.csv --year-column yearEnding --value-column spendGbp',
  ],
  async run({ io, args }) {
    const file = args.requiredString('series');
    const horizon = args.integer('horizon', { min: 1, max: 100 }, 5);
    // The library validates the name and lists the valid ones when it is unknown.
    const method = (args.string('method') ?? 'auto') as MethodName;
    const { records, warnings } = await readSeriesInput(io, file, seriesColumnsOf(args), 'forecast');
    const bar = createProgressBar(io, 'forecasting', records.length);
    const results: ForecastResult[] = [];
    try {
      for (const series of records) {
        results.push(forecast(series, { horizon, method }));
        bar.tick();
      }
    } finally {
      bar.done();
    }
    const many = results.length > 1;
    const rows = results.flatMap((r, i) => forecastRows(r, many ? i + 1 : undefined));
    return {
      json: many ? results : results[0],
      tables: [{ columns: Object.keys(rows[0]), rows }],
      notes: [...warnings, ...results.map((r, i) => `${many ? `series ${i + 1}: ` : ''}${r.why.summary}`)],
    };
  },
};
