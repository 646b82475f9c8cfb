import { TheilSenRegression } from 'ml-regression-theil-sen';
import { trendModel } from './trend-model.js';

/**
 * Most values the line is fitted to (the latest ones): the median over every pair grows with the
 * square of the length, and no annual series councils hold comes near 200 years.
 */
const MAX_POINTS = 200;

/**
 * A robust straight line (Theil, 1950; Sen, 1968): the slope is the median of the slopes between
 * every pair of years (ml-regression-theil-sen), so one outlying year cannot tilt it. Fitted to the
 * latest 200 values at most.
 *
 * @example
 * theilSenTrend.fit([1, 2, 30, 4, 5]).predict(1); // [6]
 */
export const theilSenTrend = trendModel('theil-sen-trend', (time, values) => {
  const from = Math.max(0, values.length - MAX_POINTS);
  const line = new TheilSenRegression(time.slice(from), values.slice(from));
  return (t) => line.intercept + line.slope * t;
});
