import { SeriesSchema } from '../schema/series.js';
import { accuracyOfRuns, type Accuracy } from './accuracy.js';
import { auto, autoFrom } from './auto.js';
import { AUTO_DESIGN, type AutoDesign } from './auto-design.js';
import { intervalScale, predictionIntervals } from './intervals.js';
import { modelFor } from './method.js';
import type { Model } from './model.js';
import { drift } from './models/drift.js';
import {
  DEFAULT_FORECAST_OPTIONS,
  ForecastOptionsSchema,
  type ForecastOptions,
  type ForecastOptionsInput,
  type MethodName,
  type SeriesInput,
} from './options.js';
import { parseInputs } from './parse-input.js';
import { rollingOrigin, type OriginForecast } from './rolling-origin.js';

/**
 * Why a forecast came out as it did: the models, how they were merged, and how the method did on the series' own past.
 */
export type ForecastWhy = {
  /** The models whose forecasts make the mean (one for a single model). */
  models: string[];
  /** How they were merged: 'median' or 'mean' year by year, or 'single'. */
  combiner: 'median' | 'mean' | 'single';
  /** Each model's weight in the mean (equal shares in a median). */
  weights: Record<string, number>;
  /**
   * Why these models, when the series' length decided it (auto on a short series), or why the model named was fitted
   * as a straight line (exponential-trend with a value of 0 or below, quadratic-trend on 2 values); otherwise absent.
   */
  note?: string;
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
 * The default method, 'auto', is a weighted mean of a robust random walk with drift and the
 * optimised Theta method (with the naive forecast too for 3 to 6 values, the naive alone for 2),
 * chosen on one benchmark family and measured on another (bench/README.md); intervals are sized from
 * the spread of the series' changes and the method's own rolling-origin errors on it. For a series
 * with no negative value (counts, spend) forecasts and lower bounds never go below 0.
 *
 * @param series `{ start, values }` or a list of numbers, at least 2 values
 * @param options `horizon` (years, required), `method` ('auto' or a model name, METHOD_LIST), `levels`
 *   (percent, MIN_LEVEL 1 to MAX_LEVEL 99.99, default [80, 95]), `nonNegative`
 * @throws ValidationError listing every problem in the series and the options
 * @example
 * const f = forecast({ start: 2017, values: [27.9, 34.2, 39.8, 49.2] }, { horizon: 2 });
 * f.years; // [2021, 2022]
 * f.mean.map((v) => v.toFixed(1)); // ['52.9', '57.0']
 * f.why.summary; // 'mean of naive 0.33, robust-drift 0.33, optimised-theta 0.33 (short series: 3 to 6 values); too
 *   short to backtest'
 */
export function forecast(series: SeriesInput, options: ForecastOptionsInput): ForecastResult {
  const input = parseInputs(
    { series: [SeriesSchema, series], options: [ForecastOptionsSchema, options] },
    'forecast input',
  );
  const { values, start } = input.series;
  return forecastValues(values, start, input.options);
}

const autoModels = new WeakMap<AutoDesign, ReturnType<typeof autoFrom>>([[AUTO_DESIGN, auto]]);

/**
 * `forecast` on already-validated input, with the automatic forecast's design as a parameter:
 * bench/forecast-select.ts scores candidate designs through it, so what was measured is what ships.
 *
 * @param values the series (at least 2 finite values)
 * @param start its first year
 * @param options validated options (ForecastOptions)
 * @param design the automatic forecast's design (default AUTO_DESIGN); its intervals size every method's
 * @example
 * forecastValues([1, 2, 3, 4, 5, 6, 7, 8], 2000, { horizon: 1, method: 'drift', levels: [80] }).mean; // [9]
 */
export function forecastValues(
  values: readonly number[],
  start: number,
  options: ForecastOptions,
  design: AutoDesign = AUTO_DESIGN,
): ForecastResult {
  const { horizon, method, nonNegative: clip = values.every((v) => v >= 0) } = options;
  const levels = [...new Set(options.levels)].sort((a, b) => a - b);
  const n = values.length;
  const autoModel = autoModels.get(design) ?? autoFrom(design);
  autoModels.set(design, autoModel);
  // auto fits the model for the series' length; its backtest refits auto itself, as it would have run.
  const model: Model = method === 'auto' ? autoModel.forLength(n) : modelFor(method);

  let mean = model.fit(values).predict(horizon);
  // Every model keeps finite input finite; this is the last guard of the promise, not an expected path.
  if (!mean.every(Number.isFinite)) mean = drift.fit(values).predict(horizon);
  if (clip) mean = mean.map((v) => Math.max(0, v));

  const rollingHorizon = Math.min(horizon, DEFAULT_FORECAST_OPTIONS.rollingHorizon);
  const runs = recentRuns(values, method === 'auto' ? autoModel : model, rollingHorizon);
  const scale = intervalScale(values, runs, design.intervals);
  const { lower, upper } = predictionIntervals(mean, scale, levels, clip, n, design.intervals);
  const backtest = { origins: runs.length, ...accuracyOfRuns(values, runs, rollingHorizon).overall };
  return {
    years: mean.map((_, i) => start + n + i),
    mean,
    lower,
    upper,
    method,
    why: whyOf(model, method, values, backtest, scale, clip, design.shortUpTo),
  };
}

/**
 * The rolling-origin forecasts `forecast` sizes intervals and reports its backtest with: refits at the
 * last DEFAULT_FORECAST_OPTIONS.rollingOrigins origins that leave `horizon` years to compare, none
 * before rollingMinTrain values.
 *
 * @param values the series
 * @param model the method (for auto, the model that picks by length, as it would have run)
 * @param horizon the most years ahead compared (at most rollingHorizon)
 * @example
 * import { naive } from './models/naive.js';
 * recentRuns([1, 2, 3, 4, 5], naive, 1); // [{ origin: 4, actual: [5], forecast: [4] }]
 */
export function recentRuns(values: readonly number[], model: Model, horizon: number): OriginForecast[] {
  const firstOrigin = Math.max(
    DEFAULT_FORECAST_OPTIONS.rollingMinTrain,
    values.length - DEFAULT_FORECAST_OPTIONS.rollingOrigins - horizon + 1,
  );
  return rollingOrigin(values, model, firstOrigin, horizon);
}

/** The reasons of a forecast: its models and weights, the length rule or a fallback when one applied, the backtest. */
function whyOf(
  model: Model,
  method: MethodName,
  values: readonly number[],
  backtest: ForecastWhy['backtest'],
  scale: number,
  nonNegative: boolean,
  shortUpTo: number,
): ForecastWhy {
  const models = model.members ? [...model.members] : [model.name];
  const combiner = model.combiner ?? 'single';
  const shares = model.weights ?? models.map(() => 1 / models.length);
  const weights = Object.fromEntries(models.map((m, i) => [m, shares[i]]));
  const n = values.length;
  // The two models that fit a line where their curve cannot be fitted (see their docs) say so, or `why` would name a
  // curve the forecast does not follow.
  const note =
    method === 'exponential-trend' && values.some((v) => v <= 0)
      ? 'a straight line instead: a value is 0 or below'
      : method === 'quadratic-trend' && n < 3
        ? 'a straight line instead: 2 values fix no curve'
        : method !== 'auto' || n > shortUpTo
          ? undefined
          : n <= 2
            ? '2 values are too short to choose a model, so the last value is carried forward'
            : `short series: 3 to ${shortUpTo} values`;
  const merged =
    combiner === 'single'
      ? models[0]
      : `${combiner} of ${models.map((m) => (combiner === 'mean' ? `${m} ${weights[m].toFixed(2)}` : m)).join(', ')}`;
  const tested =
    backtest.smape === null
      ? 'too short to backtest'
      : `backtest over ${backtest.origins} origin${backtest.origins === 1 ? '' : 's'}: ` +
        `${backtest.mase === null ? '' : `MASE ${backtest.mase.toFixed(2)}, `}sMAPE ${backtest.smape.toFixed(1)}%`;
  return {
    models,
    combiner,
    weights,
    ...(note ? { note } : {}),
    backtest,
    intervalScale: scale,
    nonNegative,
    summary: `${merged}${note ? ` (${note})` : ''}; ${tested}`,
  };
}
