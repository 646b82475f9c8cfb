import type { Transition } from '../schema/transition.js';

/** A weighted count: the sum of the records' weights and of their squares (for the effective count). */
export type Weighted = { w: number; w2: number };

/** Weighted counts by a string key. */
export type Tally = Map<string, Weighted>;

/** What estimateTransitions counts in one pass over a history. Internal. */
export type HistoryTally = {
  /** Moves by `from|need|band|destination`. */
  specific: Tally;
  /** Moves pooled over needs by `from|band|destination`. */
  pooled: Tally;
  /** Joiners by `need|ncYear|setting`. */
  joiners: Tally;
  /** Joiners (unweighted) by record year, and by `recordYear|ncYear`. */
  joinersByYear: Map<number, number>;
  joinersByYearAndNcYear: Map<string, number>;
  /** The last census (the record year after the last), by `setting|need|ncYear`. */
  stock: Map<string, number>;
};

/**
 * Adds one record of weight `w` to a tally.
 *
 * @example
 * const t: Tally = new Map();
 * bump(t, 'a', 0.5); bump(t, 'a', 1);
 * t.get('a'); // { w: 1.5, w2: 1.25 }
 */
export function bump(tally: Tally, key: string, w = 1): void {
  const at = tally.get(key);
  if (at) {
    at.w += w;
    at.w2 += w * w;
  } else tally.set(key, { w, w2: w * w });
}

/**
 * The effective number of records behind a weighted count, (sum w)^2 / sum w^2 (Kish): the count
 * itself when every weight is 1, fewer when older years weigh less. Simulation draws a rule from
 * a Dirichlet posterior with this much evidence.
 *
 * @example
 * effectiveCount({ w: 3, w2: 3 }); // 3
 * effectiveCount({ w: 1.5, w2: 1.25 }); // 1.8
 */
export function effectiveCount(c: Weighted): number {
  return c.w2 > 0 ? (c.w * c.w) / c.w2 : 0;
}

/**
 * Counts a validated history in one pass: moves by (setting, need, band of the NC year entered)
 * and pooled over needs, joiners by (need, NC year, setting), and the last census. Each record
 * weighs `weightOf(calendarYear)`. Records from the top NC year are left out of the moves (the
 * model ends those EHCPs itself); the bands cover every NC year the others enter (estimateTransitions
 * checks it with bandsSchema).
 *
 * @example
 * // history: two mainstream ASD children in Year 6 in 2023, one moving to SRP, one staying
 * const t = tallyHistory(history, { bands: [[-5, 20]], maxNcYear: 14, lastYear: 2023, weightOf: () => 1 });
 * t.pooled.get('mainstream|0|srp'); // { w: 1, w2: 1 }: mainstream to SRP moves in band 0, any need
 */
export function tallyHistory(
  records: readonly Transition[],
  o: { bands: Array<[number, number]>; maxNcYear: number; lastYear: number; weightOf: (year: number) => number },
): HistoryTally {
  const t: HistoryTally = {
    specific: new Map(),
    pooled: new Map(),
    joiners: new Map(),
    joinersByYear: new Map(),
    joinersByYearAndNcYear: new Map(),
    stock: new Map(),
  };
  const bandOf = (y: number) => o.bands.findIndex(([lo, hi]) => y >= lo && y <= hi);
  const count = <K>(m: Map<K, number>, key: K) => m.set(key, (m.get(key) ?? 0) + 1);
  for (const r of records) {
    const w = o.weightOf(r.calendarYear);
    if (r.calendarYear === o.lastYear && r.setting2 !== 'left') count(t.stock, `${r.setting2}|${r.need2}|${r.ncYear2}`);
    if (r.setting1 === 'new') {
      bump(t.joiners, `${r.need2}|${r.ncYear2}|${r.setting2}`, w);
      count(t.joinersByYear, r.calendarYear);
      count(t.joinersByYearAndNcYear, `${r.calendarYear}|${r.ncYear2}`);
      continue;
    }
    const from = r.ncYear1 as number;
    if (from >= o.maxNcYear) continue;
    const band = bandOf(from + 1);
    if (band < 0) continue;
    bump(t.specific, `${r.setting1}|${r.need1}|${band}|${r.setting2}`, w);
    bump(t.pooled, `${r.setting1}|${band}|${r.setting2}`, w);
  }
  return t;
}
