import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { trendModel } from './trend-model.js';

/**
 * A straight least-squares line through the whole series, extended (ml-regression-simple-linear).
 * Every year weighs the same, so it reacts slowly to a change of direction.
 *
 * @example
 * linearTrend.fit([3, 5, 7, 9]).predict(2); // [11, 13]
 */
export const linearTrend = trendModel('linear-trend', (time, values) => {
  const line = new SimpleLinearRegression(time, values);
  return (t) => line.intercept + line.slope * t;
});
