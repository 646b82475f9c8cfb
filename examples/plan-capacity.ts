// A planner's task: with £12m of capital, where should Kent's next SRP and special school places go,
// and what does each further £1.5m buy? Starts from Kent's scenario with no new capacity (the places
// its plan adds are what is being chosen) and the candidate places in data/kent/capacity-candidates.csv,
// whose capital costs per place are sourced assumptions.
// Run: npx tsx examples/plan-capacity.ts
import { readFileSync } from 'node:fs';
import {
  type CapacityCandidate,
  type Scenario,
  parseScenario,
  planCapacity,
  projectSufficiency,
  readCapacityCandidatesCsv,
} from '../src/index.js';

const read = (file: string) => readFileSync(new URL(`../data/kent/${file}`, import.meta.url), 'utf8');
const kent = parseScenario(JSON.parse(read('scenario-2025.json')));
const noNewPlaces = (plan: Scenario['capacity']['srp']) => plan && { ...plan, additions: [] };
const start: Scenario = {
  ...kent,
  name: 'Kent 2025-2030, no new capacity',
  capacity: {
    srp: noNewPlaces(kent.capacity.srp),
    'maintained-special': noNewPlaces(kent.capacity['maintained-special']),
  },
};
const { records: candidates, rejected } = readCapacityCandidatesCsv(read('capacity-candidates.csv'));
if (rejected.length > 0) throw new Error(`capacity-candidates.csv: ${rejected.length} rows rejected`);

const budgetGbp = 12_000_000;
const plan = planCapacity(start, { budgetGbp, candidates, runs: 200, seed: 1 });

const m = (x: number) => `£${(x / 1e6).toFixed(2)}m`;
const row = (cells: Array<string | number>, widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');

console.log(`Where £12m of places should go: ${start.name}, ${candidates.length} candidates\n`);
const w = [28, 6, 8, 14];
console.log(row(['chosen', 'places', 'capital', 'saves 2025-30'], w));
for (const c of plan.chosen) console.log(row([c.id, c.places, m(c.capitalGbp), m(c.saving)], w));
console.log(row(['total', plan.chosen.reduce((t, c) => t + c.places, 0), m(plan.capitalGbp), m(plan.saving)], w));

console.log('\nWhat each further £1.5m buys (the frontier):');
const f = [8, 10, 12];
console.log(row(['budget', 'saving', 'extra saving'], f));
for (const [k, p] of plan.frontier.entries()) {
  const extra = p.saving - (k > 0 ? plan.frontier[k - 1].saving : 0);
  console.log(row([m(p.budgetGbp), m(p.saving), m(extra)], f));
}

console.log('\nThe other candidates:');
for (const c of plan.why.candidates) if (c.code !== 'all-bought') console.log(`  ${c.id}: ${c.reason}`);

const u = plan.uncertainty;
if (u)
  console.log(`\nSaving across ${u.runs} simulated runs (paired): p5 ${m(u.p5)}, p50 ${m(u.p50)}, p95 ${m(u.p95)}`);

// A naive plan for comparison: the budget split equally between the candidates.
const share = budgetGbp / candidates.length;
const even = (c: CapacityCandidate) => Math.min(c.maxPlaces, Math.floor(share / c.capitalGbpPerPlace));
const evenly = structuredClone(start);
for (const c of candidates) {
  const source = 'example: the budget split equally between the candidates';
  evenly.capacity[c.setting]?.additions.push({
    year: c.year,
    places: even(c),
    ...(c.need ? { need: c.need } : {}),
    source,
  });
}
const spend = (s: Scenario) => projectSufficiency(s).rows.reduce((t, r) => t + r.spend, 0);
console.log(`Split equally between the candidates, the same £12m saves ${m(spend(start) - spend(evenly))}.`);
console.log(`\n${plan.why.summary}`);
