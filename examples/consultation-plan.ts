// Whom to consult first, and how long the wait for an offer may be: a Year 7 child from the Kent
// data, their ranked schools, and the consultation plan one school at a time against three at a
// time. Each consulted school answers within its median response days (its KPI; the statutory 15
// when it reports none); each refusal adds to the wait.
//
//   npx tsx examples/consultation-plan.ts [childId]
import { readFileSync } from 'node:fs';
import { planConsultation, rankSchools, type ConsultationPlan } from '../src/index.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../data/kent/${name}`, import.meta.url), 'utf8'));
const schools = load('schools.json');
const children: { id: string; ncYear: number }[] = load('children.json');
// By default the first Year 7 child with at least six schools to consult.
const child = process.argv[2]
  ? children.find((c) => c.id === process.argv[2])
  : children.find((c) => c.ncYear === 7 && rankSchools(c, schools).ranked.length >= 6);
if (!child) throw new Error('no such child in data/kent/children.json');

const ranking = rankSchools(child, schools);
const one = planConsultation(ranking, { parallel: 1 });
const three = planConsultation(ranking, { parallel: 3 });

const pct = (p: number) => `${(100 * p).toFixed(1)}%`;
const days = (d: number | null) => (d === null ? 'no offer possible' : `${d.toFixed(1)} days`);
console.log(`Child ${child.id} (Year ${child.ncYear}): ${ranking.ranked.length} schools to consult\n`);
console.log('Three at a time:');
for (const r of three.rounds) {
  const names = r.schools.map(
    (s) => `${s.name} (${s.lot}, ${pct(s.acceptance)} from ${s.acceptanceSource}, answers in ${s.responseDays} d)`,
  );
  console.log(`  round ${r.round}, days ${r.startDay}-${r.endDay}: ${names.join('; ')}`);
  console.log(
    `    chance of an offer by day ${r.endDay}: ${pct(r.offerProbability)}; still none: ${pct(r.noOfferProbability)}`,
  );
}

const summary = (name: string, plan: ConsultationPlan) =>
  console.log(
    `${name.padEnd(16)} ${String(plan.rounds.length).padStart(6)} ` +
      `${days(plan.expectedDaysToFirstOffer).padStart(12)} ` +
      `${pct(1 - (plan.rounds[0]?.noOfferProbability ?? 1)).padStart(16)} ${pct(plan.noOfferProbability).padStart(9)}`,
  );
console.log(
  `\n${'plan'.padEnd(16)} ${'rounds'.padStart(6)} ${'first offer'.padStart(12)} ` +
    `${'offer in round 1'.padStart(16)} ${'no offer'.padStart(9)}`,
);
summary('one at a time', one);
summary('three at a time', three);
console.log('\n"first offer" is the expected day of the first offer, given one comes from these schools.');
console.log('Assumes schools decide independently; acceptance from KPIs where reported, else the lot default.');
