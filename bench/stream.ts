// Streaming benchmark: a million children through the batch matcher, one at a time.
//   - ours: createMatcher(schools).rankMany(children) over a generator, each result dropped once read;
//   - baseline: the same results held in a list, as an API that returned them all would hold them.
// Schools: the calibrated Kent county list (data/kent/schools.json, 122 schools). Children: the
// 1,690 Kent children cycled with new ids until there are BENCH_STREAM_CHILDREN (default 1,000,000),
// made on demand by a generator. Top 3 each, default policy.
// Heap is measured after a full garbage collection, so it counts what is held, not garbage.
// Run: npx tsx bench/stream.ts   (BENCH_STREAM_CHILDREN=100000 for a shorter run)
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createMatcher } from '../src/match/matcher.js';

const CHILDREN = Number(process.env.BENCH_STREAM_CHILDREN ?? 1_000_000);
const LIMIT = 3;
/** How often the streaming run samples its heap (after a collection). */
const SAMPLE_EVERY = 100_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MIB = 2 ** 20;

/** Heap held after a full collection, in bytes. */
function heldBytes(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const schools = read('../data/kent/schools.json') as unknown[];
const kent = read('../data/kent/children.json') as { id: string }[];

/** `count` children, the Kent cohort over and over with fresh ids; never held in a list. */
function* children(count: number) {
  for (let i = 0; i < count; i++) {
    const child = kent[i % kent.length];
    yield { ...child, id: `${child.id}-${Math.floor(i / kent.length)}` };
  }
}

const matcher = createMatcher(schools);

// Ours: stream, keep only counts.
const base = heldBytes();
let peakHeld = 0;
let placed = 0;
let schoolsRanked = 0;
let seen = 0;
let rssPeak = process.memoryUsage().rss;
const t0 = performance.now();
let pausedMs = 0;
for (const { ranked } of matcher.rankMany(children(CHILDREN), { limit: LIMIT })) {
  if (ranked.length > 0) placed++;
  schoolsRanked += ranked.length;
  if (++seen % SAMPLE_EVERY === 0) {
    const p0 = performance.now();
    peakHeld = Math.max(peakHeld, heldBytes() - base);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    pausedMs += performance.now() - p0;
  }
}
const oursMs = performance.now() - t0 - pausedMs;
peakHeld = Math.max(peakHeld, heldBytes() - base);

// Baseline: the same results, held.
const baseB = heldBytes();
const t1 = performance.now();
const held = [...matcher.rankMany(children(CHILDREN), { limit: LIMIT })];
const baselineMs = performance.now() - t1;
const heldByList = heldBytes() - baseB;
if (held.length !== CHILDREN) throw new Error('baseline lost results');

const n = (x: number) => x.toLocaleString('en-GB');
const mib = (bytes: number) => `${(Math.max(0, bytes) / MIB).toFixed(1)} MiB`;
const rows = [
  ['case', 'ours (stream)', 'baseline (held list)', 'ratio'],
  [
    `${n(CHILDREN)} children x ${schools.length} schools, top ${LIMIT}: time`,
    `${(oursMs / 1000).toFixed(2)} s`,
    `${(baselineMs / 1000).toFixed(2)} s`,
    `${(oursMs / baselineMs).toFixed(2)}x`,
  ],
  [
    `heap held after a collection, most at any ${n(SAMPLE_EVERY)}`,
    mib(peakHeld),
    mib(heldByList),
    `${((100 * Math.max(0, peakHeld)) / heldByList).toFixed(2)}% of it`,
  ],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const [k, r] of rows.entries()) {
  console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`);
  if (k === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
}
console.log(
  `\n${n(placed)} children with at least one school, ${n(schoolsRanked)} schools ranked in all; ` +
    `${((oursMs * 1000) / CHILDREN).toFixed(1)} µs a child streamed; process RSS at most ${mib(rssPeak)} while ` +
    `streaming. ` +
    `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}).`,
);
