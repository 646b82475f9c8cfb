import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { trendModel } from './trend-model.js';

/**
 * A least-squares parabola through the series, extended. Follows acceleration, and so extrapolates
 * aggressively; useful mostly inside a combination. A series of 2 points cannot fix a parabola, so
 * it falls back to the straight line.
 *
 * @example
 * quadraticTrend.fit([1, 4, 9, 16]).predict(1).map((v) => +v.toFixed(6)); // [25]
 */
export const quadraticTrend = trendModel('quadratic-trend', (time, values) => {
  if (values.length >= 3) {
    // Centre time so the normal equations stay well conditioned at any series length.
    const centre = (time.length + 1) / 2;
    const [c0, c1, c2] = fitParabola(
      time.map((t) => t - centre),
      values,
    );
    if (Number.isFinite(c0) && Number.isFinite(c1) && Number.isFinite(c2)) {
      return (t) => c0 + c1 * (t - centre) + c2 * (t - centre) * (t - centre);
    }
  }
  const line = new SimpleLinearRegression(time, values);
  return (t) => line.intercept + line.slope * t;
});

/**
 * Least-squares coefficients [c0, c1, c2] of y = c0 + c1·x + c2·x², from the 3×3 normal equations
 * solved by Cramer's rule (three unknowns: no matrix library needed). NaN when x has fewer than
 * three distinct values.
 *
 * @example
 * fitParabola([-1, 0, 1], [1, 0, 1]); // [0, 0, 1]
 */
export function fitParabola(x: readonly number[], y: readonly number[]): [number, number, number] {
  const s = [0, 0, 0, 0, 0]; // sums of x^0 .. x^4
  const r = [0, 0, 0]; // sums of y·x^0 .. y·x^2
  for (let i = 0; i < x.length; i++) {
    let p = 1;
    for (let k = 0; k <= 4; k++) {
      s[k] += p;
      if (k <= 2) r[k] += y[i] * p;
      p *= x[i];
    }
  }
  const det3 = (m: number[][]) =>
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
    m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
    m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const a = [
    [s[0], s[1], s[2]],
    [s[1], s[2], s[3]],
    [s[2], s[3], s[4]],
  ];
  const d = det3(a);
  const solve = (column: number) => det3(a.map((row, i) => row.map((v, j) => (j === column ? r[i] : v)))) / d;
  return d === 0 ? [Number.NaN, Number.NaN, Number.NaN] : [solve(0), solve(1), solve(2)];
}
