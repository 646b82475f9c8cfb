// Capacity plan benchmark: planCapacity's search against exhaustive search on random small
// instances (how often it finds the optimum, how far off when not), and on Kent's ten candidates
// against baselines in the same run (random feasible plans, the budget split equally), with times.
// Run: npm run bench:plan-capacity   (BENCH_INSTANCES=300 by default; BENCH_SHOW_MISSES=1 prints each miss)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readCapacityCandidatesCsv } from '../src/io/capacity-candidates-csv.js';
import { createRandom, type Random } from '../src/random.js';
import type { CapacityCandidate } from '../src/schema/capacity-candidate.js';
import { type Scenario, parseScenario } from '../src/schema/scenario.js';
import { createCapacityEvaluator } from '../src/sufficiency/capacity-evaluator.js';
import { exhaustiveCapacity } from '../src/sufficiency/exhaustive-capacity.js';
import { capitalOf, greedyCapacity } from '../src/sufficiency/greedy-capacity.js';
import { planCapacity } from '../src/sufficiency/plan-capacity.js';
import { searchCapacity } from '../src/sufficiency/search-capacity.js';

const A = 'assumption: benchmark instance';
// Seed 2026: not the seeds the search was tuned on (1 and 2) nor the property tests' (11-15).
const rng = createRandom(2026);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 300);

/** A small scenario where SRP and special places overflow into independent placements (2-5 projected years). */
function smallScenario(r: Random): Scenario {
  const w = (lo: number, hi: number) => r.int(lo, hi);
  return parseScenario({
    name: 'bench',
    baseYear: 2025,
    endYear: 2025 + w(2, 5),
    stock: [
      {
        setting: 'mainstream',
        count: w(50, 400),
        needs: { ASD: w(1, 5), SEMH: w(0, 5) },
        ncYears: { '3': 1, '6': 1, '9': 1 },
        source: A,
      },
      { setting: 'srp', count: 20, needs: { ASD: 1 }, ncYears: { '5': 1, '8': 1 }, source: A },
      { setting: 'maintained-special', count: 20, needs: { ASD: 1, SEMH: 1 }, ncYears: { '5': 1, '8': 1 }, source: A },
    ],
    joiners: {
      growthRate: { value: 0.02, source: A },
      entries: [
        {
          count: w(0, 40),
          needs: { ASD: 1, SEMH: w(0, 2) },
          ncYears: { '7': 1 },
          settings: { mainstream: 3, srp: w(0, 3), 'maintained-special': w(0, 2) },
          source: A,
        },
      ],
    },
    transitions: [
      {
        from: 'mainstream',
        ncYears: [-2, 14],
        to: { mainstream: 80, srp: w(0, 15), 'maintained-special': w(0, 8), independent: w(0, 3), left: 5 },
        source: A,
      },
      { from: 'srp', ncYears: [-2, 14], to: { srp: w(60, 95), independent: w(0, 5), left: 5 }, source: A },
      { from: 'independent', ncYears: [-2, 14], to: { independent: 90, left: 10 }, source: A },
    ],
    independentRegardless: { value: r.next() * 0.1, source: A },
    capacity: { srp: { base: { value: 20, source: A } }, 'maintained-special': { base: { value: 20, source: A } } },
    costs: {
      feeUpliftRate: { value: 0.03, source: A },
      bySetting: {
        independent: { annualFeeGbp: { value: 50_000, source: A }, annualTransportGbp: { value: 10_000, source: A } },
        srp: { annualFeeGbp: { value: 18_000, source: A }, annualTransportGbp: { value: 2_000, source: A } },
        'maintained-special': {
          annualFeeGbp: { value: 25_000, source: A },
          annualTransportGbp: { value: 5_000, source: A },
        },
      },
    },
  });
}

function smallCandidates(r: Random, s: Scenario): CapacityCandidate[] {
  return Array.from({ length: r.int(2, 3) }, (_, i) => ({
    id: `c${i}`,
    setting: r.pick(['srp', 'maintained-special'] as const),
    ...(r.next() < 0.5 ? { need: r.pick(['ASD', 'SEMH'] as const) } : {}),
    year: r.int(2026, s.endYear),
    maxPlaces: r.int(1, 12),
    capitalGbpPerPlace: r.int(1, 10) * 10_000,
  }));
}

