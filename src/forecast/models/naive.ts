import { fittedFrom, type Model } from '../model.js';

/**
 * The naive forecast: every future value equals the last one. The benchmark every other model
 * must beat (M3's Naive2 on yearly data, where there is no seasonality to remove).
 *
 * @example
 * naive.fit([3, 5, 4]).predict(2); // [4, 4]
 */
export const naive: Model = {
  name: 'naive',
  fit(values) {
    const last = values[values.length - 1];
    const oneStep = values.map((_, t) => (t === 0 ? NaN : values[t - 1]));
    return fittedFrom(values, oneStep, (h) => new Array(h).fill(last));
  },
};
