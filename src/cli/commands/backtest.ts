import { backtest, type BacktestResult } from '../../index.js';
import { METHOD_OPTION, methodOf } from '../method-flag.js';
import type { Command } from '../command.js';
import { createProgressBar } from '../progress-bar.js';
import { readSeriesInput, SERIES_COLUMN_OPTIONS, seriesColumnsOf } from '../read-series-input.js';
import { type SeriesFailure, seriesFailureNotes, throwIfAllFailed } from '../series-failures.js';
import { seriesTables } from '../series-tables.js';
import type { FigureKind } from '../../report/figure-format.js';
import { seriesKind } from './forecast.js';
import { type Column, tableCsv } from '../format-output.js';

/**
 * Why a backtest's MASE column is blank where forecasts were compared: the years of the first fit never changed, so
 * there is no yearly change to scale the errors by (see Accuracy.mase). Undefined when MASE was given.
 *
 * @param result the backtest
 * @param length how many values the series has
 * @example
 * blankMaseNote(backtest([100, 100, 100, 100, 100, 100, 100, 50], 'naive'), 8);
 * // 'MASE is blank: the first 6 years, which the first fit takes, never changed, so there is no yearly change to
 * //  measure the errors against; sMAPE and MAE still say how far the forecasts missed'
 */
export function blankMaseNote(result: BacktestResult, length: number): string | undefined {
  if (result.overall.count === 0 || result.overall.mase !== null) return undefined;
  return (
    `MASE is blank: the first ${length - result.origins} years, which the first fit takes, never changed, so ` +
    'there is no yearly change to measure the errors against; sMAPE and MAE still say how far the forecasts missed'
  );
}

/**
 * Why a backtest's table leaves rows blank: the horizons no origin reached, as a note in a planner's words, or
 * undefined when every horizon was compared. An origin h years from the series' end compares at most h years ahead.
 *
 * @param result the backtest
 * @param length how many values the series has
 * @example
 * unreachedHorizonsNote(backtest([820, 930, 1050, 1172], 'auto'), 4);
 * // 'no forecast 2 or 3 years ahead to compare: the first fit takes 3 of the 4 years, so 1 year follows it; those
 * //  rows are blank (a smaller --min-train looks further ahead)'
 */
export function unreachedHorizonsNote(result: BacktestResult, length: number): string | undefined {
  const unreached = result.perHorizon.filter((p) => p.count === 0).map((p) => p.horizon);
  if (unreached.length === 0) return undefined;
  const firstFit = length - result.origins;
  const after = length - firstFit;
  const horizons =
    unreached.length === 1 ? `${unreached[0]}` : `${unreached.slice(0, -1).join(', ')} or ${unreached.at(-1)}`;
  return (
    `no forecast ${horizons} year${unreached.length === 1 && unreached[0] === 1 ? '' : 's'} ahead to compare: the ` +
    `first fit takes ${firstFit} of the ${length} years, so ${after} year${after === 1 ? '' : 's'} follow` +
    `${after === 1 ? 's' : ''} it; ${unreached.length === 1 ? 'that row is' : 'those rows are'} blank` +
    `${firstFit > 2 ? ' (a smaller --min-train looks further ahead)' : ''}`
  );
}

/**
 * `send-placement backtest`: how far to trust a forecasting method on a council's own series —
 * rolling-origin sMAPE, MASE and MAE per horizon and overall.
 *
 * @example
 * // send-placement backtest --series spend.csv --method theta
 */
