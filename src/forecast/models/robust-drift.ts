import { huberLocation } from '../huber-location.js';
import { fittedFrom, type Model } from '../model.js';

/**
 * Random walk with a robust drift: the last value plus the typical yearly change, where typical is
 * Huber's M-estimate of the changes (huberLocation), so one jump (a reorganisation, a change of
 * definition, a one-off shock) does not set the trend the way it sets the plain drift's average.
 * When that trend falls and every value is positive, the decline is taken as a steady share a
 * year (the same estimate on the changes of the logarithms, never a rise) instead of a fixed
 * amount, so counts and spend never forecast below 0 and slow down as they shrink. Two ideas with
 * no fitted constant; bench/README.md measures them.
 *
 * @example
 * robustDrift.fit([10, 12, 14, 40, 42]).predict(2); // [44, 46] (drift would add 8 a year)
 * robustDrift.fit([100, 90, 81]).predict(1).map((v) => +v.toFixed(6)); // [72.9] (10% down a year)
 */
export const robustDrift: Model = {
  name: 'robust-drift',
  fit(values) {
    const n = values.length;
    const last = values[n - 1];
    const changes = values.slice(1).map((v, t) => v - values[t]);
    const slope = huberLocation(changes);
    if (slope < 0 && values.every((v) => v > 0)) {
      const logs = values.map(Math.log);
      const rate = Math.min(0, huberLocation(logs.slice(1).map((v, t) => v - logs[t])));
      const factor = Math.exp(rate);
      const oneStep = values.map((_, t) => (t === 0 ? NaN : values[t - 1] * factor));
      return fittedFrom(values, oneStep, (h) => Array.from({ length: h }, (_, i) => last * factor ** (i + 1)));
    }
    const oneStep = values.map((_, t) => (t === 0 ? NaN : values[t - 1] + slope));
    return fittedFrom(values, oneStep, (h) => Array.from({ length: h }, (_, i) => last + slope * (i + 1)));
  },
};
