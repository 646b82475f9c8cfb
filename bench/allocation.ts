// Cohort allocation benchmark, all in one run: the exact allocator (allocateCohort: maximum flow and
// cost scaling), successive shortest paths (referenceAssignment, the solver before it), first come
// first served (allocateGreedy) and an LP solver (HiGHS, WebAssembly) on the same instances:
// two county rounds, places scarce and ample, then a national instance with time and memory.
// Warm medians: each timed call runs once untimed first, then `runs` times; the median by CPU time counts.
// Run: npm run bench:allocation   (BENCH_NATIONAL=0 skips the national runs, BENCH_MARKETS=0 the two
// other national markets; BENCH_REFERENCE=1 times the reference solver nationally too, 15-25 s)
import { performance } from 'node:perf_hooks';
import { KENT_TOWNS } from '../data/synthetic/towns.js';
import { allocateCohort } from '../src/match/allocate-cohort.js';
import { greedyAssignment } from '../src/match/allocate-greedy-assignment.js';
import { buildCohortInstance, type AllocationInstance } from '../src/match/allocate-instance.js';
import { allocationLp } from '../src/match/allocate-lp.js';
import { SCORE_UNITS } from '../src/match/allocate-network.js';
import { optimalAssignment } from '../src/match/allocate-optimal.js';
import { referenceAssignment } from '../src/match/allocate-reference.js';
import { parsePolicy } from '../src/schema/policy.js';
import { ENGLAND, generate, type Centre } from './allocation-market.js';

// CPU time (user + system) as well as wall time: on a shared machine wall time includes waiting
// for a core, CPU time does not. Ratios use CPU time.
type Took = { wall: number; cpu: number };
const time = <T>(f: () => T): [T, Took] => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = f();
  const c = process.cpuUsage(c0);
  return [value, { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 }];
};

/** Warm median: one untimed run, then the run with the median CPU time of `runs` (odd). */
const warmMedian = <T>(runs: number, f: () => T): [T, Took] => {
  f();
  const results = Array.from({ length: runs }, () => time(f));
  results.sort((a, b) => a[1].cpu - b[1].cpu);
  return results[(runs - 1) >> 1];
};

type Objective = { placed: number; framework: number; score: number; units: number };

/** The three levels of an assignment, and its score in whole units (what the solvers compare). */
function objective(instance: AllocationInstance, assigned: Int32Array): Objective {
  const o = { placed: 0, framework: 0, score: 0, units: 0 };
  for (let p = 0; p < instance.pairChild.length; p++) {
    if (assigned[instance.pairChild[p]] !== instance.pairSchool[p]) continue;
    o.placed++;
    if (instance.offFramework?.[instance.pairSchool[p]] !== 1) o.framework++;
    o.score += instance.pairScore[p];
    o.units += Math.round(instance.pairScore[p] * SCORE_UNITS);
  }
  return o;
}

type Highs = { solve(lp: string, o?: object): { Status: string; ObjectiveValue: number } };

/** HiGHS on the lexicographic objective: one LP per level, given the optima before it (text not timed). */
function highsLevels(highs: Highs, instance: AllocationInstance): { objective: Objective; took: Took } {
  const solve = (lp: string): [number, Took] => {
    const [r, took] = time(() => highs.solve(lp, { output_flag: false }));
    if (r.Status !== 'Optimal') throw new Error(`HiGHS: ${r.Status}`);
    return [r.ObjectiveValue, took];
  };
  const [placedValue, t1] = solve(allocationLp(instance, { phase: 'placed' }));
  const placed = Math.round(placedValue);
  const [frameworkValue, t2] = solve(allocationLp(instance, { phase: 'framework', placed }));
  const framework = Math.round(frameworkValue);
  const [score, t3] = solve(allocationLp(instance, { phase: 'score', placed, framework }));
  const took = { wall: t1.wall + t2.wall + t3.wall, cpu: t1.cpu + t2.cpu + t3.cpu };
  return { objective: { placed, framework, score, units: Number.NaN }, took };
}

