import { fittedFrom, type Model } from '../model.js';

/**
 * Turns a curve fitted on time (t = 1..n) into a Model: the forecast extends the curve, and the
 * in-sample errors are the gaps between the curve and the series. Shared by the regression trends.
 *
 * @param name the model's name
 * @param fitCurve fits the curve to (time, values) and returns it as a function of time
 * @example
 * const flat = trendModel('mean', (_, y) => { const m = y.reduce((s, v) => s + v) / y.length; return () => m; });
 * flat.fit([1, 3]).predict(1); // [2]
 */
export function trendModel(name: string, fitCurve: (time: number[], values: number[]) => (t: number) => number): Model {
  return {
    name,
    fit(values) {
      const n = values.length;
      const time = values.map((_, t) => t + 1);
      const curve = fitCurve(time, values as number[]);
      const oneStep = time.map(curve);
      return fittedFrom(values, oneStep, (h) => Array.from({ length: h }, (_, i) => curve(n + 1 + i)));
    },
  };
}
