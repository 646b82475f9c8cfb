// The synthetic transitions history, read with the library's importer as a council would.
import { readFileSync } from 'node:fs';
import { importTransitions } from '../../src/io/import-transitions.js';
import type { Transition } from '../../src/schema/transition.js';

let cached: Transition[] | undefined;

/** data/kent/transitions-history.csv mapped with data/kent/setting-codes.csv. */
export function kentHistory(): Transition[] {
  if (cached) return cached;
  const read = importTransitions(
    readFileSync(new URL('../../data/kent/transitions-history.csv', import.meta.url)),
    readFileSync(new URL('../../data/kent/setting-codes.csv', import.meta.url)),
  );
  if (read.rejected.length > 0) throw new Error(`${read.rejected.length} rows rejected`);
  cached = read.records;
  return cached;
}