const fmt1 = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmt = (t: Took) => `${fmt1(t.wall)} (${fmt1(t.cpu)})`;
const row = (cells: Array<string | number>) => console.log(`| ${cells.join(' | ')} |`);
const faster = (baseline: Took, ours: Took) => `${(baseline.cpu / ours.cpu).toFixed(1)}× faster`;

async function county(highs: Highs, name: string, placesPerChild: number) {
  const policy = parsePolicy({});
  const kent: Centre[] = KENT_TOWNS.map((t) => ({ lat: t.lat, lon: t.lon, weight: t.share ?? 0.5 }));
  const { schools, children } = generate(2026, kent, 2000, 120, placesPerChild, 6);
  const instance = buildCohortInstance(children, schools, policy);
  const [, buildMs] = warmMedian(7, () => buildCohortInstance(children, schools, policy));
  const [exact, exactMs] = warmMedian(7, () => optimalAssignment(instance));
  const [, fullMs] = warmMedian(7, () => allocateCohort(children, schools));
  const [reference, referenceMs] = warmMedian(5, () => referenceAssignment(instance));
  const [greedy, greedyMs] = warmMedian(7, () => greedyAssignment(instance));
  const lp = highsLevels(highs, instance); // warm-up
  const runs = [lp, highsLevels(highs, instance), highsLevels(highs, instance)].sort((a, b) => a.took.cpu - b.took.cpu);
  const highsMs = runs[1].took;
  const e = objective(instance, exact);
  const r = objective(instance, reference);
  const g = objective(instance, greedy);
  const places = schools.reduce((a, s) => a + s.vacancies, 0);
  console.log(
    `\n${name}: ${children.length} children × ${schools.length} schools, ${places} places ` +
      `(${((100 * e.placed) / children.length).toFixed(1)}% placeable), ${instance.pairChild.length} eligible pairs\n`,
  );
  row(['case', 'placed', 'on framework', 'total score', 'wall (cpu)', 'ratio to HiGHS, cpu']);
  row(['---', '---:', '---:', '---:', '---:', '---:']);
  row([
    'allocateCohort, whole call (validate + pairs + solve)',
    e.placed,
    e.framework,
    e.score.toFixed(6),
    fmt(fullMs),
    faster(highsMs, fullMs),
  ]);
  row([
    'allocateCohort, solve only (optimalAssignment)',
    e.placed,
    e.framework,
    e.score.toFixed(6),
    fmt(exactMs),
    faster(highsMs, exactMs),
  ]);
  row([
    'successive shortest paths, solve only (referenceAssignment)',
    r.placed,
    r.framework,
    r.score.toFixed(6),
    fmt(referenceMs),
    faster(highsMs, referenceMs),
  ]);
  row(['allocateGreedy, solve only', g.placed, g.framework, g.score.toFixed(6), fmt(greedyMs), '—']);
  row([
    'HiGHS, 3 LPs (placed, framework, score), solve only',
    lp.objective.placed,
    lp.objective.framework,
    lp.objective.score.toFixed(6),
    fmt(highsMs),
    '1',
  ]);
  console.log(
    `\nEligible-pair search: ${fmt(buildMs)}. ` +
      `Solve only: ${faster(referenceMs, exactMs)} than successive shortest paths.`,
  );
  const same = lp.objective.placed === e.placed && lp.objective.framework === e.framework;
  const delta = Math.abs(lp.objective.score - e.score);
  const sameAsReference = e.placed === r.placed && e.framework === r.framework && e.units === r.units;
  console.log(
    `Same optimum as HiGHS: ${same && delta < 1e-6 ? 'yes' : 'NO'} (|Δ score| = ${delta.toExponential(2)}); ` +
      `as successive shortest paths in whole score units: ${sameAsReference ? 'yes' : 'NO'}`,
  );
  console.log(
    `Against greedy: +${e.placed - g.placed} placed, +${e.framework - g.framework} on the framework, ` +
      `+${(e.score - g.score).toFixed(3)} score`,
  );
}

