// A planner's task: what does Kent's SRP growth plan do to independent placements and spend, how
// sure can we be, which assumptions matter most, and which need types are short of SRP places?
// Run: npx tsx examples/kent-sufficiency.ts
import { readFileSync } from 'node:fs';
import { parseScenario, projectSufficiency, sensitivity, simulateSufficiency, sufficiencyGaps } from '../src/index.js';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../data/kent/${file}`, import.meta.url), 'utf8'));
const scenario = parseScenario(read('scenario-2025.json'));
const p = projectSufficiency(scenario);

const n = (x: number) => Math.round(x).toLocaleString('en-GB');
const m = (x: number) => `£${(x / 1e6).toFixed(1)}m`;
const pad = (cells: Array<string | number>, widths: number[]) =>
  cells.map((c, i) => String(c).padStart(widths[i])).join('  ');

console.log(`${p.scenario}\n`);
const widths = [4, 11, 11, 8, 6, 10, 10, 10, 10, 10];
console.log(
  pad(
    [
      'year',
      'independent',
      'no new cap',
      'new ind',
      'exits',
      'SRP places',
      'SRP demand',
      'spend',
      'no new cap',
      'saved (cum)',
    ],
    widths,
  ),
);
p.rows.forEach((r, i) => {
  const c = p.counterfactual[i];
  console.log(
    pad(
      [
        r.year,
        n(r.independentPlacements),
        n(c.independentPlacements),
        n(r.newIndependent),
        n(r.exits),
        n(r.srpPlaces ?? 0),
        n(r.srpDemand),
        m(r.spend),
        m(c.spend),
        m(r.cumulativeSaving),
      ],
      widths,
    ),
  );
});
const s = p.summary;
console.log(
  `\nIndependent placements ${n(s.independentFirst)} in ${p.baseYear} -> ${n(s.independentLast)} in ` +
    `${p.endYear} with the plan; ` +
    `${n(s.counterfactualLast)} with no new capacity. Without the plan Kent would spend ` +
    `${m(s.extraSpendWithoutPlan)} more over ${p.baseYear}-${p.endYear}.`,
);

const sim = simulateSufficiency(scenario, { runs: 300, seed: 1 });
console.log(
  `\nUncertainty (${sim.runs} runs, seed ${sim.seed}): independent placements and spend, 5th / 50th / 95th percentile`,
);
sim.independentPlacements.forEach((b, i) => {
  const spend = sim.spend[i];
  console.log(
    `  ${b.year}  ${n(b.p5).padStart(5)} / ${n(b.p50).padStart(5)} / ${n(b.p95).padStart(5)}    ${m(spend.p5)} ` +
      `/ ${m(spend.p50)} / ${m(spend.p95)}`,
  );
});

const t = sensitivity(scenario, { year: p.endYear });
console.log(`\nWhat moves ${t.year}'s independent placements most (low -> high of each assumption, others at base):`);
for (const r of t.rows.slice(0, 8)) {
  console.log(
    `  ${r.assumption.padEnd(58)} ${n(r.placementsAtLow).padStart(5)} -> ${n(r.placementsAtHigh).padStart(5)}   ` +
      `spend ${m(r.spendAtLow)} -> ${m(r.spendAtHigh)}`,
  );
}

// SRP demand by need in the last year without new capacity, against today's SRP places.
const last = p.counterfactual.at(-1)!;
const demand = Object.entries(last.byNeed).map(([need, b]) => ({
  need: need as 'ASD',
  count: b.bySetting.srp + b.srpTurnedAway,
}));
const gaps = sufficiencyGaps({ schools: read('srp.json'), demand });
console.log(`\nSRP places short by need in ${last.year} with no new capacity (demand - places, biggest first):`);
for (const g of gaps.byNeed.slice(0, 5))
  console.log(
    `  ${g.need!.padEnd(5)} places ${n(g.places).padStart(5)}  demand ${n(g.demand).padStart(5)}  gap ` +
      `${n(g.gap).padStart(5)}`,
  );

// Where would the children now placed independently need local places? By district, nearest SRP's.
const byDistrict = sufficiencyGaps({ schools: read('srp.json'), demand: read('children.json') }).byDistrict;
console.log(`\nChildren in independent placements against SRP places, by district (biggest gap first):`);
for (const g of byDistrict.slice(0, 5))
  console.log(
    `  ${g.district!.padEnd(22)} places ${n(g.places).padStart(5)}  children ${n(g.demand).padStart(5)}  gap ` +
      `${n(g.gap).padStart(5)}`,
  );
