import { SeriesSchema } from '../schema/series.js';
import { ValidationError } from '../schema/validation-error.js';
import { modelFor } from './method.js';
import { accuracyOfRuns, type Accuracy } from './accuracy.js';
import {
  BacktestOptionsSchema,
  DEFAULT_FORECAST_OPTIONS,
  MethodSchema,
  type BacktestOptionsInput,
  type MethodInput,
  type MethodName,
  type SeriesInput,
} from './options.js';
import { parseInputs } from './parse-input.js';
import { rollingOrigin } from './rolling-origin.js';

/** What `backtest` returns: rolling-origin accuracy per horizon and overall. */
export type BacktestResult = {
  method: MethodName;
  /** Number of origins the method was refitted at. */
  origins: number;
  /** Accuracy h years ahead, for h = 1..horizon (an entry with count 0 when no origin reached that far). */
  perHorizon: Array<Accuracy & { horizon: number }>;
  overall: Accuracy;
};

/**
 * Rolling-origin backtest of a method on one series: refit on the first `minTrain` values, forecast
 * `horizon` years, compare, add a year, repeat. Tells a planner how far to trust a method on their own
 * data: sMAPE, MASE and MAE per horizon and overall.
 *
 * @param series `{ start, values }` or a list of numbers (at least 3, so one origin remains)
 * @param method 'auto' or a model name (see MODELS)
 * @param options `horizon` (default 3) and `minTrain` (default 6, or the series length - 1 if shorter); null or
 *   omitted: the defaults
 * @throws ValidationError listing every problem in the series, method and options
 * @example
 * const r = backtest([10, 11, 12, 13, 14, 15], 'drift', { minTrain: 3, horizon: 2 });
 * r.origins; // 3
 * r.overall.mae; // 0
 * r.perHorizon.map((p) => p.count); // [3, 2]
 */
export function backtest(series: SeriesInput, method: MethodInput, options: BacktestOptionsInput = {}): BacktestResult {
  const input = parseInputs(
    { series: [SeriesSchema, series], method: [MethodSchema, method], options: [BacktestOptionsSchema, options ?? {}] },
    'backtest input',
  );
  const values = input.series.values;
  const n = values.length;
  const minTrain = input.options.minTrain ?? Math.max(2, Math.min(DEFAULT_FORECAST_OPTIONS.backtestMinTrain, n - 1));
  if (minTrain >= n) {
    throw new ValidationError('backtest input', [
      input.options.minTrain === undefined
        ? { path: 'series.values', message: 'a backtest needs at least 3 values: 2 to fit, 1 to compare' }
        : {
            path: 'options.minTrain',
            message: `minTrain must be less than the series length (${n}) so that at least one origin remains`,
          },
    ]);
  }
  const horizon = input.options.horizon;
  const runs = rollingOrigin(values, modelFor(input.method), minTrain, horizon);
  return { method: input.method, origins: runs.length, ...accuracyOfRuns(values, runs, horizon) };
}
