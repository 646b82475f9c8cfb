import { TheilSenRegression } from 'ml-regression-theil-sen';
import { trendModel } from './trend-model.js';

/**
 * A robust straight line (Theil, 1950; Sen, 1968): the slope is the median of the slopes between
 * every pair of years (ml-regression-theil-sen), so one outlying year cannot tilt it.
 *
 * @example
 * theilSenTrend.fit([1, 2, 30, 4, 5]).predict(1); // [6]
 */
export const theilSenTrend = trendModel('theil-sen-trend', (time, values) => {
  const line = new TheilSenRegression(time, values);
  return (t) => line.intercept + line.slope * t;
});
