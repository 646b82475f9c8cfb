import { backtest, type BacktestResult } from '../../index.js';
import type { MethodName } from '../../index.js';
import type { Command } from '../command.js';
import { createProgressBar } from '../progress-bar.js';
import { readSeriesInput, SERIES_COLUMN_OPTIONS, seriesColumnsOf } from '../read-series-input.js';

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
    'and repeats (rolling origin). A JSON list of series backtests each (progress bar on a terminal).',
  ].join('\n'),
  options: {
    series: { type: 'string', value: 'FILE', required: true, description: 'the series, CSV (year,value) or JSON' },
    method: { type: 'string', value: 'NAME', description: 'auto (default) or a model name' },
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
    // The library validates the name and lists the valid ones when it is unknown.
    const method = (args.string('method') ?? 'auto') as MethodName;
    const horizon = args.integer('horizon', { min: 1, max: 100 }, undefined);
    const minTrain = args.integer('min-train', { min: 2 }, undefined);
    const { records, warnings } = await readSeriesInput(io, file, seriesColumnsOf(args), 'backtest');
    const bar = createProgressBar(io, 'backtesting', records.length);
    const results: BacktestResult[] = [];
    try {
      for (const series of records) {
        results.push(
          backtest(series, method, {
            ...(horizon === undefined ? {} : { horizon }),
            ...(minTrain === undefined ? {} : { minTrain }),
          }),
        );
        bar.tick();
      }
    } finally {
      bar.done();
    }
    const many = results.length > 1;
    const rows = results.flatMap((r, i) => [
      ...r.perHorizon.map((p) => ({
        ...(many ? { series: i + 1 } : {}),
        horizon: String(p.horizon),
        count: p.count,
        smape: p.smape,
        mase: p.mase,
        mae: p.mae,
      })),
      {
        ...(many ? { series: i + 1 } : {}),
        horizon: 'overall',
        count: r.overall.count,
        smape: r.overall.smape,
        mase: r.overall.mase,
        mae: r.overall.mae,
      },
    ]);
    return {
      json: many ? results : results[0],
      tables: [{ columns: Object.keys(rows[0]), rows }],
      notes: [
        ...warnings,
        ...results.map(
          (r, i) =>
            `${many ? `series ${i + 1}: ` : ''}${r.method}, ${r.origins} origins, overall sMAPE ` +
            `${r.overall.smape.toFixed(2)}`,
        ),
      ],
    };
  },
};
