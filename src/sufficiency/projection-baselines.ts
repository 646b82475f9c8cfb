import { SETTINGS, type Setting } from '../schema/transition.js';
import type { CensusCounts } from './census-counts.js';
import { type SettingError, settingError } from './setting-error.js';

/** A baseline's errors, in the shape of the model's. */
export type BaselineErrors = { total: SettingError; bySetting: SettingError[] };

/** The forecasts a planner makes in a spreadsheet, to beat: each setting's count by test year. */
type Forecast = (fitted: readonly number[], fittedYears: readonly number[], year: number) => number;

/**
 * Persistence: the last fitted census, carried forward.
 *
 * @example
 * persistence([90, 100], [2023, 2024], 2026); // 100
 */
export function persistence(fitted: readonly number[], _fittedYears: readonly number[], _year: number): number {
  return fitted[fitted.length - 1];
}

/**
 * Trend: the least-squares line through the fitted censuses, extended to `year` and floored at 0
 * (a count cannot go below it); persistence when there is one census.
 *
 * @example
 * trend([90, 100], [2023, 2024], 2026); // 120
 */
export function trend(fitted: readonly number[], fittedYears: readonly number[], year: number): number {
  const n = fitted.length;
  if (n < 2) return persistence(fitted, fittedYears, year);
  const mx = fittedYears.reduce((t, x) => t + x, 0) / n;
  const my = fitted.reduce((t, y) => t + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (fittedYears[i] - mx) * (fitted[i] - my);
    sxx += (fittedYears[i] - mx) ** 2;
  }
  return Math.max(0, my + (sxy / sxx) * (year - mx));
}

/**
 * A baseline's errors against the actual test censuses: each setting forecast on its own fitted
 * censuses, the total as the sum of the settings (so the breakdown adds up, as the model's does).
 *
 * @example
 * const b = baselineErrors(trend, fittedCensuses, [2023, 2024], testCensuses, [2025, 2026]);
 * b.total.mape; // the trend's mean absolute percentage error on the total
 */
export function baselineErrors(
  forecast: Forecast,
  fitted: readonly CensusCounts[],
  fittedYears: readonly number[],
  actual: readonly CensusCounts[],
  testYears: readonly number[],
): BaselineErrors {
  const projectedOf = (s: Setting) =>
    testYears.map((year) =>
      forecast(
        fitted.map((c) => c[s]),
        fittedYears,
        year,
      ),
    );
  const projected = new Map(SETTINGS.map((s) => [s, projectedOf(s)]));
  const bySetting = SETTINGS.map((s) =>
    settingError(
      s,
      actual.map((c) => c[s]),
      projected.get(s) as number[],
    ),
  );
  const total = settingError(
    'total',
    actual.map((c) => c.total),
    testYears.map((_, i) => SETTINGS.reduce((t, s) => t + (projected.get(s) as number[])[i], 0)),
  );
  return { total, bySetting };
}