type Quality = { ratios: number[]; ms: number };
const quality = (): Quality => ({ ratios: [], ms: 0 });
const ours = quality();
const greedyOnly = quality();
const exhaustive = quality();
let nontrivial = 0;
for (let t = 0; t < INSTANCES; t++) {
  const s = smallScenario(rng);
  const candidates = smallCandidates(rng, s);
  const budgetGbp = rng.int(0, 30) * 10_000 + rng.int(0, 9_999);
  const step = rng.int(1, 4);
  let t0 = performance.now();
  const plan = planCapacity(s, { budgetGbp, candidates, step });
  ours.ms += performance.now() - t0;
  const ev = createCapacityEvaluator(s, candidates, 'spend');
  const none = ev.objective(candidates.map(() => 0));
  const greedy = none - greedyCapacity(ev, candidates, budgetGbp, step, 1e-9 * none).objective;
  t0 = performance.now();
  const fresh = createCapacityEvaluator(s, candidates, 'spend'); // no cache shared with ours
  const best = none - exhaustiveCapacity(fresh, candidates, budgetGbp, 1).objective;
  exhaustive.ms += performance.now() - t0;
  if (best <= 1e-6) continue; // nothing to save: every plan is optimal
  nontrivial++;
  if (process.env.BENCH_SHOW_MISSES && plan.saving / best < 1 - 1e-6) {
    const optimum = exhaustiveCapacity(fresh, candidates, budgetGbp, 1).places;
    console.log('miss', (plan.saving / best).toFixed(3), { step, budgetGbp, candidates, optimum, plan: plan.chosen });
  }
  ours.ratios.push(plan.saving / best);
  greedyOnly.ratios.push(greedy / best);
}

const describe = (q: Quality) => {
  const sorted = [...q.ratios].sort((a, b) => a - b);
  const matched = q.ratios.filter((x) => x >= 1 - 1e-6).length;
  const mean = q.ratios.reduce((t, x) => t + x, 0) / q.ratios.length;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const p5 = sorted[Math.floor(0.05 * sorted.length)];
  const share = pct(matched / q.ratios.length);
  const n = q.ratios.length;
  return `optimum in ${matched}/${n} (${share}), worst ${pct(sorted[0])}, p5 ${pct(p5)}, mean ${pct(mean)}`;
};

// Kent: the scenario with no new capacity and the ten bundled candidates, £12m.
const read = (file: string) => readFileSync(new URL(`../data/kent/${file}`, import.meta.url), 'utf8');
const kentWithPlan = parseScenario(JSON.parse(read('scenario-2025.json')));
const cap = kentWithPlan.capacity;
const kent: Scenario = {
  ...kentWithPlan,
  capacity: {
    srp: cap.srp && { ...cap.srp, additions: [] },
    'maintained-special': cap['maintained-special'] && { ...cap['maintained-special'], additions: [] },
  },
};
const kentCandidates = readCapacityCandidatesCsv(read('capacity-candidates.csv')).records;
const budgetGbp = 12_000_000;

/** Wall and CPU time of a call: on a shared machine wall time includes waiting for a core, CPU time does not. */
function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = f();
  const cpu = process.cpuUsage(c0);
  return { value, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** The median run of `times` calls, by wall time. */
function median<T>(times: number, f: () => T): { value: T; ms: number; cpuMs: number } {
  const runs = Array.from({ length: times }, () => timed(f)).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(times / 2)];
}

planCapacity(kent, { budgetGbp: 1_000_000, candidates: kentCandidates }); // warm up the JIT
const plan10 = median(5, () => planCapacity(kent, { budgetGbp, candidates: kentCandidates }));
const plan1 = median(3, () => planCapacity(kent, { budgetGbp, candidates: kentCandidates, step: 1 }));
// A longer list: each candidate at each opening year 2026-2029 (40 candidates).
const forty = kentCandidates.flatMap((c) =>
  [2026, 2027, 2028, 2029].map((year) => ({ ...c, id: `${c.id}@${year}`, year })),
);
const plan40 = timed(() => planCapacity(kent, { budgetGbp, candidates: forty }));
const withRuns = timed(() => planCapacity(kent, { budgetGbp, candidates: kentCandidates, runs: 1000 }));

// Baselines on the same evaluator: random feasible plans (as many projections as ours used), and the
// budget split equally between the candidates.
const ev = createCapacityEvaluator(kent, kentCandidates, 'spend');
const none = ev.objective(kentCandidates.map(() => 0));
// The search planCapacity runs, on its own evaluator, to count the projections it needs.
const counter = createCapacityEvaluator(kent, kentCandidates, 'spend');
searchCapacity(counter, kentCandidates, budgetGbp, 10, 1e-9 * none);
const draws = 2 * counter.projections;
const random = timed(() => {
  let best = 0;
  for (let d = 0; d < draws; d++) {
    const places = kentCandidates.map((c) => rng.int(0, c.maxPlaces));
    // Cut back in a random order until the plan fits the budget.
    while (capitalOf(kentCandidates, places) > budgetGbp) {
      const i = rng.int(0, places.length - 1);
      if (places[i] > 0) places[i]--;
    }
    best = Math.max(best, none - ev.objective(places));
  }
  return best;
});
// Kent-sized checks of optimality: two candidates, £2m, against every plan place by place; four
// SRP candidates, £4m, against every plan in whole steps of 10 places.
const two = kentCandidates.slice(0, 2);
const twoPlan = timed(() => planCapacity(kent, { budgetGbp: 2_000_000, candidates: two }));
const twoEv = createCapacityEvaluator(kent, two, 'spend');
const twoBest = timed(() => twoEv.objective([0, 0]) - exhaustiveCapacity(twoEv, two, 2_000_000, 1).objective);
const four = kentCandidates.filter((c) => c.setting === 'srp').slice(0, 4);
const fourPlan = timed(() => planCapacity(kent, { budgetGbp: 4_000_000, candidates: four }));
const fourEv = createCapacityEvaluator(kent, four, 'spend');
const fourNone = fourEv.objective(four.map(() => 0));
const fourBest = timed(() => fourNone - exhaustiveCapacity(fourEv, four, 4_000_000, 10).objective);

