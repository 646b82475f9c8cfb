import { PolynomialRegression } from 'ml-regression-polynomial';
import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { trendModel } from './trend-model.js';

/**
 * A least-squares parabola through the series, extended (ml-regression-polynomial, degree 2).
 * Follows acceleration, and so extrapolates aggressively; useful mostly inside a combination. A
 * series of 2 points cannot fix a parabola, so it falls back to the straight line.
 *
 * @example
 * quadraticTrend.fit([1, 4, 9, 16]).predict(1).map((v) => +v.toFixed(6)); // [25]
 */
export const quadraticTrend = trendModel('quadratic-trend', (time, values) => {
  if (values.length >= 3) {
    // Centre time so the normal equations stay well conditioned at any series length.
    const centre = (time.length + 1) / 2;
    const [c0, c1, c2] = new PolynomialRegression(
      time.map((t) => t - centre),
      values,
      2,
    ).coefficients;
    if (Number.isFinite(c0) && Number.isFinite(c1) && Number.isFinite(c2)) {
      return (t) => c0 + c1 * (t - centre) + c2 * (t - centre) * (t - centre);
    }
  }
  const line = new SimpleLinearRegression(time, values);
  return (t) => line.intercept + line.slope * t;
});
