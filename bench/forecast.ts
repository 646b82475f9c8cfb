// Accuracy benchmark of the forecasting engine on the four yearly sets of ../shared/benchmarks (M3 and
// tourism, full length and cut to the last 8 values). For 'auto' and every model, through the public
// `forecast` (intervals included): sMAPE, MASE, MSIS (95%), 80% and 95% coverage and run time, beside
// R forecast 8.20's figures on the same files. First it checks the scoring: R's naive and random walk
// with drift, written from their definitions (forecast-r-methods.ts), must give R's published figures.
// Last, the time auto takes over the 645 M3 yearly series. Prints markdown tables (bench/README.md).
// Run: npm run bench:forecast
import { cpus, loadavg } from 'node:os';
import { forecast, METHOD_LIST, MODEL_NAMES, type MethodName } from '../src/index.js';
import {
  type BenchRow,
  hasBenchmarkData,
  loadSet,
  R_FIGURES,
  R_METHODS,
  rBest,
  type Score,
  SET_NAMES,
  scoreSet,
  targetsMet,
} from './forecast-data.js';
import { rDrift, rNaive } from './forecast-r-methods.js';

if (!hasBenchmarkData()) {
  console.error('The benchmark CSVs are not in ../shared/benchmarks beside the repository.');
  process.exit(1);
}
const sets = Object.fromEntries(SET_NAMES.map((s) => [s, loadSet(s)])) as Record<
  (typeof SET_NAMES)[number],
  BenchRow[]
>;
const cells = (s: Score) =>
  `${s.smape.toFixed(2)} | ${s.mase.toFixed(3)} | ${s.msis.toFixed(2)} | ` +
  `${s.cover80.toFixed(1)} | ${s.cover95.toFixed(1)}`;

// 1. The scoring reproduces R's naive and drift.
console.log("## Scoring check: R's naive and rwf drift, written from their definitions\n");
console.log(
  '| set | method | sMAPE | MASE | MSIS95 | cover 80 | cover 95 | R published |\n' +
    '|---|---|---:|---:|---:|---:|---:|---|',
);
let reproduced = true;
for (const set of SET_NAMES) {
  for (const [name, method, published] of [
    ['naive', rNaive, R_FIGURES[set].naive],
    ['rwf drift', rDrift, R_FIGURES[set]['rwf drift']],
  ] as const) {
    const s = scoreSet(sets[set], method);
    const same =
      s.smape.toFixed(2) === published.smape.toFixed(2) &&
      s.mase.toFixed(3) === published.mase.toFixed(3) &&
      s.msis.toFixed(2) === published.msis.toFixed(2) &&
      s.cover80.toFixed(1) === published.cover80.toFixed(1) &&
      s.cover95.toFixed(1) === published.cover95.toFixed(1);
    reproduced &&= same;
    console.log(`| ${set} | ${name} | ${cells(s)} | ${same ? 'same' : `DIFFERS: ${cells(published)}`} |`);
  }
}
console.log(`\nR's figures ${reproduced ? 'reproduced to every printed digit' : 'NOT reproduced'}.\n`);

// 2. Every method through forecast(), beside R.
// Warm the JIT so the first method timed does not pay for compilation.
for (const row of sets['m3-yearly'].slice(0, 50)) forecast(row.train, { horizon: row.h });
const methods: MethodName[] = ['auto', ...MODEL_NAMES];
const timed = (rows: readonly BenchRow[], method: MethodName) => {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const score = scoreSet(rows, (row) => forecast({ start: row.start, values: row.train }, { horizon: row.h, method }));
  const cpu = process.cpuUsage(cpu0);
  return { score, wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
};
const autoScores: Partial<Record<(typeof SET_NAMES)[number], Score>> = {};
for (const set of SET_NAMES) {
  console.log(`## ${set} (${sets[set].length} series, horizon ${sets[set][0].h})\n`);
  console.log(
    '| method | sMAPE | MASE | MSIS95 | cover 80 | cover 95 | wall ms | cpu ms |\n' +
      '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const method of methods) {
    const { score, wallMs, cpuMs } = timed(sets[set], method);
    if (method === 'auto') autoScores[set] = score;
    const name = method === 'auto' ? '**auto**' : method;
    console.log(`| ${name} | ${cells(score)} | ${wallMs.toFixed(0)} | ${cpuMs.toFixed(0)} |`);
  }
  for (const r of R_METHODS) console.log(`| R ${r} | ${cells(R_FIGURES[set][r])} | | |`);
  console.log('');
}

// 3. auto against the targets on each set. These are in-family figures: the design was chosen on both
// families; bench/forecast-select.ts gives the cross-family ones.
console.log("## auto against R's best on each set (design chosen on both families)\n");
console.log(
  '| set | sMAPE | R best | MASE | R best | MSIS95 | R best | cover 80 / 95 | all met |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
);
for (const set of SET_NAMES) {
  const s = autoScores[set]!;
  const r = rBest(set);
  const met = Object.values(targetsMet(set, s)).every(Boolean);
  console.log(
    `| ${set} | ${s.smape.toFixed(2)} | ${r.smape.toFixed(2)} | ${s.mase.toFixed(3)} | ${r.mase.toFixed(3)} | ` +
      `${s.msis.toFixed(2)} | ${r.msis.toFixed(2)} | ${s.cover80.toFixed(1)} / ${s.cover95.toFixed(1)} | ` +
      `${met ? 'yes' : 'NO'} |`,
  );
}

// 4. Speed: auto over the 645 M3 yearly series, three runs.
const runs = [0, 1, 2].map(() => timed(sets['m3-yearly'], 'auto'));
const fastest = runs.reduce((a, b) => (a.wallMs <= b.wallMs ? a : b));
console.log(
  `\n## Speed\n\nauto over the ${sets['m3-yearly'].length} M3 yearly series, intervals and backtests included, ` +
    `best of 3 runs: ${(fastest.wallMs / 1000).toFixed(2)} s wall, ${(fastest.cpuMs / 1000).toFixed(2)} s cpu ` +
    `(all runs: ${runs.map((r) => (r.wallMs / 1000).toFixed(2)).join(', ')} s wall); target under 5 s: ` +
    `${runs.every((r) => r.wallMs < 5000) ? 'met' : 'NOT met'}.`,
);
console.log(
  `\nMachine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, load average ` +
    `${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} at the end (the machine may be shared: wall time includes waiting for a core).`,
);
console.log(`\nMethods accepted: ${METHOD_LIST.join(', ')}.`);