export const backtestCommand: Command = {
  name: 'backtest',
  summary: 'Backtest a forecasting method on a series: sMAPE, MASE and MAE per horizon.',
  details: [
    'Refits the method on the first years, forecasts ahead, compares with what happened, adds a year',
    'and repeats (rolling origin: an origin is the last year a fit sees). A JSON list of series backtests each',
    '(progress bar on a terminal). Each row is one horizon (1 = a year ahead): sMAPE is its error as a',
    "percentage of the values, MASE its error against repeating the last year's value (under 1 beats that),",
    "MAE its mean error in the series' own unit.",
  ].join('\n'),
  options: {
    series: { type: 'string', value: 'FILE', required: true, description: 'the series, CSV (year,value) or JSON' },
    ...METHOD_OPTION,
    horizon: { type: 'string', value: 'N', description: 'years ahead at each origin (default 3)' },
    'min-train': {
      type: 'string',
      value: 'N',
      description: 'years in the first fit (default 6, or one less than the series)',
    },
    ...SERIES_COLUMN_OPTIONS,
  },
  examples: [
    'send-placement backtest --series spend.csv --method theta',
    'send-placement backtest --series series.json --method auto --format csv',
  ],
  async run({ io, args }) {
    const file = args.requiredString('series');
    const method = methodOf(args, 'backtest');
    const horizon = args.integer('horizon', { min: 1, max: 100 }, undefined);
    const minTrain = args.integer('min-train', { min: 2 }, undefined);
    const input = await readSeriesInput(io, file, seriesColumnsOf(args), 'backtest');
    const bar = createProgressBar(io, 'backtesting', input.records.length);
    const done: { name: string; result: BacktestResult; kind: FigureKind; length: number }[] = [];
    const failed: SeriesFailure[] = [];
    try {
      for (const [i, series] of input.records.entries()) {
        try {
          const options = {
            ...(horizon === undefined ? {} : { horizon }),
            ...(minTrain === undefined ? {} : { minTrain }),
          };
          const kind = seriesKind(series.values, input.units[i]);
          const result = backtest(series, method, options);
          done.push({ name: input.names[i], result, kind, length: series.values.length });
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
    const rowsOf = (items: readonly { name: string; result: BacktestResult }[], withSeries: boolean) =>
      items.flatMap(({ name, result }) => [
        ...result.perHorizon.map((p) => ({
          ...(withSeries ? { series: name } : {}),
          ...p,
          horizon: String(p.horizon),
        })),
        { ...(withSeries ? { series: name } : {}), horizon: 'overall', ...result.overall },
      ]);
    const columnsOf = (maeKind: FigureKind, withSeries: boolean): Column[] => [
      ...(withSeries ? ['series'] : []),
      'horizon',
      { key: 'count', label: 'forecasts compared', kind: 'count' },
      { key: 'smape', label: 'sMAPE', kind: 'percent' },
      { key: 'mase', label: 'MASE', kind: 'score' },
      { key: 'mae', label: 'MAE', kind: maeKind },
    ];
    const rows = rowsOf(done, many);
    const columns = columnsOf(done[0].kind, many);
    return {
      json: many ? done.map((d) => ({ series: d.name, ...d.result })) : done[0].result,
      tables: seriesTables(done, many, (items, kind, withSeries) => ({
        columns: columnsOf(kind, withSeries),
        rows: rowsOf(items, withSeries),
      })),
      // The MAE is in the series' unit: written in full, never rounded to whole pounds on a guess.
      csv: tableCsv({ columns: [...columns.slice(0, -1), { key: 'mae', label: 'MAE', kind: 'number' }], rows }),
      notes: [
        ...input.warnings,
        ...seriesFailureNotes(failed, 'backtested'),
        ...done.flatMap(({ name, result: r, length }) => {
          const reasons = [unreachedHorizonsNote(r, length), blankMaseNote(r, length)];
          return [
            `${many ? `${name}: ` : ''}${r.method}, ${r.origins} origin${r.origins === 1 ? '' : 's'}, overall sMAPE ` +
              `${r.overall.smape === null ? '(none)' : `${r.overall.smape.toFixed(2)}%`}`,
            ...reasons.filter((note) => note !== undefined).map((note) => `${many ? `${name}: ` : ''}${note}`),
          ];
        }),
      ],
    };
  },
};
