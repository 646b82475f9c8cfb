import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { fittedFrom, type Model } from '../model.js';
import { fitSes } from './ses.js';

/**
 * The standard Theta method (Assimakopoulos and Nikolopoulos, 2000), in Hyndman and Billah's (2003)
 * form used by R's `thetaf`: simple exponential smoothing with a drift of half the slope of the
 * least-squares line through the series. It won the M3 competition's yearly and other categories.
 *
 * @example
 * theta.fit([1, 2, 3, 4, 5, 6]).predict(1)[0] > 6; // true
 */
export const theta: Model = {
  name: 'theta',
  fit(values) {
    const n = values.length;
    const time = values.map((_, t) => t + 1);
    const slope = new SimpleLinearRegression(time, values as number[]).slope;
    const { alpha, level, oneStep } = fitSes(values);
    // The drift of a t-step-old SES level: b/2 times the effective lag (1 - (1 - alpha)^t) / alpha.
    const lag = (t: number) => (1 - (1 - alpha) ** t) / alpha;
    const fitted = oneStep.map((f, t) => (t === 0 ? NaN : f + (slope / 2) * lag(t)));
    return fittedFrom(values, fitted, (h) => Array.from({ length: h }, (_, i) => level + (slope / 2) * (i + lag(n))));
  },
};
