/**
 * Forecast accuracy measures, as defined for the M3 and M4 competitions. Each returns a finite
 * number for finite input: a 0/0 term (actual and forecast both 0) counts as a perfect forecast.
 */

/**
 * Symmetric mean absolute percentage error, in percent: mean of 200·|F − A| / (|F| + |A|).
 * Bounded by 200, so one series cannot dominate an average.
 *
 * @example
 * smape([100, 200], [110, 180]); // 10.025062656641605
 */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const denominator = Math.abs(forecast[i]) + Math.abs(actual[i]);
    if (denominator > 0) sum += (200 * Math.abs(forecast[i] - actual[i])) / denominator;
  }
  return actual.length === 0 ? 0 : sum / actual.length;
}

/**
 * Mean absolute error, in the series' units.
 *
 * @example
 * mae([100, 200], [110, 180]); // 15
 */
export function mae(actual: readonly number[], forecast: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(forecast[i] - actual[i]);
  return actual.length === 0 ? 0 : sum / actual.length;
}

/**
 * The scale MASE divides by: the in-sample mean absolute first difference (the naive forecast's
 * one-step error). A constant history has scale 0; then the mean absolute value is used instead,
 * and 1 if that is 0 too, so MASE stays finite.
 *
 * @example
 * maseScale([10, 12, 11]); // 1.5
 */
export function maseScale(training: readonly number[]): number {
  let sum = 0;
  for (let t = 1; t < training.length; t++) sum += Math.abs(training[t] - training[t - 1]);
  if (sum > 0) return sum / (training.length - 1);
  const level = training.reduce((s, v) => s + Math.abs(v), 0) / Math.max(training.length, 1);
  return level > 0 ? level : 1;
}

/**
 * Mean absolute scaled error (Hyndman and Koehler, 2006): MAE divided by the in-sample mean
 * absolute first difference of the training series. Below 1 beats the one-step naive in-sample.
 *
 * @example
 * mase([13, 14], [12, 12], [10, 12, 11]); // 1
 */
export function mase(actual: readonly number[], forecast: readonly number[], training: readonly number[]): number {
  return mae(actual, forecast) / maseScale(training);
}
