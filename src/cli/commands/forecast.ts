import { forecast, type ForecastResult } from '../../index.js';
import { METHOD_OPTION, methodOf } from '../method-flag.js';
import type { Command } from '../command.js';
import type { FigureKind } from '../../report/figure-format.js';
import { type Column, plainColumns, type Table, tableCsv } from '../format-output.js';
import { seriesFailureNotes, throwIfAllFailed } from '../series-failures.js';
import { seriesTables } from '../series-tables.js';
import { createProgressBar } from '../progress-bar.js';
import { readSeriesInput, SERIES_COLUMN_OPTIONS, seriesColumnsOf, yearLabel } from '../read-series-input.js';

/** Forecast rows: the series' name when there are several, year, mean and each interval's bounds. */
function forecastRows(result: ForecastResult, split: boolean, series?: string): Table['rows'] {
  const levels = Object.keys(result.lower).sort((a, b) => Number(a) - Number(b));
  return result.mean.map((mean, k) => ({
    ...(series === undefined ? {} : { series }),
    year: yearLabel(result.years[k], split),
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
 * What a forecast held at 0 does not say itself: for a series that ends above 0, the first year whose forecast is 0,
 * where the method's line went below 0 and was held at 0 (a count or a sum of money cannot be negative). Undefined
 * when no year is 0.
 *
 * @example
 * heldAtZero(forecast([50, 30, 15, 6], { horizon: 3, method: 'linear' }), 6, false);
 * // 'held at 0 from 2026: the linear-trend forecast goes below 0 there, and a count or sum cannot'
 */
function heldAtZero(result: ForecastResult, lastValue: number | undefined, split: boolean): string | undefined {
  const k = result.mean.indexOf(0);
  if (!result.why.nonNegative || k < 0 || !(lastValue !== undefined && lastValue > 0)) return undefined;
  return (
    `held at 0 from ${yearLabel(result.years[k], split)}: the ` +
    `${result.why.models.length === 1 ? result.why.models[0] : 'combined'} forecast goes below 0 there, and a count ` +
    'or sum cannot'
  );
}

/**
 * A forecast as its JSON output, with `yearLabels` (`2024/25`) beside `years` when the series was written in
 * academic or financial years.
 *
 * @example
 * withLabels({ result, split: true }).yearLabels; // ['2024/25', '2025/26', '2026/27']
 */
function withLabels({ result, split }: { result: ForecastResult; split: boolean }) {
  return split ? { ...result, yearLabels: result.years.map((y) => String(yearLabel(y, true))) } : result;
}

/** The forecast table's columns: money for a series of £, counts for whole numbers, else plain numbers. */
function forecastColumns(result: ForecastResult, kind: FigureKind, many: boolean): Column[] {
  const levels = Object.keys(result.lower).sort((a, b) => Number(a) - Number(b));
  return [
    ...(many ? ['series'] : []),
    'year',
    { key: 'mean', label: 'forecast', kind },
    ...levels.flatMap((l) => [
      { key: `lower${l}`, label: `${l}% low`, kind },
      { key: `upper${l}`, label: `${l}% high`, kind },
    ]),
  ];
}

/**
 * How a series' values read in a table: money for whole pounds, counts for whole numbers, else plain numbers. A
 * series in £m or £k (20.1) is written as plain numbers, since whole pounds would lose it. The kind only decides
 * the table: the CSV writes every series' values alike (see plainColumns), as the unit may be a guess.
 *
 * @example
 * seriesKind([820, 930, 1050], undefined); // 'count'
 * seriesKind([27911115, 34167515], 'GBP'); // 'gbp'
 * seriesKind([27.9, 34.2], 'GBP'); // 'number'
 */
export function seriesKind(values: readonly number[], unit: string | undefined): FigureKind {
  if (!values.every(Number.isInteger)) return 'number';
  return unit === 'GBP' ? 'gbp' : 'count';
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
    ...METHOD_OPTION,
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
    const method = methodOf(args, 'forecast');
    const input = await readSeriesInput(io, file, seriesColumnsOf(args), 'forecast');
    const bar = createProgressBar(io, 'forecasting', input.records.length);
    const done: { name: string; result: ForecastResult; kind: FigureKind; split: boolean; lastValue?: number }[] = [];
    const failed: { name: string; index: number; error: unknown }[] = [];
    try {
      for (const [i, series] of input.records.entries()) {
        try {
          const kind = seriesKind(series.values, input.units[i]);
          const result = forecast(series, { horizon, method });
          done.push({
            name: input.names[i],
            result,
            kind,
            split: input.splitYears[i],
            lastValue: series.values.at(-1),
          });
        } catch (error) {
          failed.push({ name: input.names[i], index: i, error });
        }
        bar.tick();
      }
    } finally {
      bar.done();
    }
    const many = input.many || input.records.length > 1;
    throwIfAllFailed(file, failed, input.records.length, many, input.skippedIssues);
    const rows = done.flatMap((d) => forecastRows(d.result, d.split, many ? d.name : undefined));
    const columns = forecastColumns(done[0].result, done[0].kind, many);
    return {
      // A series of academic or financial years keeps the library's years (the year each ends in) and adds the
      // labels the table shows, so the JSON says which year 2025 is.
      json: many ? done.map((d) => ({ series: d.name, ...withLabels(d) })) : withLabels(done[0]),
      tables: seriesTables(done, many, (items, kind, withSeries) => ({
        columns: forecastColumns(items[0].result, kind, withSeries),
        rows: items.flatMap((d) => forecastRows(d.result, d.split, withSeries ? d.name : undefined)),
      })),
      csv: tableCsv({ columns: plainColumns(columns, ['gbp', 'count']), rows }),
      notes: [
        ...input.warnings,
        ...seriesFailureNotes(failed, 'forecast'),
        ...done.flatMap((d) => {
          const prefix = many ? `${d.name}: ` : '';
          const held = heldAtZero(d.result, d.lastValue, d.split);
          return [`${prefix}${d.result.why.summary}`, ...(held ? [`${prefix}${held}`] : [])];
        }),
      ],
    };
  },
};
