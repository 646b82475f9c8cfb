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

/**
 * `n` children who get an EHCP in `calendarYear`, with ASD, into `setting` at NC year `ncYear`: a
 * hand-made history's joiners.
 */
export function joinerRecords(calendarYear: number, n: number, setting = 'mainstream', ncYear = 7): Transition[] {
  return Array.from({ length: n }, () => ({
    calendarYear,
    setting1: 'new',
    setting2: setting,
    need2: 'ASD',
    ncYear2: ncYear,
  })) as Transition[];
}

/** `n` children with ASD who stay in `setting` from NC year 7 to 8 in `calendarYear`: a hand-made history's stayers. */
export function stayerRecords(calendarYear: number, n: number, setting = 'srp'): Transition[] {
  return Array.from({ length: n }, () => ({
    calendarYear,
    setting1: setting,
    need1: 'ASD',
    ncYear1: 7,
    setting2: setting,
    need2: 'ASD',
    ncYear2: 8,
  })) as Transition[];
}
