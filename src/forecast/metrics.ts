/**
 * Forecast accuracy measures, as defined for the M3 and M4 competitions. Each returns a finite
 * number for values within SERIES_VALUE_LIMIT (what `forecast` and `backtest` accept): a 0/0 term
 * (actual and forecast both 0) counts as a perfect forecast, and MASE never divides by a scale
 * below MASE_MIN_SCALE.
 */

import { SERIES_VALUE_LIMIT } from '../schema/series.js';
import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';

/**
 * Checks the metric functions' arguments at the door, without zod: they run once per backtest
 * origin. Every value must be a finite number within SERIES_VALUE_LIMIT, and the lists of actual
 * and forecast values as long as each other; every problem is listed.
 */
function checkLists(lists: Record<string, readonly number[]>, sameLength: string[] = []): void {
  const issues: ValidationIssueInput[] = [];
  for (const [name, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) {
      issues.push({ path: name, message: 'must be a list of numbers' });
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      const v: unknown = list[i];
      if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > SERIES_VALUE_LIMIT) {
        issues.push({ path: `${name}[${i}]`, message: `must be a finite number within ±${SERIES_VALUE_LIMIT}` });
      }
    }
  }
  const lengths = sameLength
    .map((name) => lists[name])
    .filter(Array.isArray)
    .map((l) => l.length);
  if (lengths.length === sameLength.length && new Set(lengths).size > 1) {
    issues.push({
      path: sameLength[1],
      message: `must have as many values as ${sameLength[0]} (${lengths[0]}), not ${lengths[1]}`,
    });
  }
  if (issues.length > 0) throw new ValidationError('accuracy input', issues);
}

/**
 * The smallest scale MASE divides by. A mean absolute first difference or mean level below it counts
 * as 0 (see maseScale): values that small are round-off or underflow (a subnormal like 5e-324), never
 * a count, a rate or spend, and a forecast error divided by them overflows to Infinity. Errors of
 * forecasts of values within SERIES_VALUE_LIMIT stay far below 1e100, so a scaled error stays finite.
 *
 * @example
 * maseScale([0, MASE_MIN_SCALE / 2, 0]); // 1 (too small a scale: the history counts as all zero)
 */
export const MASE_MIN_SCALE = 1e-100;

/**
 * Symmetric mean absolute percentage error, in percent: mean of 200·|F − A| / (|F| + |A|).
 * Bounded by 200, so one series cannot dominate an average.
 *
 * @example
 * smape([100, 200], [110, 180]); // 10.025062656641605
 */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
  checkLists({ actual, forecast }, ['actual', 'forecast']);
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += smapeTerm(actual[i], forecast[i]);
  return actual.length === 0 ? 0 : sum / actual.length;
}

/**
 * One term of sMAPE: 200·|F − A| / (|F| + |A|), 0 when both are 0, at most 200 even after rounding.
 * Where 200·|F − A| or |F| + |A| would overflow (values near ±1.8e308) the ratio is taken first on
 * halved values, so any finite pair gives a finite term.
 *
 * @param actual the actual value A
 * @param forecast the forecast F
 * @example
 * smapeTerm(100, 110); // 9.523809523809524
 * smapeTerm(0, 0); // 0
 * smapeTerm(1e308, -1e308); // 200
 */
export function smapeTerm(actual: number, forecast: number): number {
  if (!Number.isFinite(actual) || !Number.isFinite(forecast)) checkLists({ actual: [actual], forecast: [forecast] });
  const denominator = Math.abs(forecast) + Math.abs(actual);
  if (denominator === 0) return 0;
  const scaledError = 200 * Math.abs(forecast - actual);
  if (Number.isFinite(scaledError) && Number.isFinite(denominator)) return Math.min(200, scaledError / denominator);
  return Math.min(200, 200 * (Math.abs(forecast / 2 - actual / 2) / (Math.abs(forecast / 2) + Math.abs(actual / 2))));
}

/**
 * Mean absolute error, in the series' units.
 *
 * @example
 * mae([100, 200], [110, 180]); // 15
 */
export function mae(actual: readonly number[], forecast: readonly number[]): number {
  checkLists({ actual, forecast }, ['actual', 'forecast']);
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(forecast[i] - actual[i]);
  return actual.length === 0 ? 0 : sum / actual.length;
}

/**
 * The scale MASE divides by: the in-sample mean absolute first difference (the naive forecast's
 * one-step error). A constant history has no such scale; then the mean absolute value is used
 * instead, and 1 if there is none either (an all-zero history: MASE is then the MAE), so MASE stays
 * finite. "None" means below MASE_MIN_SCALE, not only 0: a history of subnormal values such as
 * [0, 5e-324, 0] counts as all zero, since dividing by 5e-324 overflows.
 *
 * @example
 * maseScale([10, 12, 11]); // 1.5
 * maseScale([5, 5, 5]); // 5 (constant: the mean absolute value)
 * maseScale([0, 5e-324, 0]); // 1 (numerically all zero)
 */
export function maseScale(training: readonly number[]): number {
  checkLists({ training });
  let sum = 0;
  for (let t = 1; t < training.length; t++) sum += Math.abs(training[t] - training[t - 1]);
  const meanChange = training.length > 1 ? sum / (training.length - 1) : 0;
  if (meanChange >= MASE_MIN_SCALE) return meanChange;
  const level = training.reduce((s, v) => s + Math.abs(v), 0) / Math.max(training.length, 1);
  return level >= MASE_MIN_SCALE ? level : 1;
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

/**
 * Mean scaled interval score (Gneiting and Raftery, 2007; the M4 competition's interval measure): the
 * mean over the horizon of the interval's width plus 2/α times how far each actual value fell
 * outside it (α = 1 − level/100), divided by maseScale(training). Lower is better: it rewards
 * narrow intervals and punishes misses, so neither too narrow nor too wide an interval wins.
 *
 * @param actual the values that happened
 * @param lower the interval's lower bounds, one per actual value
 * @param upper the interval's upper bounds
 * @param training the values the forecast was made from (its scale)
 * @param level the interval's level in percent (default 95)
 * @example
 * msis([10, 14], [8, 9], [12, 13], [10, 11, 12]); // 24 (widths 4 and 4, a miss by 1 counted 40 times: 48 / 2 / 1)
 */
export function msis(
  actual: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  training: readonly number[],
  level = 95,
): number {
  checkLists({ actual, lower }, ['actual', 'lower']);
  checkLists({ actual, upper }, ['actual', 'upper']);
  if (!(level > 0 && level < 100)) {
    throw new ValidationError('accuracy input', [{ path: 'level', message: 'must be a percentage between 0 and 100' }]);
  }
  const penalty = 200 / (100 - level);
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const [a, l, u] = [actual[i], lower[i], upper[i]];
    sum += u - l + (a < l ? penalty * (l - a) : 0) + (a > u ? penalty * (a - u) : 0);
  }
  return actual.length === 0 ? 0 : sum / actual.length / maseScale(training);
}
