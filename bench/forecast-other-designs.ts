// Designs measured for issue #12 but not in forecast-select.ts's candidate lists, point forecasts only
// (sMAPE and MASE on the four sets): the previous default, choosing each series' model by its own
// backtest, and choosing among the exponential smoothing models by AICc. They show what the chosen
// design was weighed against. Last, why 2 values get the naive forecast: drift and robust drift from
// the last 2 values of each full-length series. Run: npx tsx bench/forecast-other-designs.ts
import { recentRuns } from '../src/forecast/forecast.js';
import { accuracyOfRuns } from '../src/forecast/accuracy.js';
import type { Fitted, Model } from '../src/forecast/model.js';
import { MODELS } from '../src/forecast/models.js';
import { combination } from '../src/forecast/models/combination.js';
import { logScale } from '../src/forecast/models/log-scale.js';
import { hasBenchmarkData, loadSet, rBest, SET_NAMES, scoreSet } from './forecast-data.js';

const { drift, damped, ses, holt, naive, theta } = MODELS;
const dotm = MODELS['optimised-theta'];
const robust = MODELS['robust-drift'];

/** The default before issue #12: the median of five models, chosen on M3's test years. */
const previous = combination('previous auto', [drift, dotm, damped, logScale(dotm), logScale(damped)], 'median');

/** Each series' model: the one of the pool with the lowest MASE over its own recent rolling origins. */
const pool: Model[] = [naive, drift, robust, theta, dotm, damped];
const byBacktest: Model = {
  name: 'best of the pool by own backtest',
  fit(values) {
    const h = 6;
    const errors = pool.map((m) => {
      const runs = recentRuns(values, m, h);
      return accuracyOfRuns(values, runs, h).overall.mase ?? Number.POSITIVE_INFINITY;
    });
    const best = errors.every((e) => e === Number.POSITIVE_INFINITY) ? 1 : errors.indexOf(Math.min(...errors));
    return pool[best].fit(values);
  },
};

/** SES, Holt or damped trend, whichever has the lowest AICc (k: smoothing parameters and initial states). */
const byAicc: Model = {
  name: 'ses / holt / damped by AICc',
  fit(values) {
    let best: Fitted | undefined;
    let bestAicc = Number.POSITIVE_INFINITY;
    for (const [model, k] of [
      [ses, 2],
      [holt, 4],
      [damped, 5],
    ] as const) {
      const fitted = model.fit(values);
      const m = fitted.residuals.length;
      if (m - k - 1 <= 0) continue;
      const sse = fitted.residuals.reduce((s, e) => s + e * e, 0);
      const aicc = m * Math.log(Math.max(sse, 1e-300) / m) + 2 * k + (2 * k * (k + 1)) / (m - k - 1);
      if (aicc < bestAicc) [best, bestAicc] = [fitted, aicc];
    }
    return best ?? ses.fit(values);
  },
};

if (!hasBenchmarkData()) {
  console.error('The benchmark CSVs are not in ../shared/benchmarks beside the repository.');
  process.exit(1);
}
console.log(`| design | ${SET_NAMES.join(' | ')} |\n|---|${SET_NAMES.map(() => '---').join('|')}|`);
const sets = SET_NAMES.map((s) => [s, loadSet(s)] as const);
for (const model of [previous, byBacktest, byAicc]) {
  const cells = sets.map(([set, rows]) => {
    const s = scoreSet(rows, (row) => ({
      mean: model
        .fit(row.train)
        .predict(row.h)
        .map((v) => (row.train.every((x) => x >= 0) ? Math.max(0, v) : v)),
    }));
    const r = rBest(set);
    const mark = (ok: boolean) => (ok ? '' : ' ✗');
    const smape = `${s.smape.toFixed(2)}${mark(+s.smape.toFixed(2) <= r.smape)}`;
    return `${smape} / ${s.mase.toFixed(3)}${mark(+s.mase.toFixed(3) <= r.mase)}`;
  });
  console.log(`| ${model.name} | ${cells.join(' | ')} |`);
}

console.log('\nFrom the last 2 values of each series (sMAPE):\n');
console.log('| model | m3-yearly | tourism-yearly |\n|---|---:|---:|');
for (const model of [naive, drift, robust]) {
  const cells = sets
    .filter(([set]) => !set.endsWith('short8'))
    .map(([, rows]) => {
      const cut = rows.map((r) => ({ ...r, train: r.train.slice(-2) }));
      const s = scoreSet(cut, (row) => ({
        mean: model
          .fit(row.train)
          .predict(row.h)
          .map((v) => Math.max(0, v)),
      }));
      return s.smape.toFixed(2);
    });
  console.log(`| ${model.name} | ${cells.join(' | ')} |`);
}
