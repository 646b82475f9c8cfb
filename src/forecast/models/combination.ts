import { median } from 'simple-statistics';
import { fittedFrom, type Model } from '../model.js';

/** How a combination merges its members' forecasts: the mean, or the median (robust to one wild member). */
export type Combiner = 'mean' | 'median';

/**
 * Combines several models into one: each forecast (and each one-step fit) is the mean, a weighted
 * mean or the median of the members'. Combinations are among the most accurate methods on yearly
 * data (M3, M4), because the members' errors partly cancel.
 *
 * @param name the combination's name
 * @param members the models combined (at least one)
 * @param combiner 'median' (default) or 'mean'
 * @param weights for 'mean': each member's weight, in order (normalised to sum to 1); equal when omitted
 * @example
 * import { naive } from './naive.js';
 * import { drift } from './drift.js';
 * combination('naive-drift', [naive, drift], 'mean').fit([1, 2, 3]).predict(2); // [3.5, 4]
 * combination('mostly-drift', [naive, drift], 'mean', [1, 3]).fit([1, 2, 3]).predict(2); // [3.75, 4.5]
 */
export function combination(
  name: string,
  members: readonly Model[],
  combiner: Combiner = 'median',
  weights?: readonly number[],
): Model {
  const total = weights?.reduce((s, w) => s + w, 0) ?? 0;
  const shares = weights?.map((w) => w / total);
  const merge =
    combiner === 'median'
      ? (xs: number[]) => median(xs)
      : shares
        ? (xs: number[]) => xs.reduce((s, x, i) => s + shares[i] * x, 0)
        : (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    name,
    members: members.map((m) => m.name),
    combiner,
    ...(combiner === 'mean' && shares ? { weights: shares } : {}),
    fit(values) {
      const fits = members.map((m) => m.fit(values));
      const n = values.length;
      // Members' residuals may start later (the naive has none at t = 0); align them on the end.
      const oneStep = values.map((y, t) => {
        const xs: number[] = [];
        for (const f of fits) {
          const k = t - (n - f.residuals.length);
          if (k >= 0) xs.push(y - f.residuals[k]);
        }
        return xs.length === fits.length ? merge(xs) : NaN;
      });
      return fittedFrom(values, oneStep, (h) => {
        const forecasts = fits.map((f) => f.predict(h));
        return Array.from({ length: h }, (_, i) => merge(forecasts.map((f) => f[i])));
      });
    },
  };
}
