import { maseScale, smapeTerm } from './metrics.js';
import type { OriginForecast } from './rolling-origin.js';

/**
 * Accuracy over a set of forecasts: how many were compared and their mean errors. With none
 * compared (a horizon no origin reached, a series too short to backtest) the errors are null, not 0,
 * which would read as a perfect forecast.
 */
export type Accuracy = {
  /** Number of (origin, horizon) forecasts compared. */
  count: number;
  /** Mean symmetric absolute percentage error, percent (0-200). */
  smape: number | null;
  /**
   * Mean absolute scaled error: each error over the in-sample mean absolute first difference at its origin. Null when
   * the first fit's years never changed: with no yearly change to scale by, a MASE says nothing (the naive forecast
   * would score below 1 against itself).
   */
  mase: number | null;
  /** Mean absolute error, in the series' units. */
  mae: number | null;
};

/**
 * Mean errors of rolling-origin forecasts, per horizon and overall. MASE divides each error by the
 * in-sample mean absolute first difference of the training values at its own origin (maseScale), and
 * is null when a history never changed (see Accuracy.mase); otherwise it is finite.
 *
 * @param values the whole series
 * @param runs the rolling-origin forecasts (see rollingOrigin)
 * @param horizon how many horizons to report
 * @example
 * const r = accuracyOfRuns([1, 2, 4], [{ origin: 2, actual: [4], forecast: [2] }], 1);
 * r.overall; // { count: 1, smape: 66.66666666666667, mase: 2, mae: 2 }
 */
export function accuracyOfRuns(
  values: readonly number[],
  runs: readonly OriginForecast[],
  horizon: number,
): { perHorizon: Array<Accuracy & { horizon: number }>; overall: Accuracy } {
  const sums = Array.from({ length: horizon }, () => ({ count: 0, smape: 0, mase: 0, mae: 0 }));
  for (const run of runs) {
    const training = values.slice(0, run.origin);
    // NaN spreads to the sums this origin adds to, which then report a null MASE (NaN >= 0 is false).
    const scale = training.some((v) => v !== training[0]) ? maseScale(training) : Number.NaN;
    run.actual.forEach((actual, i) => {
      const forecast = run.forecast[i];
      const error = Math.abs(forecast - actual);
      const s = sums[i];
      s.count++;
      s.smape += smapeTerm(actual, forecast);
      s.mase += error / scale;
      s.mae += error;
    });
  }
  const mean = (s: (typeof sums)[number]): Accuracy =>
    s.count === 0
      ? { count: 0, smape: null, mase: null, mae: null }
      : {
          count: s.count,
          smape: s.smape / s.count,
          mase: s.mase >= 0 ? s.mase / s.count : null,
          mae: s.mae / s.count,
        };
  const total = sums.reduce(
    (t, s) => ({ count: t.count + s.count, smape: t.smape + s.smape, mase: t.mase + s.mase, mae: t.mae + s.mae }),
    {
      count: 0,
      smape: 0,
      mase: 0,
      mae: 0,
    },
  );
  return { perHorizon: sums.map((s, i) => ({ horizon: i + 1, ...mean(s) })), overall: mean(total) };
}
