import type { Model } from '../model.js';
import { fitTrendSmoothing } from './trend-smoothing.js';

/**
 * Holt's linear trend method (ETS(A,A,N)): a level and a trend, both smoothed; the forecast is a
 * straight line from the last level. Tends to overshoot on yearly data, where trends fade.
 *
 * @example
 * holt.fit([2, 4, 6, 8, 10]).predict(2).map((v) => +v.toFixed(6)); // [12, 14]
 */
export const holt: Model = {
  name: 'holt',
  fit: (values) => fitTrendSmoothing(values),
};
