// Ranking benchmark: the batch matcher (createMatcher) against, in the same run,
//   - a naive baseline: every filter and criterion for every pair (the kernel rankSchools uses), then a full sort;
//   - a bare scan: only the great-circle distance of every pair over the same typed arrays;
//   - itself without a travel table, for the same matcher with one (real journeys for every school in range).
// Synthetic schools and children spread over England (seeded), default policy.
// Run: npm run bench:ranking   (BENCH_CHILDREN=20000 for a shorter run)
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { haversineKm, toRadians } from '../src/geo/haversine-km.js';
import type { TravelEntry } from '../src/geo/travel-table.js';
import { journeyMinutes, roadKm } from '../src/geo/travel.js';
import { evaluateAll, type Evaluation } from '../src/match/evaluate.js';
import { SchoolColumns } from '../src/match/school-columns.js';
import { isOffFramework } from '../src/match/framework.js';
import { createMatcher } from '../src/match/matcher.js';
import { compareOrder } from '../src/match/order.js';
import { rankSchools } from '../src/match/rank.js';
import type { NeedCode } from '../src/needs.js';
import { createRandom, type Random } from '../src/random.js';
import type { Child } from '../src/schema/child.js';
import { parsePolicy } from '../src/schema/policy.js';
import type { School } from '../src/schema/school.js';

const SCHOOLS = 3_000;
const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
/** Children the naive baseline ranks; its time is scaled up to the whole cohort (it would take minutes). */
const NAIVE_SAMPLE = 1_000;
/** Children given a travel table in the travel-table case. */
const TABLE_CHILDREN = Number(process.env.BENCH_TABLE_CHILDREN ?? 10_000);
const LIMIT = 10;

type Centre = { lat: number; lon: number; weight: number };
// English cities with rough population weights (assumption; only the spread matters).
const ENGLAND: Centre[] = [
  { lat: 51.507, lon: -0.128, weight: 90 }, // London
  { lat: 52.486, lon: -1.89, weight: 25 }, // Birmingham
  { lat: 53.48, lon: -2.242, weight: 25 }, // Manchester
  { lat: 53.8, lon: -1.549, weight: 18 }, // Leeds
  { lat: 53.408, lon: -2.991, weight: 14 }, // Liverpool
  { lat: 54.978, lon: -1.618, weight: 11 }, // Newcastle
  { lat: 53.381, lon: -1.47, weight: 12 }, // Sheffield
  { lat: 51.455, lon: -2.588, weight: 11 }, // Bristol
  { lat: 52.954, lon: -1.158, weight: 10 }, // Nottingham
  { lat: 52.637, lon: -1.135, weight: 9 }, // Leicester
  { lat: 50.376, lon: -4.143, weight: 5 }, // Plymouth
  { lat: 50.909, lon: -1.404, weight: 9 }, // Southampton
  { lat: 50.822, lon: -0.137, weight: 7 }, // Brighton
  { lat: 51.28, lon: 1.079, weight: 8 }, // Canterbury (Kent)
  { lat: 51.271, lon: 0.523, weight: 8 }, // Maidstone (Kent)
  { lat: 52.205, lon: 0.119, weight: 7 }, // Cambridge
  { lat: 52.63, lon: 1.297, weight: 6 }, // Norwich
  { lat: 51.752, lon: -1.258, weight: 6 }, // Oxford
  { lat: 53.745, lon: -0.336, weight: 6 }, // Hull
  { lat: 54.597, lon: -5.93 + 3.0, weight: 3 }, // Cumbria coast (shifted into England)
  { lat: 50.72, lon: -3.53, weight: 5 }, // Exeter
  { lat: 52.41, lon: -1.51, weight: 7 }, // Coventry
  { lat: 53.0, lon: -2.18, weight: 5 }, // Stoke
  { lat: 51.9, lon: 0.9, weight: 5 }, // Colchester
];
const NEED_SHARES: [NeedCode, number][] = [
  ['ASD', 33],
  ['SEMH', 15],
  ['SLCN', 15],
  ['SLD', 8],
  ['MLD', 9],
  ['PMLD', 3],
  ['PD', 4],
  ['HI', 2],
  ['VI', 1],
  ['SpLD', 4],
  ['MSI', 1],
  ['OTH', 3],
  ['NSA', 2],
];

