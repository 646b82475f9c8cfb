// Report benchmark: Kent's full report (the scenario, 122 schools, all 1,690 children) rendered warm, median of
// several runs, and where the time goes; against baselines in the same run: the same eight charts drawn through
// vega-lite (renderSvg, as the report drew them before 0.2) and the old cohort section (every child allocated at
// once instead of one round).
// Run: npm run bench:report
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { allocateCohort } from '../src/match/allocate-cohort.js';
import { allocateGreedy } from '../src/match/allocate-greedy.js';
import { rankSchools } from '../src/match/rank.js';
import { CHART_DEFAULTS } from '../src/report/charts/chart-defaults.js';
import { mapChart } from '../src/report/map-chart.js';
import { rankingChart } from '../src/report/ranking-chart.js';
import { renderReport } from '../src/report/render-report.js';
import { renderSvg } from '../src/report/render-svg.js';
import { buildReportContext } from '../src/report/report-context.js';
import { sufficiencyChart } from '../src/report/sufficiency-chart.js';
import { tornadoChart } from '../src/report/tornado-chart.js';
import type { Child } from '../src/schema/child.js';
import type { School } from '../src/schema/school.js';
import { sensitivity } from '../src/sufficiency/sensitivity.js';

const kent = (file: string) => JSON.parse(readFileSync(new URL(`../data/kent/${file}`, import.meta.url), 'utf8'));
const input = { scenario: kent('scenario-2025.json'), schools: kent('schools.json'), children: kent('children.json') };
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

/** Median wall time of `runs` calls, in ms. */
async function median(run: () => unknown, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);

// The first call includes compiling the report code: what a one-off CLI run pays.
const coldStart = performance.now();
await renderReport(input);
const cold = performance.now() - coldStart;

const report = buildReportContext(input);
const schools = report.schools as School[];
const children = report.children as Child[];
const projection = report.projection!;
const shown = children.slice(0, 3);
const rankings = shown.map((c) => rankSchools(c, schools).ranked.slice(0, 10));
const tornado = sensitivity(input.scenario);
const bars = tornado.rows
  .slice(0, 10)
  .map((r) => ({ assumption: r.assumption, low: r.placementsAtLow, high: r.placementsAtHigh }));

/** The report's eight charts drawn by the library, both layouts: 16 SVGs. */
async function ourCharts() {
  for (const layout of ['wide', 'narrow'] as const) {
    await sufficiencyChart({ projection, layout });
    await tornadoChart({ base: tornado.basePlacements, bars, layout });
    for (const [i, ranked] of rankings.entries()) {
      await rankingChart({ ranked, layout });
      await mapChart({
        home: shown[i].home,
        schools: ranked.map((r) => ({
          urn: r.school.urn,
          name: r.school.name,
          location: r.school.location,
          rank: r.rank,
        })),
        layout,
      });
    }
  }
}

/** The same eight charts as the Vega-Lite specs the report used before 0.2, one layout: 8 SVGs through vega. */
async function vegaCharts() {
  const x = { field: 'year', type: 'quantitative', axis: { format: 'd' } };
  const lines = [...projection.rows, ...projection.counterfactual].map((r, i) => ({
    year: r.year,
    placements: r.independentPlacements,
    scenario: i < projection.rows.length ? 'plan' : 'no new capacity',
  }));
  await renderSvg({
    width: CHART_DEFAULTS.width,
    height: CHART_DEFAULTS.height,
    data: { values: lines },
    layer: [
      {
        mark: { type: 'line', point: true },
        encoding: { x, y: { field: 'placements', type: 'quantitative' }, color: { field: 'scenario' } },
      },
      {
        mark: { type: 'text', dy: -10 },
        encoding: {
          x,
          y: { field: 'placements', type: 'quantitative' },
          text: { field: 'placements', format: ',.0f' },
        },
      },
    ],
  });
  await renderSvg({
    width: CHART_DEFAULTS.width,
    data: {
      values: bars.flatMap((b) => [
        { a: b.assumption, from: tornado.basePlacements, to: b.low, s: 'low' },
        { a: b.assumption, from: tornado.basePlacements, to: b.high, s: 'high' },
      ]),
    },
    mark: 'bar',
    encoding: {
      y: { field: 'a', type: 'nominal' },
      x: { field: 'from', type: 'quantitative' },
      x2: { field: 'to' },
      color: { field: 's' },
    },
  });
  for (const [i, ranked] of rankings.entries()) {
    await renderSvg({
      width: CHART_DEFAULTS.width,
      data: {
        values: ranked.flatMap((r) => Object.entries(r.contributions).map(([c, p]) => ({ s: r.school.name, c, p }))),
      },
      mark: 'bar',
      encoding: {
        y: { field: 's', type: 'nominal' },
        x: { field: 'p', type: 'quantitative', stack: 'zero' },
        color: { field: 'c' },
      },
    });
    await renderSvg({
      width: CHART_DEFAULTS.width,
      height: 420,
      data: {
        values: [shown[i].home, ...ranked.map((r) => r.school.location)].map((p, k) => ({ ...p, k: String(k) })),
      },
      layer: [
        {
          mark: 'point',
          encoding: { x: { field: 'lon', type: 'quantitative' }, y: { field: 'lat', type: 'quantitative' } },
        },
        {
          mark: { type: 'text', dx: 9 },
          encoding: {
            x: { field: 'lon', type: 'quantitative' },
            y: { field: 'lat', type: 'quantitative' },
            text: { field: 'k' },
          },
        },
      ],
    });
  }
}

const year7 = children.filter((c) => c.ncYear === 7);
const rows: [string, number, number | undefined][] = [
  ['Kent full report (scenario, 122 schools, 1,690 children): first call', cold, undefined],
  ['Kent full report: warm, median', await median(() => renderReport(input)), undefined],
  ['  validating the inputs and projecting', await median(() => buildReportContext(input)), undefined],
  ['  sensitivity (48 assumptions x 2 projections)', await median(() => sensitivity(input.scenario)), undefined],
  ['  ranking 3 children', await median(() => shown.map((c) => rankSchools(c, schools, report.policy))), undefined],
  [
    '  cohort: the Year 7 round (ours) vs all 1,690 at once (before 0.2)',
    await median(() => [allocateCohort(year7, schools), allocateGreedy(year7, schools)]),
    await median(() => [allocateCohort(children, schools), allocateGreedy(children, schools)], 5),
  ],
  [
    '  8 charts: 16 SVGs drawn direct (ours) vs 8 through vega-lite',
    await median(ourCharts),
    await median(vegaCharts, 5),
  ],
];

// What a planner waits for: the built command, from starting node to the file written (needs `npm run build`).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
if (existsSync(cli)) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  const args = ['report', '--scenario', 'data/kent/scenario-2025.json', '--schools', 'data/kent/schools.json'];
  const run = () =>
    spawnSync(process.execPath, [cli, ...args, '--children', 'data/kent/children.json', '--out', join(dir, 'r.html')]);
  rows.push([
    'send-placement report, the same inputs: the whole command, median of 3',
    await median(run, 3),
    undefined,
  ]);
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'case'.padEnd(width)}  ${'ours'.padStart(9)}  ${'baseline'.padStart(9)}  ratio`);
for (const [name, ours, base] of rows) {
  const ratio = base === undefined ? '' : `${(base / ours).toFixed(1)}x faster`;
  console.log(
    `${name.padEnd(width)}  ${ms(ours).padStart(9)}  ${(base === undefined ? '' : ms(base)).padStart(9)}  ${ratio}`,
  );
}