const share = budgetGbp / kentCandidates.length;
const evenly = kentCandidates.map((c) => Math.min(c.maxPlaces, Math.floor(share / c.capitalGbpPerPlace)));
const evenSaving = none - ev.objective(evenly);

const m = (x: number) => `£${(x / 1e6).toFixed(2)}m`;
const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const u = withRuns.value.uncertainty;
const rows: string[][] = [
  [`${nontrivial} small instances: planCapacity vs exhaustive`, describe(ours), 'exhaustive optimum', ''],
  [`${nontrivial} small instances: greedy alone vs exhaustive`, describe(greedyOnly), 'exhaustive optimum', ''],
  [
    `${INSTANCES} small instances, time`,
    s(ours.ms),
    `${s(exhaustive.ms)} exhaustive`,
    `${(ours.ms / exhaustive.ms).toFixed(1)}x the exhaustive time`,
  ],
  [
    'Kent, 2 candidates, £2m: saving, time',
    `${m(twoPlan.value.saving)}, ${s(twoPlan.ms)}`,
    `${m(twoBest.value)}, ${s(twoBest.ms)} exhaustive (place by place)`,
    `${((100 * twoPlan.value.saving) / twoBest.value).toFixed(2)}% of it`,
  ],
  [
    'Kent, 4 SRP candidates, £4m: saving, time',
    `${m(fourPlan.value.saving)}, ${s(fourPlan.ms)}`,
    `${m(fourBest.value)}, ${s(fourBest.ms)} exhaustive (steps of 10)`,
    `${((100 * fourPlan.value.saving) / fourBest.value).toFixed(2)}% of it`,
  ],
  [
    'Kent, 10 candidates, £12m, step 10: time (median of 5)',
    `${s(plan10.ms)} wall, ${s(plan10.cpuMs)} CPU`,
    '',
    'target < 2 s',
  ],
  [
    'Kent, 40 candidates (the 10 at each year 2026-29), £12m: time',
    `${s(plan40.ms)} wall, ${s(plan40.cpuMs)} CPU`,
    '',
    `saves ${m(plan40.value.saving)}`,
  ],
  [
    'Kent: saving vs best of random feasible plans',
    m(plan10.value.saving),
    `${m(random.value)} (best of ${draws}: twice our projections, ${s(random.ms)})`,
    `${(plan10.value.saving / random.value).toFixed(2)}x`,
  ],
  [
    'Kent: saving vs budget split equally',
    m(plan10.value.saving),
    m(evenSaving),
    `${(plan10.value.saving / evenSaving).toFixed(2)}x`,
  ],
  [
    'Kent: step 10 vs step 1 (saving, time)',
    `${m(plan10.value.saving)}, ${s(plan10.ms)}`,
    `${m(plan1.value.saving)}, ${s(plan1.ms)}`,
    `${((100 * (plan1.value.saving - plan10.value.saving)) / plan1.value.saving).toFixed(2)}% less saving`,
  ],
  [
    'Kent: with runs: 1000, paired p5 / p50 / p95',
    `${s(withRuns.ms)} wall, ${s(withRuns.cpuMs)} CPU`,
    '',
    u ? `${m(u.p5)} / ${m(u.p50)} / ${m(u.p95)}` : '',
  ],
];
const widths = [0, 1, 2, 3].map((c) =>
  Math.max(...rows.map((r) => r[c].length), ['case', 'ours', 'baseline', 'ratio'][c].length),
);
const line = (cells: string[]) => `| ${cells.map((x, c) => x.padEnd(widths[c])).join(' | ')} |`;
console.log(line(['case', 'ours', 'baseline', 'ratio']));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows) console.log(line(r));
console.log(`\nKent plan (step 10): ${plan10.value.chosen.map((c) => `${c.id} ${c.places}`).join(', ')}`);
