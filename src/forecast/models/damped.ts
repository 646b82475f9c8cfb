import type { Model } from '../model.js';
import { fitTrendSmoothing } from './trend-smoothing.js';

/**
 * Damping range: R's `ets` uses [0.8, 0.98]; below 0.8 the trend vanishes within a few years.
 *
 * @example
 * DAMPING_RANGE; // [0.8, 0.98]
 */
export const DAMPING_RANGE = [0.8, 0.98] as const;

/**
 * Damped trend exponential smoothing (ETS(A,Ad,N), Gardner and McKenzie, 1985): Holt's method with
 * the trend shrinking by phi each year ahead, so forecasts level off. Alpha, beta and phi minimise
 * the in-sample one-step squared error.
 *
 * @example
 * const f = damped.fit([10, 20, 30, 40, 50, 60]).predict(3);
 * f[0] > 60 && f[2] - f[1] < f[1] - f[0]; // true: still rising, by less each year
 */
export const damped: Model = {
  name: 'damped',
  fit: (values) => fitTrendSmoothing(values, DAMPING_RANGE),
};
