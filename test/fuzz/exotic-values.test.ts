// Values no JSON holds, put where a front end may pass them (a Promise it forgot to await, a BigInt
// from a database driver, a Date, a Map, a class instance, a null-prototype or frozen record, a sparse
// list): each entry point must still return a finite output or throw a ValidationError, leave its
// input as it was, and pollute no prototype. The main fuzz (entry-points.test.ts) keeps to values
// that survive structuredClone; this one puts one exotic value in one place of a valid case.
// Throwing getters and Proxies are left out: an error they throw is the caller's own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../support/internals.js';
import { ENTRY_POINTS, missingExports } from './entry-points.js';
import { outcomeOf } from './support/outcome.js';
import { FUZZ_RUNS, seedFor, timeoutFor } from './support/runs.js';

class Place {
  lat = 51.3;
  lon = 0.5;
}

/** Makers of exotic values (made fresh per case, so no case sees another's). */
const EXOTIC: (() => unknown)[] = [
  () => Promise.resolve(1),
  () => 1n,
  () => Symbol('s'),
  () => () => 1,
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => new Set([1]),
  () => new Place(),
  () => Object.create(null),
  () => new Number(3),
  () => new String('ASD'),
  () => new Error('e'),
  () => new Uint8Array(2),
  () => JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
  () => [, 1],
  () => Object.assign([1], { extra: 2 }),
  () => 'a\u0000b',
  () => '\ud800',
  () => 'x'.repeat(100_000),
  () => 1e308,
  () => -0,
];

/** Ways to make an existing value exotic while keeping what it holds. */
const RESHAPE: ((v: unknown) => unknown)[] = [
  (v) => (isRecord(v) ? Object.assign(Object.create(null), v) : v),
  (v) => (isRecord(v) ? Object.assign(new Place(), v) : v),
  (v) => (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) ? Object.freeze(v) : v),
  (v) => (Array.isArray(v) ? Object.assign(v.slice(), { extra: 1 }) : v),
  (v) => (typeof v === 'number' ? String(v) : typeof v === 'boolean' ? String(v) : v),
  (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : v),
];

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/** Paths to every field and element of a value, the value itself first. */
function pathsOf(v: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...path, i], out));
  else if (isRecord(v)) for (const k of Object.keys(v)) pathsOf(v[k], [...path, k], out);
  return out;
}

function replaced(root: unknown, path: PropertyKey[], make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(root);
  const copy = structuredClone(root) as Record<PropertyKey, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  parent[path.at(-1) as PropertyKey] = make(parent[path.at(-1) as PropertyKey]);
  return copy;
}

/** A printout of a value that tells a changed input from the same one (functions and symbols by kind). */
function snapshot(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    typeof x === 'bigint' ? `${x}n` : typeof x === 'symbol' || typeof x === 'function' ? typeof x : x,
  );
}

// The simulations run a model per case; their validation is the scenario's, which projectSufficiency covers.
const SLOW = new Set(['simulateSufficiency', 'sensitivity', 'planCapacity']);
const RUNS = Math.max(20, FUZZ_RUNS * 2);

describe(`fuzz: one exotic JavaScript value in a valid case, ${RUNS} cases per entry point`, () => {
  for (const entry of ENTRY_POINTS.filter((e) => !e.trusts && !SLOW.has(e.name))) {
    if (missingExports(entry, api).length > 0) continue;
    it(
      `${entry.name} gives a finite output or a ValidationError, and leaves its input and prototypes alone`,
      async () => {
        const caseArb = fc
          .tuple(
            fc.tuple(...entry.args.map((k) => k.valid)),
            fc.nat(),
            fc.nat(),
            fc.oneof(
              fc.constantFrom(...EXOTIC).map((make) => () => make()),
              fc.constantFrom(...RESHAPE),
            ),
          )
          .map(([args, which, pick, make]) => {
            const i = which % args.length;
            const paths = pathsOf(args[i]);
            const path = paths[pick % paths.length];
            return args.map((a, j) => (j === i ? replaced(a, path, make) : a));
          });
        await fc.assert(
          fc.asyncProperty(caseArb, async (args) => {
            const before = snapshot(args);
            await outcomeOf(() => entry.call(api, args));
            expect(snapshot(args), 'the input after the call').toBe(before);
            expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').toBeUndefined();
          }),
          { numRuns: RUNS, seed: seedFor(`exotic ${entry.name}`) },
        );
      },
      timeoutFor(RUNS, 500),
    );
  }

  it('a Promise not awaited, anywhere a value is read through a transform, is an issue at its path', () => {
    const child = { id: 'c1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 0.5 } };
    const pending = () => Promise.resolve('x');
    const cases: [() => unknown, string][] = [
      [() => api.parseChild({ ...child, id: pending() }), 'id'],
      [() => api.parseChild({ ...child, primaryNeed: pending() }), 'primaryNeed'],
      [() => api.parseChild({ ...child, sex: pending() }), 'sex'],
      [() => api.parseSeries(pending() as never), '(root)'],
      [() => api.writeSeriesCsv(pending() as never), '(root)'],
    ];
    for (const [call, path] of cases) {
      let issues: { path: string }[] = [];
      try {
        call();
      } catch (e) {
        expect((e as Error).name, path).toBe('ValidationError');
        issues = (e as { issues: { path: string }[] }).issues;
      }
      expect(issues.map((i) => i.path)).toContain(path);
    }
  });
});
