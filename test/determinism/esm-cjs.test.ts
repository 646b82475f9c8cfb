// The ESM and CJS builds must behave identically: the same calls through dist/index.js (import)
// and dist/index.cjs (require) give byte-identical outputs and errors. CI builds before it tests;
// without a build this test is skipped with a message saying so.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, casesFor, missingExports, type Api } from '../fuzz/entry-points.js';
import { seedFor } from '../fuzz/support/runs.js';
import { describeResult } from './describe-result.js';

const DIST = join(import.meta.dirname, '../../dist');
const ESM = join(DIST, 'index.js');
const CJS = join(DIST, 'index.cjs');
const built = existsSync(ESM) && existsSync(CJS);
const CASES = 6;

describe.skipIf(!built)('the ESM and CJS builds give identical results', () => {
  let esm: Api;
  let cjs: Api;
  const load = async () => {
    esm ??= (await import(pathToFileURL(ESM).href)) as Api;
    cjs ??= createRequire(import.meta.url)(CJS) as Api;
  };

  it('both builds export the same names', async () => {
    await load();
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
  });

  for (const entry of ENTRY_POINTS) {
    it(entry.name, async () => {
      await load();
      const missing = [...new Set([...missingExports(entry, esm), ...missingExports(entry, cjs)])];
      if (missing.length > 0) {
        console.warn(`${entry.name}: not in the build (${missing.join(', ')}); rebuild with npm run build`);
        return;
      }
      const cases = fc.sample(casesFor(entry), {
        numRuns: Math.max(3, Math.round(CASES * (entry.runsShare ?? 1))),
        seed: seedFor(`builds ${entry.name}`),
      });
      for (const c of cases) {
        expect(await describeResult(entry, cjs, c.args), `${entry.name}: CJS differs from ESM`).toBe(
          await describeResult(entry, esm, c.args),
        );
      }
    });
  }
});

describe.skipIf(built)('the ESM and CJS builds', () => {
  it.skip('are compared after `npm run build` (dist/index.js and dist/index.cjs are absent)', () => {});
});
