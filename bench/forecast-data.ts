// The forecasting benchmark's data and scoring, shared by bench/forecast.ts, bench/forecast-select.ts
// and the CI regression guard (test/forecast/benchmark-guard.test.ts). The four yearly sets and R's
// figures on them are described in ../shared/benchmarks/README.md beside the repository.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mase, msis, smape } from '../src/forecast/metrics.js';

/** One benchmark series: forecast `h` years from `train`, compare with `test`. */
export type BenchRow = { id: string; h: number; start: number; train: number[]; test: number[] };

export const SET_NAMES = ['m3-yearly', 'm3-yearly-short8', 'tourism-yearly', 'tourism-yearly-short8'] as const;
export type SetName = (typeof SET_NAMES)[number];

/** The two families: a choice made on one is reported on the other. */
export const FAMILIES = {
  m3: ['m3-yearly', 'm3-yearly-short8'],
  tourism: ['tourism-yearly', 'tourism-yearly-short8'],
} as const satisfies Record<string, readonly SetName[]>;
export type Family = keyof typeof FAMILIES;

/** Where the benchmark CSVs live: ../shared/benchmarks beside the repository. */
export const BENCHMARK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/benchmarks');

/** Whether the benchmark data is there (the CI guard skips without it). */
export function hasBenchmarkData(): boolean {
  return SET_NAMES.every((name) => existsSync(resolve(BENCHMARK_DIR, `${name}.csv`)));
}

/** Reads one set: columns id, h, start, train, test (values space-separated). */
export function loadSet(name: SetName): BenchRow[] {
  const path = resolve(BENCHMARK_DIR, `${name}.csv`);
  if (!existsSync(path)) {
    throw new Error(`${name}.csv not found in ${BENCHMARK_DIR}: put the shared benchmarks beside the repository`);
  }
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [id, h, start, train, test] = line.split(',');
      const numbers = (s: string) => s.split(' ').map(Number);
      return { id, h: Number(h), start: Number(start), train: numbers(train), test: numbers(test) };
    });
}

/** A method's scores on a set, as the shared README defines them; coverage in percent. */
export type Score = { smape: number; mase: number; msis: number; cover80: number; cover95: number };

export const R_METHODS = ['ets', 'auto.arima', 'thetaf', 'naive', 'rwf drift'] as const;

/** R forecast 8.20 on exactly these files (../shared/benchmarks/README.md). */
export const R_FIGURES: Record<SetName, Record<(typeof R_METHODS)[number], Score>> = {
  'm3-yearly': {
    ets: { smape: 17.0, mase: 2.86, msis: 30.62, cover80: 70.6, cover95: 84.3 },
    'auto.arima': { smape: 17.1, mase: 2.959, msis: 40.81, cover80: 64.5, cover95: 79.2 },
    thetaf: { smape: 16.76, mase: 2.774, msis: 31.23, cover80: 68.8, cover95: 84.3 },
    naive: { smape: 17.88, mase: 3.172, msis: 39.98, cover80: 62.4, cover95: 78.5 },
    'rwf drift': { smape: 16.79, mase: 2.632, msis: 31.87, cover80: 66.8, cover95: 81.5 },
  },
  'm3-yearly-short8': {
    ets: { smape: 17.99, mase: 2.948, msis: 36.33, cover80: 60.5, cover95: 77.0 },
    'auto.arima': { smape: 18.35, mase: 2.752, msis: 42.83, cover80: 51.5, cover95: 67.5 },
    thetaf: { smape: 18.63, mase: 2.665, msis: 31.52, cover80: 63.2, cover95: 80.4 },
    naive: { smape: 17.88, mase: 2.968, msis: 37.63, cover80: 61.8, cover95: 78.0 },
    'rwf drift': { smape: 20.37, mase: 2.573, msis: 29.18, cover80: 64.2, cover95: 79.1 },
  },
  'tourism-yearly': {
    ets: { smape: 23.01, mase: 3.0, msis: 29.91, cover80: 70.7, cover95: 84.0 },
    'auto.arima': { smape: 24.13, mase: 3.197, msis: 43.23, cover80: 52.8, cover95: 71.3 },
    thetaf: { smape: 20.58, mase: 2.73, msis: 28.98, cover80: 60.3, cover95: 77.5 },
    naive: { smape: 22.34, mase: 3.007, msis: 35.34, cover80: 58.5, cover95: 73.6 },
    'rwf drift': { smape: 20.46, mase: 2.617, msis: 28.48, cover80: 61.1, cover95: 78.5 },
  },
  'tourism-yearly-short8': {
    ets: { smape: 22.63, mase: 2.321, msis: 25.55, cover80: 63.0, cover95: 79.1 },
    'auto.arima': { smape: 23.24, mase: 2.281, msis: 28.66, cover80: 53.3, cover95: 70.0 },
    thetaf: { smape: 21.89, mase: 2.077, msis: 21.3, cover80: 64.6, cover95: 80.1 },
    naive: { smape: 22.34, mase: 2.304, msis: 23.0, cover80: 64.7, cover95: 81.9 },
    'rwf drift': { smape: 25.17, mase: 2.121, msis: 18.78, cover80: 70.4, cover95: 86.1 },
  },
};

/** R's best on a set, metric by metric (the targets). */
export function rBest(set: SetName): Pick<Score, 'smape' | 'mase' | 'msis'> {
  const all = Object.values(R_FIGURES[set]);
  const best = (key: 'smape' | 'mase' | 'msis') => Math.min(...all.map((s) => s[key]));
  return { smape: best('smape'), mase: best('mase'), msis: best('msis') };
}

/** The targets of issue #12 on a set, and which a score meets. */
export function targetsMet(
  set: SetName,
  s: Score,
): { smape: boolean; mase: boolean; msis: boolean; coverage: boolean } {
  const r = rBest(set);
  // Scores are compared as printed (two decimals, three for MASE), as R's figures are.
  return {
    smape: +s.smape.toFixed(2) <= r.smape,
    mase: +s.mase.toFixed(3) <= r.mase,
    msis: +s.msis.toFixed(2) <= r.msis,
    coverage: s.cover80 >= 75 && s.cover80 <= 85 && s.cover95 >= 91 && s.cover95 <= 98,
  };
}

/** A forecast of one row: the mean and the 80% and 95% bounds (bounds optional for point-only scores). */
export type RowForecast = { mean: number[]; lower?: Record<string, number[]>; upper?: Record<string, number[]> };

/**
 * Scores forecasts of a set: sMAPE, MASE and MSIS (95%) averaged over series, coverage over all test
 * values; MASE and MSIS scaled by the training values the forecaster saw (maseScale).
 */
export function scoreSet(rows: readonly BenchRow[], forecastOf: (row: BenchRow, index: number) => RowForecast): Score {
  let s = 0;
  let m = 0;
  let q = 0;
  let in80 = 0;
  let in95 = 0;
  let points = 0;
  rows.forEach((row, index) => {
    const f = forecastOf(row, index);
    s += smape(row.test, f.mean);
    m += mase(row.test, f.mean, row.train);
    if (f.lower && f.upper) {
      q += msis(row.test, f.lower['95'], f.upper['95'], row.train, 95);
      row.test.forEach((actual, i) => {
        if (actual >= f.lower!['80'][i] && actual <= f.upper!['80'][i]) in80++;
        if (actual >= f.lower!['95'][i] && actual <= f.upper!['95'][i]) in95++;
      });
    }
    points += row.test.length;
  });
  const n = rows.length;
  return { smape: s / n, mase: m / n, msis: q / n, cover80: (100 * in80) / points, cover95: (100 * in95) / points };
}
