/**
 * The one small interface every forecasting model implements, in the style of the mljs regressions:
 * `fit` a series, then `predict` from the fitted model. Values are plain annual numbers, oldest first.
 */

/** A model fitted to one series: it forecasts ahead and reports how well it tracked the series. */
export type Fitted = {
  /** The next `h` values after the end of the series (point forecasts). */
  predict(h: number): number[];
  /** In-sample one-step errors (actual - fitted), in time order; may be shorter than the series. */
  readonly residuals: readonly number[];
  /** Standard deviation of the one-step errors (root mean square of `residuals`); 0 for a perfect fit. */
  readonly sigma: number;
};

/** A forecasting method: a name and a way to fit it to a series of at least 2 finite values. */
export type Model = {
  readonly name: string;
  /** For a combination: its members' names and how their forecasts are merged. */
  readonly members?: readonly string[];
  readonly combiner?: 'mean' | 'median';
  /** For a weighted mean: each member's weight, in `members` order, summing to 1. */
  readonly weights?: readonly number[];
  fit(values: readonly number[]): Fitted;
};

/**
 * Builds a Fitted from a forecast function and the one-step fitted values, computing residuals and
 * sigma in one place so every model reports in-sample error the same way.
 *
 * @param values the series
 * @param oneStep one-step-ahead fitted values aligned with `values` (NaN where a model has no fit yet, skipped)
 * @param predict the forecast function
 * @example
 * const f = fittedFrom([1, 2, 4], [NaN, 1, 2], (h) => Array(h).fill(4));
 * f.residuals; // [1, 2]
 * f.sigma; // 1.5811388300841898  (sqrt((1 + 4) / 2))
 */
export function fittedFrom(
  values: readonly number[],
  oneStep: readonly number[],
  predict: (h: number) => number[],
): Fitted {
  const residuals: number[] = [];
  for (let t = 0; t < values.length; t++) {
    if (Number.isFinite(oneStep[t])) residuals.push(values[t] - oneStep[t]);
  }
  return { predict, residuals, sigma: rootMeanSquare(residuals) };
}

function rootMeanSquare(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let sum = 0;
  for (const x of xs) sum += x * x;
  return Math.sqrt(sum / xs.length);
}
