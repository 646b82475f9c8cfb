// `npm run bench:projection`: the transition model against the forecasts a planner makes in a
// spreadsheet (persistence, linear trend) on every split of two synthetic histories, by the mean
// absolute percentage error (MAPE) of the total and of the independent setting. Prints the tables
// of bench/README.md ("Projection backtest"). Deterministic: no timing, no randomness.
//
// 1. The recency decay is chosen on the Kent history (data/kent), over a grid, by the lowest mean
//    MAPE of the total over its splits: DEFAULT_SUFFICIENCY.recencyDecay is set from this table.
// 2. Both histories are then backtested at that default; the birth-to-25 one (data/birth-to-25),
//    with its population file, is where the model is measured, as it played no part in the choice.
import { readFileSync } from 'node:fs';
import { importPopulation } from '../src/io/import-population.js';
import { importTransitions } from '../src/io/import-transitions.js';
import type { Population } from '../src/schema/population.js';
import type { Transition } from '../src/schema/transition.js';
import { type ProjectionBacktest, backtestProjection } from '../src/sufficiency/backtest-projection.js';
import { DEFAULT_SUFFICIENCY } from '../src/sufficiency/defaults.js';

const read = (path: string) => readFileSync(new URL(`../data/${path}`, import.meta.url), 'utf8');
const history = (folder: string): Transition[] =>
  importTransitions(read(`${folder}/transitions-history.csv`), read(`${folder}/setting-codes.csv`)).records;

type Errors = { total: number; independent: number };
const errorsOf = (e: {
  total: { mape: number | null };
  bySetting: Array<{ setting: string; mape: number | null }>;
}) => ({
  total: e.total.mape ?? Number.NaN,
  independent: e.bySetting.find((s) => s.setting === 'independent')?.mape ?? Number.NaN,
});
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const mean = (xs: number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;

/** Every split of a history: fit on the first k record years, test on all the rest. */
function splits(records: Transition[], options: { population?: Population; recencyDecay?: number }) {
  const years = new Set(records.map((r) => r.calendarYear)).size;
  const out: Array<{ fit: string; test: string; bt: ProjectionBacktest }> = [];
  for (let fitYears = 1; fitYears < years; fitYears++) {
    const bt = backtestProjection(records, { fitYears, testYears: years - fitYears, ...options });
    out.push({ fit: `${bt.fitYears[0]}-${bt.fitYears.at(-1)}`, test: `${bt.testYears[0]}-${bt.testYears.at(-1)}`, bt });
  }
  return out;
}

function chooseDecay(kent: Transition[]): void {
  console.log('Recency decay, chosen on the Kent history (mean MAPE over its 6 splits):\n');
  console.log('decay  total  independent');
  for (const recencyDecay of [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]) {
    const e = splits(kent, { recencyDecay }).map((s) => errorsOf(s.bt));
    const m = (f: (x: Errors) => number) => (100 * mean(e.map(f))).toFixed(2).padStart(6);
    console.log(`${recencyDecay.toFixed(1).padStart(5)} ${m((x) => x.total)} ${m((x) => x.independent)}`);
  }
  console.log(`\nDEFAULT_SUFFICIENCY.recencyDecay = ${DEFAULT_SUFFICIENCY.recencyDecay}\n`);
}

function table(title: string, rows: Array<{ fit: string; test: string; errors: Record<string, Errors> }>): void {
  const names = Object.keys(rows[0].errors);
  console.log(`${title}\n`);
  console.log(
    `| fit | test | ${names.map((n) => `${n} total`).join(' | ')} | ${names.map((n) => `${n} indep.`).join(' | ')} |`,
  );
  console.log(`|---|---|${names.map(() => '---:').join('|')}|${names.map(() => '---:').join('|')}|`);
  const cells = (f: (e: Errors) => number) => (r: (typeof rows)[number]) =>
    names.map((n) => pct(f(r.errors[n])).trim());
  for (const r of rows) {
    const total = cells((e) => e.total)(r).join(' | ');
    console.log(`| ${r.fit} | ${r.test} | ${total} | ${cells((e) => e.independent)(r).join(' | ')} |`);
  }
  const avg = (f: (e: Errors) => number) => names.map((n) => pct(mean(rows.map((r) => f(r.errors[n])))).trim());
  console.log(`| **mean** | | ${avg((e) => e.total).join(' | ')} | ${avg((e) => e.independent).join(' | ')} |\n`);
  const model = names[names.length > 3 ? 1 : 0];
  const best = Math.min(...['persistence', 'trend'].map((n) => mean(rows.map((r) => r.errors[n].total))));
  const ours = mean(rows.map((r) => r.errors[model].total));
  const verdict = ours < best ? 'beats both baselines' : 'does NOT beat both baselines';
  const ratio = (ours / best).toFixed(2);
  console.log(`${model}: mean total MAPE ${pct(ours).trim()}%, ratio to the better baseline ${ratio}: ${verdict}\n`);
}

const kent = history('kent');
chooseDecay(kent);
table(
  'Kent history (data/kent, censuses 2018-2025; MAPE %):',
  splits(kent, {}).map(({ fit, test, bt }) => ({
    fit,
    test,
    errors: {
      model: errorsOf(bt),
      persistence: errorsOf(bt.baselines.persistence),
      trend: errorsOf(bt.baselines.trend),
    },
  })),
);
const birthTo25 = history('birth-to-25');
const population = {
  source: 'data/birth-to-25/population.csv (synthetic)',
  records: importPopulation(read('birth-to-25/population.csv')).records,
};
const withPopulation = splits(birthTo25, { population });
table(
  'Birth-to-25 history (data/birth-to-25, censuses 2015-2025, NC years -5 to 20; MAPE %):',
  splits(birthTo25, {}).map(({ fit, test, bt }, i) => ({
    fit,
    test,
    errors: {
      model: errorsOf(bt),
      'model + population': errorsOf(withPopulation[i].bt),
      persistence: errorsOf(bt.baselines.persistence),
      trend: errorsOf(bt.baselines.trend),
    },
  })),
);