function near(rng: Random, sdKm: number): { lat: number; lon: number } {
  const c = ENGLAND[rng.weighted(ENGLAND.map((x) => x.weight))];
  const lat = c.lat + rng.normal(0, sdKm) / 111.2;
  const lon = c.lon + rng.normal(0, sdKm) / (111.2 * Math.cos((c.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}
const pickNeed = (rng: Random) => NEED_SHARES[rng.weighted(NEED_SHARES.map((x) => x[1]))][0];

function makeSchools(rng: Random, n: number): School[] {
  return Array.from({ length: n }, (_, i) => {
    const needs = new Set<NeedCode>([pickNeed(rng)]);
    const extra = rng.int(0, 4);
    for (let k = 0; k < extra; k++) needs.add(pickNeed(rng));
    const low = rng.pick([-2, 0, 0, 3, 7, 7, 11]);
    const capacity = rng.int(20, 200);
    return {
      urn: String(100000 + i * 3),
      name: `School ${i}`,
      kind: rng.pick(['independent', 'non-maintained', 'maintained-special', 'srp'] as const),
      lot: rng.pick(['lot1', 'lot2', 'none'] as const),
      ofsted: rng.pick(['outstanding', 'good', 'good', 'requires-improvement', 'inadequate'] as const),
      needs: [...needs],
      ncYears: [low, Math.min(14, low + rng.int(5, 14))] as [number, number],
      sex: rng.next() < 0.9 ? 'mixed' : rng.pick(['girls', 'boys'] as const),
      residential: rng.next() < 0.2,
      location: near(rng, 25),
      capacity,
      vacancies: rng.int(0, Math.floor(capacity * 0.15)),
      annualFee: rng.int(25, 110) * 1000,
      kpis: { attendance: 0.8 + rng.next() * 0.18 },
    };
  });
}

function makeChildren(rng: Random, n: number): Child[] {
  return Array.from({ length: n }, (_, i) => {
    const secondary = rng.next() < 0.5 ? [pickNeed(rng)] : [];
    return {
      id: `C${i}`,
      primaryNeed: pickNeed(rng),
      secondaryNeeds: secondary,
      ncYear: rng.int(0, 13),
      sex: rng.pick(['female', 'male', 'male'] as const),
      home: near(rng, 20),
      residential: rng.next() < 0.05,
    };
  });
}

/**
 * The naive baseline: every pair through every filter and the scoring kernel (evaluateAll, with the
 * school columns built once, as rankSchools does per call), then a full sort of the eligible.
 */
function naiveTop(child: Child, schools: readonly School[], columns: SchoolColumns, limit: number): string[] {
  const policy = columns.policy;
  const all: { school: School; e: Evaluation }[] = evaluateAll(child, columns, undefined).map((e, s) => ({
    school: schools[s],
    e,
  }));
  let eligible = all.filter((x) => x.e.reasons.length === 0);
  if (policy.frameworkFirst && eligible.some((x) => !isOffFramework(x.school)))
    eligible = eligible.filter((x) => !isOffFramework(x.school));
  eligible.sort((a, b) =>
    compareOrder(
      { key: a.e.score, distanceKm: a.e.distanceKm, urn: a.school.urn },
      { key: b.e.score, distanceKm: b.e.distanceKm, urn: b.school.urn },
    ),
  );
  return eligible.slice(0, limit).map((x) => x.school.urn);
}

/** The bare scan: nearest school by great-circle distance over typed arrays, nothing else. */
function bareScan(children: readonly Child[], lat: Float64Array, lon: Float64Array, cosLat: Float64Array): number {
  let checksum = 0;
  for (const child of children) {
    const cLat = child.home.lat;
    const cLon = child.home.lon;
    const cCos = Math.cos(toRadians(cLat));
    let best = Infinity;
    for (let j = 0; j < lat.length; j++) {
      const d = haversineKm(cLat, cLon, cCos, lat[j], lon[j], cosLat[j]);
      if (d < best) best = d;
    }
    checksum += best;
  }
  return checksum;
}

function time<T>(f: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = f();
  return { ms: performance.now() - start, value };
}

const rng = createRandom(2026);
const schools = makeSchools(rng, SCHOOLS);
const children = makeChildren(rng, CHILDREN);
const policy = parsePolicy({});
const rows: [string, string, string, string][] = [];
const fmt = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`;

// Warm both paths so the JIT compiles them before timing.
const build = time(() => createMatcher(schools, policy));
const matcher = build.value;
for (const child of children.slice(0, 2000)) matcher.rank(child, { limit: LIMIT });
const naiveColumns = new SchoolColumns(schools, policy);
for (const child of children.slice(0, 50)) naiveTop(child, schools, naiveColumns, LIMIT);

// The machine may be shared, so the three contestants run interleaved, chunk by chunk: whatever
// else is running slows all three alike and the ratios stay fair.
const CHUNKS = 20;
const lat = Float64Array.from(schools, (s) => s.location.lat);
const lon = Float64Array.from(schools, (s) => s.location.lon);
const cosLat = Float64Array.from(schools, (s) => Math.cos(toRadians(s.location.lat)));
bareScan(children.slice(0, 1000), lat, lon, cosLat); // warm-up
let oursMs = 0;
let bareMs = 0;
let naiveMs = 0;
let oneMs = 0;
let ranked = 0;
let disagreements = 0;
const naivePerChunk = Math.ceil(NAIVE_SAMPLE / CHUNKS);
const chunkSize = Math.ceil(CHILDREN / CHUNKS);
for (let k = 0; k < CHUNKS; k++) {
  const chunk = children.slice(k * chunkSize, (k + 1) * chunkSize);
  const sample = chunk.slice(0, naivePerChunk);
  oursMs += time(() => {
    for (const r of matcher.rankMany(chunk, { limit: LIMIT })) ranked += r.ranked.length;
  }).ms;
  bareMs += time(() => bareScan(chunk, lat, lon, cosLat)).ms;
  const naive = time(() => sample.map((child) => naiveTop(child, schools, naiveColumns, LIMIT)));
  naiveMs += naive.ms;
  const one = time(() => sample.map((child) => matcher.rank(child, { limit: LIMIT }).map((r) => r.school.urn)));
  oneMs += one.ms;
  one.value.forEach((urns, i) => {
    if (urns.join() !== naive.value[i].join()) disagreements++;
  });
}
const sampled = naivePerChunk * CHUNKS;
const naivePerChild = naiveMs / sampled;
const onePerChild = oneMs / sampled;
const oneFull = time(() => {
  for (const child of children.slice(0, 20)) rankSchools(child, schools, policy);
});

// 1. One child against 3,000 schools.
rows.push([
  '1 child x 3,000 schools, top 10: createMatcher().rank (mean)',
  fmt(onePerChild),
  `${fmt(naivePerChild)} naive`,
  `${(naivePerChild / onePerChild).toFixed(1)}x faster`,
]);
rows.push([
  '1 child x 3,000 schools: rankSchools, validation included (mean)',
  fmt(oneFull.ms / 20),
  `${fmt(naivePerChild)} naive`,
  `${(naivePerChild / (oneFull.ms / 20)).toFixed(2)}x`,
]);
rows.push(['build createMatcher(3,000 schools), validation included', fmt(build.ms), '', '']);

// 2. The whole cohort, streamed.
const naiveCohort = naivePerChild * CHILDREN;
const cohort = `${CHILDREN.toLocaleString('en-GB')} children x 3,000 schools, top 10`;
rows.push([
  `${cohort}: rankMany vs naive (naive timed on ${sampled.toLocaleString('en-GB')}, scaled)`,
  fmt(oursMs),
  fmt(naiveCohort),
  `${(naiveCohort / oursMs).toFixed(1)}x faster`,
]);
rows.push([
  `${cohort}: rankMany vs bare distance scan`,
  fmt(oursMs),
  fmt(bareMs),
  `${(oursMs / bareMs).toFixed(2)}x the scan's time`,
]);

// 3. The same matcher with a travel table: real journeys for every school of the child's need within
// 60 km (road km 0.9 × the estimate, minutes 1.2 × it: slower roads, and some pairs in range only by
// the table), for the first TABLE_CHILDREN children, against the matcher without a table.
const tableChildren = children.slice(0, TABLE_CHILDREN);
const travel: TravelEntry[] = [];
for (const child of tableChildren) {
  const cos = Math.cos(toRadians(child.home.lat));
  for (let j = 0; j < schools.length; j++) {
    if (!schools[j].needs.includes(child.primaryNeed)) continue;
    const km = roadKm(haversineKm(child.home.lat, child.home.lon, cos, lat[j], lon[j], cosLat[j]), policy.travel);
    if (km > 60) continue;
    travel.push({
      childId: child.id,
      urn: schools[j].urn,
      km: 0.9 * km,
      minutes: 1.2 * journeyMinutes(km, policy.travel),
    });
  }
}
const withTable = time(() => createMatcher(schools, policy, { travel }));
for (const child of tableChildren.slice(0, 1000)) withTable.value.rank(child, { limit: LIMIT });
let tableMs = 0;
let plainMs = 0;
const tableChunk = Math.ceil(TABLE_CHILDREN / CHUNKS);
for (let k = 0; k < CHUNKS; k++) {
  const chunk = tableChildren.slice(k * tableChunk, (k + 1) * tableChunk);
  tableMs += time(() => [...withTable.value.rankMany(chunk, { limit: LIMIT })]).ms;
  plainMs += time(() => [...matcher.rankMany(chunk, { limit: LIMIT })]).ms;
}
const journeys = travel.length.toLocaleString('en-GB');
const tableRows = `${TABLE_CHILDREN.toLocaleString('en-GB')} children, top 10, travel table of ${journeys} journeys`;
rows.push([
  `${tableRows}: rankMany vs the same without a table`,
  fmt(tableMs),
  fmt(plainMs),
  `${(tableMs / plainMs).toFixed(2)}x the time`,
]);
rows.push([`build createMatcher with that table, validation included`, fmt(withTable.ms), fmt(build.ms), '']);

const header: [string, string, string, string] = ['case', 'ours', 'baseline', 'ratio'];
const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
const line = (r: string[]) => `| ${r.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
console.log(
  `Ranking benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${cpus().length} ` +
    `cores (${cpus()[0]?.model ?? 'unknown'})`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
console.log(
  `\nmatcher agrees with the naive baseline on ${sampled - disagreements} of ${sampled} children; ` +
    `${ranked.toLocaleString('en-GB')} schools ranked in all (${(ranked / CHILDREN).toFixed(1)} a child); ` +
    `${fmt(oursMs / CHILDREN)} a child in the batch.`,
);
