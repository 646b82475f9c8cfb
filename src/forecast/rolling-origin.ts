import type { Model } from './model.js';

/** One rolling-origin forecast: fitted on the first `origin` values, compared with the next ones. */
export type OriginForecast = { origin: number; actual: number[]; forecast: number[] };

/**
 * Rolling-origin evaluation (Tashman, 2000): refit the model on the first `origin` values for every
 * origin from `firstOrigin` to the second-last value, and forecast up to `horizon` years ahead (fewer
 * near the end of the series). The honest way to ask how a method would have done on this series.
 *
 * @param values the series
 * @param model the model to refit at each origin
 * @param firstOrigin the first training length (at least 2)
 * @param horizon the most years ahead to compare
 * @example
 * import { naive } from './models/naive.js';
 * rollingOrigin([1, 2, 4], naive, 2, 3); // [{ origin: 2, actual: [4], forecast: [2] }]
 */
export function rollingOrigin(
  values: readonly number[],
  model: Model,
  firstOrigin: number,
  horizon: number,
): OriginForecast[] {
  const out: OriginForecast[] = [];
  for (let origin = Math.max(2, firstOrigin); origin < values.length; origin++) {
    const steps = Math.min(horizon, values.length - origin);
    out.push({
      origin,
      actual: values.slice(origin, origin + steps),
      forecast: model.fit(values.slice(0, origin)).predict(steps),
    });
  }
  return out;
}
