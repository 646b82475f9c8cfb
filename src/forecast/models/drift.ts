import { fittedFrom, type Model } from '../model.js';

/**
 * Random walk with drift: the last value plus the average yearly change, h times
 * (the line from the first to the last point, extended). R's `rwf(drift = TRUE)`; hard to beat on
 * yearly data (M3 yearly sMAPE 16.79).
 *
 * @example
 * drift.fit([10, 12, 13, 16]).predict(2); // [18, 20]
 */
export const drift: Model = {
  name: 'drift',
  fit(values) {
    const n = values.length;
    const last = values[n - 1];
    const slope = (last - values[0]) / (n - 1);
    const oneStep = values.map((_, t) => (t === 0 ? NaN : values[t - 1] + slope));
    return fittedFrom(values, oneStep, (h) => Array.from({ length: h }, (_, i) => last + slope * (i + 1)));
  },
};
