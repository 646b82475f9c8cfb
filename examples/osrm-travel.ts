// A transport officer replaces the distance estimate with road times from the council's OSRM
// server, then ranks the schools for a child and allocates the cohort on them.
//
//   OSRM_URL=http://localhost:5000 npx tsx examples/osrm-travel.ts
//
// One OSRM /table request gives every child-to-school journey at once: children's homes are the
// sources, schools the destinations, and annotations=duration,distance asks for seconds and
// metres. Without OSRM_URL (as in the tests) the script prints the request and reads a hand-made
// response in OSRM's documented shape instead (test/fixtures/osrm-table-handmade.json), for
// three children and three schools of the CLI fixtures. A real Kent cohort is one request per
// few hundred children: OSRM's default limit is 100 coordinates a table (--max-table-size).
import { readFileSync } from 'node:fs';
import { allocateCohort, importOsrmTable, rankSchools, readRecords } from '../src/index.js';

const file = (path: string) => readFileSync(new URL(path, import.meta.url));
const schools = readRecords('schools', file('../test/cli/fixtures/schools.csv'), 'schools.csv').records;
const cohort = readRecords('children', file('../test/cli/fixtures/children.csv'), 'children.csv').records;
const children = cohort.filter((c) => ['C0001', 'C0002', 'C0004'].includes(c.id));
const destinations = schools.filter((s) => ['900001', '900002', '900005'].includes(s.urn));

// OSRM takes lon,lat pairs; sources and destinations are positions in that list.
const coordinates = [...children.map((c) => c.home), ...destinations.map((s) => s.location)]
  .map(({ lat, lon }) => `${lon},${lat}`)
  .join(';');
const sources = children.map((_, i) => i).join(';');
const targets = destinations.map((_, j) => children.length + j).join(';');
const query = `sources=${sources}&destinations=${targets}&annotations=duration,distance`;
const path = `/table/v1/driving/${coordinates}?${query}`;
console.log(`Request: GET ${process.env.OSRM_URL ?? 'http://your-osrm-server:5000'}${path}\n`);

const response = process.env.OSRM_URL
  ? await (await fetch(`${process.env.OSRM_URL}${path}`)).json()
  : JSON.parse(file('../test/fixtures/osrm-table-handmade.json').toString('utf8'));
const { travel, summary } = importOsrmTable(response, {
  childIds: children.map((c) => c.id),
  urns: destinations.map((s) => s.urn),
});
console.log(`${summary.pairs} journeys, ${summary.noRoute} with no route\n`);

const child = children[2];
const { ranked, excluded } = rankSchools(child, schools, {}, { travel });
console.log(`Child ${child.id}:`);
for (const r of ranked) {
  const { km, minutes, source } = r.travel;
  console.log(`  ${r.rank}. ${r.school.name}: ${km.toFixed(1)} km, ${Math.round(minutes)} min (${source})`);
}
for (const e of excluded) console.log(`  excluded ${e.school.name}: ${e.reasons.join(', ')}`);

const allocation = allocateCohort(cohort, schools, {}, { travel });
console.log(`\nCohort: ${allocation.totals.placed} of ${cohort.length} placed`);
for (const a of allocation.assignments)
  console.log(`  ${a.childId} -> ${a.urn}, ${Math.round(a.travel.minutes)} min each way (${a.travel.source})`);
