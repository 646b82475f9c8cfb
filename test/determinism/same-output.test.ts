// Same input, same output, byte for byte: each entry point is called twice on the same cases
// (valid ones and broken ones, from a fixed seed) and the JSON of what it did must match. Also
// checks that no entry point changes the input it was given.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../support/internals.js';
import { ENTRY_POINTS, casesFor, missingExports } from '../fuzz/entry-points.js';
import { seedFor } from '../fuzz/support/runs.js';
import { describeResult } from './describe-result.js';

const CASES = 8;

describe('outputs are byte-identical across runs, and inputs are left unchanged', () => {
  for (const entry of ENTRY_POINTS) {
    const missing = missingExports(entry, api);
    if (missing.length > 0) {
      it.skip(`${entry.name} (not exported yet: ${missing.join(', ')})`, () => {});
      continue;
    }
    it(entry.name, async () => {
      const cases = fc.sample(casesFor(entry), {
        numRuns: Math.max(3, Math.round(CASES * (entry.runsShare ?? 1))),
        seed: seedFor(`determinism ${entry.name}`),
      });
      for (const c of cases) {
        const first = await describeResult(entry, api, c.args);
        const second = await describeResult(entry, api, c.args);
        expect(second, `second run of ${entry.name} differs`).toBe(first);

        // The caller's data is theirs: an entry point must not sort, fill in or trim it in place.
        // Two clones, so prototypes and boxed values compare alike (structuredClone normalises them).
        const given = structuredClone(c.args);
        const before = structuredClone(c.args);
        try {
          await entry.call(api, given);
        } catch {
          // only the input matters here
        }
        expect(isDeepStrictEqual(given, before), `${entry.name} changed its input`).toBe(true);
      }
    });
  }
});
