import { ExponentialRegression } from 'ml-regression-exponential';
import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { trendModel } from './trend-model.js';

/**
 * An exponential curve y = B·e^(A·t), fitted by least squares on log values
 * (ml-regression-exponential): constant percentage growth, as in spend that rises by a steady share
 * a year. Only defined for positive series; with a zero or negative value it falls back to the
 * straight line.
 *
 * @example
 * exponentialTrend.fit([100, 110, 121, 133.1]).predict(1).map((v) => +v.toFixed(2)); // [146.41]
 */
export const exponentialTrend = trendModel('exponential-trend', (time, values) => {
  if (values.every((v) => v > 0)) {
    const { A, B } = new ExponentialRegression(time, values);
    // Work in logs and cap the curve at e^10 (~22,000) times the largest value seen: an exponential
    // extended far enough overflows, and no count or spend grows like that.
    const logB = Math.log(B);
    const ceiling = Math.log(values.reduce((m, v) => Math.max(m, v), 0)) + 10;
    if (Number.isFinite(A) && Number.isFinite(logB)) return (t) => Math.exp(Math.min(logB + A * t, ceiling));
  }
  const line = new SimpleLinearRegression(time, values);
  return (t) => line.intercept + line.slope * t;
});
