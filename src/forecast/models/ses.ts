import { goldenSection } from '../golden-section.js';
import { fittedFrom, type Model } from '../model.js';

/**
 * Smoothing parameter bounds: R's `ets` uses [1e-4, 0.9999]; 0.05 as the floor keeps the level from freezing on a short
 * series.
 */
const ALPHA_MIN = 0.05;
const ALPHA_MAX = 0.9999;

/** A simple exponential smoothing fit: the smoothing parameter, the final level and the one-step fits. */
export type SesFit = { alpha: number; level: number; oneStep: number[] };

/**
 * Fits simple exponential smoothing, choosing alpha by golden-section search on the in-sample sum
 * of squared one-step errors; the level starts at the first value.
 *
 * @example
 * fitSes([5, 5, 5]).level; // 5
 */
export function fitSes(values: readonly number[]): SesFit {
  const alpha = goldenSection((a) => sumOfSquares(values, a), ALPHA_MIN, ALPHA_MAX);
  const oneStep = new Array<number>(values.length);
  let level = values[0];
  oneStep[0] = NaN;
  for (let t = 1; t < values.length; t++) {
    oneStep[t] = level;
    level += alpha * (values[t] - level);
  }
  return { alpha, level, oneStep };
}

function sumOfSquares(values: readonly number[], alpha: number): number {
  let level = values[0];
  let sum = 0;
  for (let t = 1; t < values.length; t++) {
    const e = values[t] - level;
    sum += e * e;
    level += alpha * e;
  }
  return sum;
}

/**
 * Simple exponential smoothing (ETS(A,N,N)): a flat forecast at an exponentially weighted level.
 * Right for a series that wanders without a trend.
 *
 * @example
 * ses.fit([10, 10, 10, 10]).predict(2); // [10, 10]
 */
export const ses: Model = {
  name: 'ses',
  fit(values) {
    const { level, oneStep } = fitSes(values);
    return fittedFrom(values, oneStep, (h) => new Array(h).fill(level));
  },
};
