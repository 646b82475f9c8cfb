// A caseworker preparing for panel: rank the schools for one child's EHCP, read out why each
// shortlisted school is there and why the others are not, and check how firm the first choice is.
//
//   npx tsx examples/rank-one-child.ts [childId]
//
// Uses the bundled synthetic Kent schools and children (data/kent); the default child is the first.
import { readFileSync } from 'node:fs';
import { rankSchools, weightSensitivity } from '../src/index.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../data/kent/${name}`, import.meta.url), 'utf8'));
const schools = load('schools.json');
const children: { id: string }[] = load('children.json');
const child = children.find((c) => c.id === (process.argv[2] ?? children[0].id));
if (!child) throw new Error(`no child with id ${process.argv[2]} in data/kent/children.json`);

const { ranked, excluded } = rankSchools(child, schools);
const gbp = (x: number) => `£${Math.round(x).toLocaleString('en-GB')}`;
console.log(`Child ${child.id}: ${ranked.length} schools ranked, ${excluded.length} excluded\n`);
for (const r of ranked.slice(0, 5)) {
  const points = Object.entries(r.contributions)
    .map(([criterion, p]) => `${criterion} ${p.toFixed(3)}`)
    .join(', ');
  console.log(`${r.rank}. ${r.school.name} (${r.school.urn}, ${r.school.lot}) score ${r.score.toFixed(3)}`);
  console.log(
    `   ${r.distanceKm.toFixed(1)} km by road, ${Math.round(r.travelMinutes)} min, ${gbp(r.annualCost)} a year ` +
      `incl. transport`,
  );
  console.log(`   points: ${points}`);
}

const byReason = new Map<string, number>();
for (const e of excluded) for (const reason of e.reasons) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
console.log(`\nWhy the others are excluded (a school can fail several filters):`);
for (const [reason, count] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`  ${reason}: ${count}`);

const { topUrn, ranges } = weightSensitivity(child, schools);
console.log(`\nHow firm is the first choice (${topUrn})? Each weight can move within:`);
for (const r of ranges) {
  const below = r.takeoverBelow ? `, below that ${r.takeoverBelow} takes over` : '';
  const above = r.takeoverAbove ? `, above that ${r.takeoverAbove} takes over` : '';
  console.log(
    `  ${r.criterion.padEnd(8)} now ${r.weight.toFixed(2)}: ${r.low.toFixed(3)} to ` +
      `${r.high.toFixed(3)}${below}${above}`,
  );
}
