// R forecast's naive and rwf(drift = TRUE), prediction intervals included, written from their
// definitions (Hyndman and Athanasopoulos, Forecasting: Principles and Practice, 5.5): run through
// bench/forecast-data.ts's scoring they must give R's published figures, which shows that the
// scoring matches the shared README's definitions before any of our methods is scored with it.
import type { BenchRow, RowForecast } from './forecast-data.js';

/** The standard normal quantiles R uses at 80% and 95% (qnorm(0.9), qnorm(0.975)). */
const Z = { '80': 1.2815515655446004, '95': 1.959963984540054 } as const;

function withNormalIntervals(mean: number[], se: number[]): Required<RowForecast> {
  const lower: Record<string, number[]> = {};
  const upper: Record<string, number[]> = {};
  for (const [level, z] of Object.entries(Z)) {
    lower[level] = mean.map((m, i) => m - z * se[i]);
    upper[level] = mean.map((m, i) => m + z * se[i]);
  }
  return { mean, lower, upper };
}

/** R's naive: the last value; sigma the root mean square of the one-step changes, se = sigma·sqrt(h). */
export function rNaive(row: BenchRow): Required<RowForecast> {
  const y = row.train;
  const n = y.length;
  let squares = 0;
  for (let t = 1; t < n; t++) squares += (y[t] - y[t - 1]) ** 2;
  const sigma = Math.sqrt(squares / (n - 1));
  const mean = row.test.map(() => y[n - 1]);
  return withNormalIntervals(
    mean,
    mean.map((_, i) => sigma * Math.sqrt(i + 1)),
  );
}

/**
 * R's rwf(drift = TRUE): the drift b is the mean change with its standard error; sigma the standard
 * deviation of the changes; se = sqrt(sigma²·h + (h·se(b))²).
 */
export function rDrift(row: BenchRow): Required<RowForecast> {
  const y = row.train;
  const n = y.length;
  const changes = y.slice(1).map((v, t) => v - y[t]);
  const b = changes.reduce((s, d) => s + d, 0) / changes.length;
  const sigma = Math.sqrt(changes.reduce((s, d) => s + (d - b) ** 2, 0) / (changes.length - 1));
  const bSe = sigma / Math.sqrt(changes.length);
  const mean = row.test.map((_, i) => y[n - 1] + b * (i + 1));
  return withNormalIntervals(
    mean,
    mean.map((_, i) => Math.sqrt(sigma ** 2 * (i + 1) + ((i + 1) * bSe) ** 2)),
  );
}
