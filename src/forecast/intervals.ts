import { probit } from 'simple-statistics';
import { INTERVAL_CALIBRATION } from './options.js';
import type { IntervalDesign } from './auto-design.js';
import { maseScale } from './metrics.js';
import type { OriginForecast } from './rolling-origin.js';
import { studentTQuantile } from './student-t.js';

/** How many of the latest yearly changes the 'recent' spread looks at. */
const RECENT_CHANGES = 8;

/**
 * The error scale of a series' forecasts, in its own units (see IntervalDesign for the choices):
 * a spread of the yearly changes, raised to the root mean square of the method's own rolling-origin
 * errors (each divided by h^horizonExponent so that horizons pool) when the design says so, since a
 * model-based spread is too narrow when the method missed more than that in the series' own past.
 * With neither available or both 0 it falls back to MASE's scale (the mean yearly change); for a
 * constant series, which has no change to measure, to the step its values are written in (1 for
 * whole numbers, 0.1 for 20.1), the least change the data could have shown. So the interval is never
 * a single point, and a series that never moved gets a narrower one than a series that nearly did not.
 *
 * @param values the series
 * @param runs the method's rolling-origin forecasts on it (may be empty)
 * @param design the interval design (default INTERVAL_CALIBRATION, what `forecast` uses)
 * @example
 * intervalScale([10, 12, 14, 16], []); // 2 (no spread in the changes: MASE scale, the mean change)
 * intervalScale([1000, 1000, 1000, 1000, 1000], []); // 1 (constant: the step of whole numbers)
 */
export function intervalScale(
  values: readonly number[],
  runs: readonly OriginForecast[],
  design: IntervalDesign = INTERVAL_CALIBRATION,
): number {
  let errorSquares = 0;
  let count = 0;
  if (design.backtest) {
    for (const run of runs) {
      run.actual.forEach((actual, i) => {
        const e = (actual - run.forecast[i]) / (i + 1) ** design.horizonExponent;
        if (Number.isFinite(e)) {
          errorSquares += e * e;
          count++;
        }
      });
    }
  }
  const backtestRms = count > 0 ? Math.sqrt(errorSquares / count) : 0;
  // Without a backtest (4 values or fewer) nothing shows how far the trend itself may move: the
  // typical yearly change (MASE's scale, the naive forecast's one-step error) is the least the scale is.
  const floor = design.backtest && count === 0 ? changeScale(values) : 0;
  const scale = Math.max(spreadOf(values, design.spread), backtestRms, floor);
  return scale > 0 && Number.isFinite(scale) ? scale : changeScale(values);
}

/** MASE's scale (the mean yearly change), or for a constant series the step its values are written in. */
function changeScale(values: readonly number[]): number {
  return values.every((v) => v === values[0]) ? writtenStep(values) : maseScale(values);
}

/** The most decimals writtenStep looks for: beyond them a value is taken as written to 12 places. */
const MAX_DECIMALS = 12;

/**
 * The step a series' values are written in: 10^−d for the most decimals d any value shows (up to
 * MAX_DECIMALS), 1 for whole numbers.
 */
function writtenStep(values: readonly number[]): number {
  let decimals = 0;
  for (const value of values) {
    while (decimals < MAX_DECIMALS) {
      const shifted = value * 10 ** decimals;
      if (Math.abs(shifted - Math.round(shifted)) <= 1e-9 * Math.max(1, Math.abs(shifted))) break;
      decimals++;
    }
  }
  return 10 ** -decimals;
}

/** The spread of a series' yearly changes, in its units, as IntervalDesign's `spread` names it. */
function spreadOf(values: readonly number[], spread: IntervalDesign['spread']): number {
  const changes = standardDeviationOfChanges(spread === 'recent' ? values.slice(-RECENT_CHANGES - 1) : values);
  if (spread === 'changes' || spread === 'recent') return changes;
  const relative = values.every((v) => v > 0)
    ? values[values.length - 1] * standardDeviationOfChanges(values.map(Math.log))
    : changes;
  return spread === 'relative' ? relative : (changes + relative) / 2;
}

/** Standard deviation of the yearly changes (n − 2 degrees of freedom: n − 1 changes less their mean); 0 below 3. */
function standardDeviationOfChanges(values: readonly number[]): number {
  const n = values.length;
  if (n < 3) return 0;
  const meanChange = (values[n - 1] - values[0]) / (n - 1);
  let squares = 0;
  for (let t = 1; t < n; t++) squares += (values[t] - values[t - 1] - meanChange) ** 2;
  return Math.sqrt(squares / (n - 2));
}

/**
 * Prediction intervals around a point forecast: at horizon h and level L the half-width is
 * calibration · (−ln(1 − L/100)) · scale · h^horizonExponent, times smallSampleFactor when the design
 * asks for it (see INTERVAL_CALIBRATION for why each part). Intervals are nested (a higher level is
 * wider) and never narrow with the horizon. With `nonNegative`, lower bounds are clipped at 0.
 *
 * @param mean the point forecast
 * @param scale the error scale (see intervalScale)
 * @param levels levels in percent
 * @param nonNegative clip lower bounds at 0
 * @param seriesLength length of the series the scale came from (default: long enough not to widen)
 * @param design the interval design (default INTERVAL_CALIBRATION, what `forecast` uses)
 * @example
 * const { lower, upper } = predictionIntervals([10, 10], 1, [80], false);
 * upper['80'].map((v) => +v.toFixed(3)); // [11.159, 12.018]
 * lower['80'].map((v) => +v.toFixed(3)); // [8.841, 7.982]
 */
export function predictionIntervals(
  mean: readonly number[],
  scale: number,
  levels: readonly number[],
  nonNegative: boolean,
  seriesLength = Infinity,
  design: IntervalDesign = INTERVAL_CALIBRATION,
): { lower: Record<string, number[]>; upper: Record<string, number[]> } {
  const lower: Record<string, number[]> = {};
  const upper: Record<string, number[]> = {};
  for (const level of levels) {
    const factor = design.smallSample === 'student-t' ? smallSampleFactor(level, seriesLength) : 1;
    const k = design.calibration * -Math.log(1 - level / 100) * scale * factor;
    const halfWidth = mean.map((_, i) => k * (i + 1) ** design.horizonExponent);
    lower[String(level)] = mean.map((m, i) => (nonNegative ? Math.max(0, m - halfWidth[i]) : m - halfWidth[i]));
    upper[String(level)] = mean.map((m, i) => m + halfWidth[i]);
  }
  return { lower, upper };
}

/**
 * How much wider an interval must be because its error scale was estimated from a short series:
 * the Student t quantile over the normal one at the same level, with n − 1 degrees of freedom (the
 * yearly changes the scale is measured on). 1 for a long series; about 1.15 at 80% for 6 values,
 * 1.28 for 4.
 *
 * @param level the interval level, percent
 * @param seriesLength number of values in the series
 * @example
 * smallSampleFactor(80, 6).toFixed(2); // '1.15'
 * smallSampleFactor(80, Infinity); // 1
 */
export function smallSampleFactor(level: number, seriesLength: number): number {
  if (!Number.isFinite(seriesLength)) return 1;
  const p = 0.5 + level / 200;
  const df = Math.max(1, seriesLength - 1);
  return studentTQuantile(p, df) / probit(p);
}
