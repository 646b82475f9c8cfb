// Feeds every entry point that takes children records (or child-level transitions) with a marker
// in every field but the id (and in extra free-text fields), alongside valid and broken other
// arguments, and checks that no thrown error, output other than the records themselves (rejections,
// warnings, unassigned reasons, rankings, totals) or console output contains the marker: errors
// name a child by id only (DOMAIN.md, data protection).
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from '../support/internals.js';
import { ENTRY_POINTS, missingExports } from '../fuzz/entry-points.js';
import { MARKER, MARKED_CHILDREN, markerIn } from '../fuzz/support/marker.js';

/** Everything printed while a call runs. */
let printed: string[] = [];

beforeEach(() => {
  printed = [];
  const capture = (...args: unknown[]) =>
    void printed.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 8 }))).join(' '));
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const)
    vi.spyOn(console, method).mockImplementation(capture);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (printed.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (printed.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

/**
 * Entry points whose output is the child records themselves (validated or pseudonymised): their
 * output may hold the child's fields; their errors may not.
 */
const RETURNS_THE_RECORDS = new Set(['parseChild', 'parseChildren', 'pseudonymise']);

/**
 * The texts a caller or a log could show from one call: the error, or the whole output but the
 * records a reader returns (rejections, warnings, unassigned reasons, rankings, totals, summaries).
 */
async function visibleTexts(call: () => unknown, returnsRecords = false): Promise<string[]> {
  try {
    const output = await call();
    if (returnsRecords || output === undefined) return [];
    if (output !== null && typeof output === 'object' && !Array.isArray(output) && 'records' in output) {
      const { records: _records, ...rest } = output as Record<string, unknown>;
      return [JSON.stringify(rest, mapsAsLists)];
    }
    return [JSON.stringify(output, mapsAsLists)];
  } catch (e) {
    const err = e as Error & { issues?: unknown };
    return [String(err), err.message ?? '', JSON.stringify(err.issues ?? null)];
  }
}

function mapsAsLists(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value] : value;
}

const SAMPLES = 3;

describe('no child field but the id ever appears in an error, an output, a warning or a log', () => {
  for (const entry of ENTRY_POINTS) {
    const markedArgs = entry.args.map((k, i) => (k.marked ? i : -1)).filter((i) => i >= 0);
    if (markedArgs.length === 0 || entry.trusts) continue;
    const missing = missingExports(entry, api);
    const title = `${entry.name}`;
    if (missing.length > 0) {
      it.skip(`${title} (not exported yet: ${missing.join(', ')})`, () => {});
      continue;
    }
    it(title, async () => {
      let calls = 0;
      for (const i of markedArgs) {
        // Other arguments: valid ones (the marked record is the only problem) and broken ones (errors elsewhere).
        const others = entry.args.map((k, j) =>
          j === i
            ? []
            : [
                ...fc.sample(k.valid, { numRuns: SAMPLES, seed: 7 + j }),
                ...fc.sample(k.broken, { numRuns: SAMPLES, seed: 11 + j }),
              ],
        );
        for (const marked of entry.args[i].marked!) {
          for (let s = 0; s < 2 * SAMPLES; s++) {
            const args = entry.args.map((_, j) => (j === i ? structuredClone(marked) : structuredClone(others[j][s])));
            printed = [];
            const texts = [
              ...(await visibleTexts(() => entry.call(api, args), RETURNS_THE_RECORDS.has(entry.name))),
              ...printed,
            ];
            for (const text of texts) {
              const found = markerIn(text);
              expect(
                found,
                `${entry.name} showed a child's field (${found}) in: ${text.slice(0, 400)}`,
              ).toBeUndefined();
            }
            calls++;
          }
        }
      }
      expect(calls).toBeGreaterThan(0);
    });
  }
});

describe('the privacy check itself', () => {
  it('would catch an error that echoes a field, a rejection that quotes a cell, and a log line', async () => {
    const leaky = (child: { name: string }) => {
      throw new Error(`bad child ${child.name}`);
    };
    expect((await visibleTexts(() => leaky(MARKED_CHILDREN[1] as { name: string }))).some((t) => markerIn(t))).toBe(
      true,
    );
    expect((await visibleTexts(() => ({ rejected: [{ reason: `cell ${MARKER}` }] }))).some((t) => markerIn(t))).toBe(
      true,
    );
    console.warn('child', MARKED_CHILDREN[2].home);
    expect(printed.some((t) => markerIn(t))).toBe(true);
  });
});
