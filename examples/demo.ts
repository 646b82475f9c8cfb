// The quick-start demo (`npm run demo`): the library's two jobs on the bundled Kent data.
//   1. Matching: a ranked shortlist, with the reasons, for a sample child.
//   2. Sufficiency: Kent's SRP growth plan against no new capacity, 2025-2030.
// The schools and children are synthetic (data/README.md); the Kent figures are real.
import { readFileSync } from 'node:fs';
import { parseScenario, projectSufficiency, rankSchools } from '../src/index.js';
import { EXCLUSION_WORDS, LOT_NAMES } from '../src/report/index.js';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../data/kent/${file}`, import.meta.url), 'utf8'));
const gbp = (x: number) => `£${Math.round(x).toLocaleString('en-GB')}`;
const n = (x: number) => Math.round(x).toLocaleString('en-GB');
const m = (x: number) => `£${(x / 1e6).toFixed(1)}m`;

// 1. Matching. The sample child is the first in the file: pseudonymous, like every record here.
const schools = read('schools.json');
const child = read('children.json')[0];
const { ranked, excluded } = rankSchools(child, schools);

console.log(
  `1. Shortlist for child ${child.id} (${child.primaryNeed}, NC year ${child.ncYear}) from ${schools.length} schools\n`,
);
for (const r of ranked.slice(0, 5)) {
  const points = Object.entries(r.contributions)
    .map(([criterion, p]) => `${criterion} ${p.toFixed(3)}`)
    .join(' + ');
  const school = `${r.school.name} (URN ${r.school.urn}, ${LOT_NAMES[r.school.lot]})`;
  console.log(`  ${r.rank}. ${school}  score ${r.score.toFixed(3)} = ${points}`);
  console.log(
    // No travel table here: road km and minutes are estimated from the straight-line distance.
    `     about ${r.distanceKm.toFixed(1)} km by road, ${Math.round(r.travelMinutes)} min each way (estimated), ` +
      `${gbp(r.annualCost)} a year with transport`,
  );
}
const reasons = new Map<keyof typeof EXCLUSION_WORDS, number>();
for (const e of excluded) for (const reason of e.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
const why = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${EXCLUSION_WORDS[reason]} ${count}`);
console.log(`\n  ${excluded.length} schools excluded. Schools failing each filter (a school can fail several):`);
console.log(`  ${why.join('; ')}`);

// 2. Sufficiency. Every assumption in the scenario carries its source.
const p = projectSufficiency(parseScenario(read('scenario-2025.json')));
console.log(`\n2. ${p.scenario}: independent placements and spend`);
console.log('   (INMSS spend: fees and transport at independent and non-maintained special schools)\n');
// Spend here is the independent and non-maintained schools' fees and transport; the saving counts
// every setting, since the plan's new SRP places cost money too.
const inmss = (r: (typeof p.rows)[number]) => r.spendBySetting.independent + r.spendBySetting['non-maintained'];
console.log(`  year  with plan  no new capacity  INMSS spend with plan  without  net saving so far`);
p.rows.forEach((r, i) => {
  const c = p.counterfactual[i];
  const cells = [
    r.year,
    n(r.independentPlacements),
    n(c.independentPlacements),
    m(inmss(r)),
    m(inmss(c)),
    m(r.cumulativeSaving),
  ];
  const widths = [4, 9, 15, 21, 7, 17];
  console.log(`  ${cells.map((cell, k) => String(cell).padStart(widths[k])).join('  ')}`);
});
const s = p.summary;
console.log(
  `\n  ${n(s.independentFirst)} in ${p.baseYear} -> ${n(s.independentLast)} in ${p.endYear} with the plan, ` +
    `${n(s.counterfactualLast)} without it.\n  Without the plan Kent would spend ${m(s.extraSpendWithoutPlan)} ` +
    `more over ${p.baseYear}-${p.endYear}, all settings counted.`,
);
console.log(`\nMore: examples/*.ts, \`npx send-placement --help\` after \`npm run build\`, and README.md.`);
