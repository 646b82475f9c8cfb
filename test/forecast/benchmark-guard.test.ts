// Regression guard for forecast accuracy: `auto` on a fixed sample of the benchmark (every series at
// a fixed stride, 25 from each of the four sets in ../shared/benchmarks) must keep the figures
// recorded here. A change to the method that moves them fails here first; if the change is meant,
// rerun the full benchmark (npm run bench:forecast, bench/forecast-select.ts), update bench/README.md
// and the README, then the figures below. The full run stays out of CI's time.
import { describe, expect, it } from 'vitest';
import { hasBenchmarkData, loadSet, SET_NAMES, type Score, type SetName, scoreSet } from '../../bench/forecast-data.js';
import { forecast } from '../../src/forecast/forecast.js';

/** auto on the sample, recorded when the design was last chosen (bench/README.md). */
const RECORDED: Record<SetName, Score> = {
  'm3-yearly': { smape: 17.621, mase: 2.791, msis: 20.445, cover80: 76.7, cover95: 92.7 },
  'm3-yearly-short8': { smape: 18.095, mase: 3.148, msis: 23.633, cover80: 72.7, cover95: 96.7 },
  'tourism-yearly': { smape: 23.315, mase: 3.083, msis: 22.428, cover80: 67.0, cover95: 94.0 },
  'tourism-yearly-short8': { smape: 21.099, mase: 2.32, msis: 32.997, cover80: 75.0, cover95: 93.0 },
};
/** Relative margin for sMAPE, MASE and MSIS, and points of coverage (one test value is 0.7 to 1 point). */
const MARGIN = { relative: 0.005, coverage: 1.5 };
const PER_SET = 25;

const available = hasBenchmarkData();
if (!available) {
  console.warn(
    'benchmark-guard: ../shared/benchmarks is not beside the repository, so the forecast accuracy guard is skipped',
  );
}

describe.skipIf(!available)('forecast accuracy on a 100-series benchmark sample', () => {
  it.each(SET_NAMES.map((s) => [s]))('auto keeps its recorded figures on 25 series of %s', (set) => {
    const rows = loadSet(set);
    const stride = Math.floor(rows.length / PER_SET);
    const sample = rows.filter((_, i) => i % stride === 0).slice(0, PER_SET);
    const score = scoreSet(sample, (row) => forecast({ start: row.start, values: row.train }, { horizon: row.h }));
    const recorded = RECORDED[set];
    for (const key of ['smape', 'mase', 'msis'] as const) {
      expect(Math.abs(score[key] / recorded[key] - 1), `${key}: ${score[key]} against ${recorded[key]}`).toBeLessThan(
        MARGIN.relative,
      );
    }
    for (const key of ['cover80', 'cover95'] as const) {
      expect(Math.abs(score[key] - recorded[key]), `${key}: ${score[key]} against ${recorded[key]}`).toBeLessThan(
        MARGIN.coverage,
      );
    }
  });
});
