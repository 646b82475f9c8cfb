// A SEND planner has downloaded the DfE's "Get Information About Schools" establishment file
// (edubasealldata.csv) and wants the schools of one local authority as School records for the
// matcher, with the council's own fees and framework lots joined on URN.
//
//   npx tsx examples/import-gias.ts [edubasealldata.csv] [LA name] [council.csv]
//
// Without arguments it reads the small synthetic sample in test/fixtures (same column layout and
// Windows-1252 encoding as the real download).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importGias } from '../src/io/gias/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));
const [giasFile = fixture('gias-sample.csv'), la = 'Kent', councilFile = fixture('gias-council.csv')] =
  process.argv.slice(2);

const result = importGias(readFileSync(giasFile), { la, council: readFileSync(councilFile) });
const { summary } = result;

console.log(`GIAS import for ${la}: ${summary.read} rows read`);
console.log(`  imported ${summary.imported}, rejected ${summary.rejected}`);
console.log(
  `  left out: ${summary.closed} closed, ${summary.notOpen} not yet open, ${summary.otherLa} in other LAs, ` +
    `${summary.notAPlacement} not school places`,
);
console.log('Defaults used where neither GIAS nor the council file had a value:');
for (const d of summary.defaults)
  console.log(`  ${d.field} = ${d.value}: ${d.schools} ${d.schools === 1 ? 'school' : 'schools'}`);
for (const r of result.rejected) console.log(`Rejected line ${r.line} (${r.column}): ${r.reason}`);
for (const r of result.councilRejected) console.log(`Council file line ${r.line} (${r.column}): ${r.reason}`);
for (const w of result.warnings) console.log(`Warning: ${w}`);

console.log('\nFirst schools:');
for (const s of result.records.slice(0, 5)) {
  const years = `NC ${s.ncYears[0]}-${s.ncYears[1]}`;
  const where = `${s.location.lat.toFixed(4)}, ${s.location.lon.toFixed(4)}`;
  console.log(
    `  ${s.urn} ${s.name} | ${s.kind} | ${s.needs.join(';') || '-'} | ${years} | ${s.vacancies}/${s.capacity} ` +
      `free | £${s.annualFee.toLocaleString('en-GB')} | ${s.lot} | ${where}`,
  );
}