function national() {
  const policy = parsePolicy({});
  const [{ schools, children }, genMs] = time(() => generate(7, ENGLAND, 50_000, 3_000, 1.0, 25));
  const before = process.memoryUsage();
  const [instance, buildMs] = warmMedian(3, () => buildCohortInstance(children, schools, policy));
  const [exact, exactMs] = warmMedian(3, () => optimalAssignment(instance));
  const after = process.memoryUsage();
  const [full, fullMs] = warmMedian(3, () => allocateCohort(children, schools));
  const [greedy, greedyMs] = time(() => greedyAssignment(instance));
  const e = objective(instance, exact);
  const g = objective(instance, greedy);
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `\nNational: ${children.length} children × ${schools.length} schools (generated in ${fmt(genMs)}), ` +
      `${instance.pairChild.length} eligible pairs after pruning (of ${children.length * schools.length})\n`,
  );
  row(['case', 'placed', 'on framework', 'total score', 'wall (cpu)']);
  row(['---', '---:', '---:', '---:', '---:']);
  row([
    'allocateCohort, whole call',
    full.totals.placed,
    full.totals.placed - full.totals.placedOffFramework,
    full.totals.totalScore.toFixed(3),
    fmt(fullMs),
  ]);
  row(['eligible-pair search', '—', '—', '—', fmt(buildMs)]);
  row(['allocateCohort, solve only', e.placed, e.framework, e.score.toFixed(3), fmt(exactMs)]);
  if (process.env.BENCH_REFERENCE === '1') {
    const [reference, referenceMs] = time(() => referenceAssignment(instance));
    const r = objective(instance, reference);
    row([
      'successive shortest paths, solve only (one run)',
      r.placed,
      r.framework,
      r.score.toFixed(3),
      fmt(referenceMs),
    ]);
    console.log(
      `\nSame optimum as successive shortest paths in whole score units: ` +
        `${e.units === r.units && e.framework === r.framework ? 'yes' : 'NO'}`,
    );
  }
  row(['allocateGreedy, solve only (one run)', g.placed, g.framework, g.score.toFixed(3), fmt(greedyMs)]);
  console.log(
    `\nMemory: heap used ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}, RSS ${mb(before.rss)} -> ${mb(after.rss)} ` +
      `around pair search and solve; peak RSS of the whole run ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  return fullMs;
}

/** The national target for the whole call, wall time. */
const NATIONAL_TARGET_MS = 5000;
const withinTarget = (took: Took) => (took.wall <= NATIONAL_TARGET_MS ? 'yes' : 'NO');

/**
 * The whole call on other national markets generated the same way (seeds 8 and 9 are harder than
 * 7: more pairs, longer maximum flows), so that the 5 s target is read across markets, not on one.
 */
function otherNationalMarkets(seven: Took) {
  console.log('\nOther national markets of the same size (whole call, warm median of 3)\n');
  row(['market', 'eligible pairs', 'placed', 'on framework', 'wall (cpu)', 'at most 5 s wall']);
  row(['---', '---:', '---:', '---:', '---:', '---']);
  const times = [seven];
  row(['seed 7 (above)', '', '', '', fmt(seven), withinTarget(seven)]);
  for (const seed of [8, 9]) {
    const { schools, children } = generate(seed, ENGLAND, 50_000, 3_000, 1.0, 25);
    const [full, took] = warmMedian(3, () => allocateCohort(children, schools));
    times.push(took);
    const pairs = buildCohortInstance(children, schools, parsePolicy({})).pairChild.length;
    const { placed, placedOffFramework } = full.totals;
    row([`seed ${seed}`, pairs, placed, placed - placedOffFramework, fmt(took), withinTarget(took)]);
  }
  const met = times.every((took) => withinTarget(took) === 'yes');
  console.log(`\nNational target (whole call at most 5 s wall) on all three markets: ${met ? 'met' : 'NOT met'}`);
}

console.log(
  `Cohort allocation benchmark, ${new Date().toISOString()}, Node ${process.version}, ` +
    `${process.platform}/${process.arch}`,
);
const highs = (await (await import('highs')).default()) as unknown as Highs;
await county(highs, 'County round, places scarce', 0.15);
await county(highs, 'County round, places ample', 0.9);
if (process.env.BENCH_NATIONAL !== '0') {
  const seven = national();
  if (process.env.BENCH_MARKETS !== '0') otherNationalMarkets(seven);
}
