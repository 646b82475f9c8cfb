import { SeriesSchema } from '../schema/series.js';
import { accuracyOfRuns, type Accuracy } from './accuracy.js';
import { intervalScale, predictionIntervals } from './intervals.js';
import { modelFor } from './method.js';
import { drift } from './models/drift.js';
import {
  DEFAULT_FORECAST_OPTIONS,
  ForecastOptionsSchema,
  type ForecastOptionsInput,
  type MethodName,
  type SeriesInput,
} from './options.js';
import { parseInputs } from './parse-input.js';
import { rollingOrigin } from './rolling-origin.js';

/**
 * Why a forecast came out as it did: the models, how they were merged, and how the method did on the series' own past.
 */
export type ForecastWhy = {
  /** The models whose forecasts make the mean (one for a single model). */
  models: string[];
  /** How they were merged: 'median' or 'mean' year by year, or 'single'. */
  combiner: 'median' | 'mean' | 'single';
  /** Each model's share of the vote: equal shares in a mean or a median. */
  weights: Record<string, number>;
  /** Rolling-origin accuracy of the method on this series (count 0 when the series is too short to backtest). */
  backtest: Accuracy & { origins: number };
  /** The error scale the intervals were sized with, in the series' units (see intervalScale). */
  intervalScale: number;
  /** Whether forecasts and lower bounds were clipped at 0. */
  nonNegative: boolean;
  /** The same in one sentence, for a report or a panel paper. */
  summary: string;
};

/** What `forecast` returns. Interval records are keyed by level ('80', '95'). */
export type ForecastResult = {
  /** The years forecast: the year after the last one onwards. */
  years: number[];
  mean: number[];
  lower: Record<string, number[]>;
  upper: Record<string, number[]>;
  method: MethodName;
  why: ForecastWhy;
};

/**
 * Forecasts an annual series `horizon` years ahead, with prediction intervals and the reasons.
 * The default method, 'auto', is the median of drift, optimised Theta and damped trend forecasts
 * (plain and on the log scale), the most accurate combination on the M3 yearly benchmark; intervals
 * are sized from the method's rolling-origin errors on this series and calibrated on M3 for coverage.
 * For a series with no negative value (counts, spend) forecasts and lower bounds never go below 0.
 *
 * @param series `{ start, values }` or a list of numbers, at least 2 values
 * @param options `horizon` (years, required), `method` ('auto' or a model name), `levels` (percent, MIN_LEVEL 1 to
 *   MAX_LEVEL 99.99, default [80, 95]), `nonNegative`
 * @throws ValidationError listing every problem in the series and the options
 * @example
 * const f = forecast({ start: 2017, values: [27.9, 34.2, 39.8, 49.2] }, { horizon: 2 });
 * f.years; // [2021, 2022]
 * f.mean.map((v) => v.toFixed(1)); // ['56.3', '63.4']
 * f.why.summary; // 'median of drift, optimised-theta, damped, log-optimised-theta, log-damped; too short to backtest'
 */
export function forecast(series: SeriesInput, options: ForecastOptionsInput): ForecastResult {
  const input = parseInputs(
    { series: [SeriesSchema, series], options: [ForecastOptionsSchema, options] },
    'forecast input',
  );
  const { values, start } = input.series;
  const { horizon, method, nonNegative: clip = values.every((v) => v >= 0) } = input.options;
  const levels = [...new Set(input.options.levels)].sort((a, b) => a - b);
  const model = modelFor(method);

  let mean = model.fit(values).predict(horizon);
  // Every model keeps finite input finite; this is the last guard of the promise, not an expected path.
  if (!mean.every(Number.isFinite)) mean = drift.fit(values).predict(horizon);
  if (clip) mean = mean.map((v) => Math.max(0, v));

  const n = values.length;
  const rollingHorizon = Math.min(horizon, DEFAULT_FORECAST_OPTIONS.rollingHorizon);
  const firstOrigin = Math.max(
    DEFAULT_FORECAST_OPTIONS.rollingMinTrain,
    n - DEFAULT_FORECAST_OPTIONS.rollingOrigins - rollingHorizon + 1,
  );
  const runs = rollingOrigin(values, model, firstOrigin, rollingHorizon);
  const scale = intervalScale(values, runs);
  const { lower, upper } = predictionIntervals(mean, scale, levels, clip, n);
  const backtest = { origins: runs.length, ...accuracyOfRuns(values, runs, rollingHorizon).overall };

  const models = model.members ? [...model.members] : [model.name];
  const combiner = model.combiner ?? 'single';
  const why: ForecastWhy = {
    models,
    combiner,
    weights: Object.fromEntries(models.map((m) => [m, 1 / models.length])),
    backtest,
    intervalScale: scale,
    nonNegative: clip,
    summary: `${combiner === 'single' ? models[0] : `${combiner} of ${models.join(', ')}`}; ${
      runs.length === 0
        ? 'too short to backtest'
        : `backtest over ${runs.length} origins: MASE ${backtest.mase.toFixed(2)}, sMAPE ${backtest.smape.toFixed(1)}%`
    }`,
  };
  return { years: mean.map((_, i) => start + n + i), mean, lower, upper, method, why };
}
