import { probit } from 'simple-statistics';
import { maseScale } from './metrics.js';
import { INTERVAL_CALIBRATION } from './options.js';
import type { OriginForecast } from './rolling-origin.js';
import { studentTQuantile } from './student-t.js';

/**
 * The error scale of a series' forecasts, in its own units: the larger of a model-based scale
 * (standard deviation of the yearly changes: how much a random walk with drift would miss by) and
 * an empirical one (root mean square of the method's own rolling-origin errors, each divided by
 * h^HORIZON_EXPONENT so that horizons pool). Taking the larger keeps intervals honest when the
 * backtest was lucky or too short. With neither available or both 0 (a constant series) it falls
 * back to MASE's scale, so the interval is never a single point.
 *
 * @param values the series
 * @param runs the method's rolling-origin forecasts on it (may be empty)
 * @example
 * intervalScale([10, 12, 14, 16], []); // 2 (no spread in the changes: MASE scale, the mean change)
 */
export function intervalScale(values: readonly number[], runs: readonly OriginForecast[]): number {
  const n = values.length;
  let meanChange = 0;
  for (let t = 1; t < n; t++) meanChange += (values[t] - values[t - 1]) / (n - 1);
  let squares = 0;
  for (let t = 1; t < n; t++) squares += (values[t] - values[t - 1] - meanChange) ** 2;
  const changeSd = n > 2 ? Math.sqrt(squares / (n - 2)) : 0;

  let errorSquares = 0;
  let count = 0;
  for (const run of runs) {
    run.actual.forEach((actual, i) => {
      const e = (actual - run.forecast[i]) / (i + 1) ** INTERVAL_CALIBRATION.horizonExponent;
      if (Number.isFinite(e)) {
        errorSquares += e * e;
        count++;
      }
    });
  }
  const backtestRms = count > 0 ? Math.sqrt(errorSquares / count) : 0;
  const scale = Math.max(changeSd, backtestRms);
  return scale > 0 && Number.isFinite(scale) ? scale : maseScale(values);
}

/**
 * Prediction intervals around a point forecast: at horizon h and level L the half-width is
 * CALIBRATION · (−ln(1 − L/100)) · scale · h^HORIZON_EXPONENT · smallSampleFactor (see
 * INTERVAL_CALIBRATION for why each part). Intervals are nested (a higher level is wider) and never
 * narrow with the horizon. With `nonNegative`, lower bounds are clipped at 0.
 *
 * @param mean the point forecast
 * @param scale the error scale (see intervalScale)
 * @param levels levels in percent
 * @param nonNegative clip lower bounds at 0
 * @param seriesLength length of the series the scale came from (default: long enough not to widen)
 * @example
 * const { lower, upper } = predictionIntervals([10, 10], 1, [80], false);
 * upper['80'].map((v) => +v.toFixed(3)); // [11.239, 12.158]
 * lower['80'].map((v) => +v.toFixed(3)); // [8.761, 7.842]
 */
export function predictionIntervals(
  mean: readonly number[],
  scale: number,
  levels: readonly number[],
  nonNegative: boolean,
  seriesLength = Infinity,
): { lower: Record<string, number[]>; upper: Record<string, number[]> } {
  const lower: Record<string, number[]> = {};
  const upper: Record<string, number[]> = {};
  for (const level of levels) {
    const k =
      INTERVAL_CALIBRATION.calibration * -Math.log(1 - level / 100) * scale * smallSampleFactor(level, seriesLength);
    const halfWidth = mean.map((_, i) => k * (i + 1) ** INTERVAL_CALIBRATION.horizonExponent);
    lower[String(level)] = mean.map((m, i) => (nonNegative ? Math.max(0, m - halfWidth[i]) : m - halfWidth[i]));
    upper[String(level)] = mean.map((m, i) => m + halfWidth[i]);
  }
  return { lower, upper };
}

/**
 * How much wider an interval must be because its error scale was estimated from a short series:
 * the Student t quantile over the normal one at the same level, with n − 2 degrees of freedom (the
 * n − 1 yearly changes, less one for their mean). 1 for a long series; about 1.2 at 80% for 6 values,
 * 1.5 for 4. On M3 series cut to their last 4-10 values this restored the coverage that a fixed
 * width lost (bench/README.md).
 *
 * @param level the interval level, percent
 * @param seriesLength number of values in the series
 * @example
 * smallSampleFactor(80, 6).toFixed(2); // '1.20'
 * smallSampleFactor(80, Infinity); // 1
 */
export function smallSampleFactor(level: number, seriesLength: number): number {
  if (!Number.isFinite(seriesLength)) return 1;
  const p = 0.5 + level / 200;
  const df = Math.max(1, seriesLength - 2);
  return studentTQuantile(p, df) / probit(p);
}
