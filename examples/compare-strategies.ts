// An analyst comparing ranking strategies for the council's policy paper: what would giving every
// child their top choice mean for travel, cost and the framework's lot 1, under each strategy?
//
//   npx tsx examples/compare-strategies.ts
//
// Uses the bundled synthetic Kent schools and children (data/kent).
import { readFileSync } from 'node:fs';
import { compareStrategies } from '../src/index.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../data/kent/${name}`, import.meta.url), 'utf8'));
const schools = load('schools.json');
const children = load('children.json');

const {
  children: n,
  outcomes,
  agreement,
} = compareStrategies(children, schools, [
  'weighted-sum',
  'topsis',
  'framework-first-nearest',
  { name: 'closest-first', policy: { weights: { need: 0.1, quality: 0.1, capacity: 0, cost: 0.1, travel: 0.7 } } },
]);

const f = (x: number | null, digits = 1) => (x === null ? '-' : x.toFixed(digits));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`Top choice for each of ${n} children, every child given their first choice (places not rationed):\n`);
console.log('strategy                 placed  mean km  p90 km  mean cost/yr  lot 1  no school');
for (const o of outcomes) {
  const cost = o.meanAnnualCost === null ? '-' : `£${Math.round(o.meanAnnualCost).toLocaleString('en-GB')}`;
  console.log(
    `${o.name.padEnd(24)} ${String(o.placed).padStart(6)}  ${f(o.meanDistanceKm).padStart(7)}  ` +
      `${f(o.p90DistanceKm).padStart(6)}  ${cost.padStart(12)}  ${pct(o.lot1Share).padStart(5)}  ` +
      `${pct(o.noEligibleShare).padStart(9)}`,
  );
}
console.log('\nSame top choice:');
for (const a of agreement) console.log(`  ${a.a} vs ${a.b}: ${pct(a.share)}`);
