/** The columns of the eligible pairs of a cohort instance, one entry per pair. */
export type PairColumnArrays = {
  pairChild: Int32Array;
  pairSchool: Int32Array;
  /** The pair's score in [0, 1] (higher is better). */
  pairScore: Float64Array;
  /** Index into the instance's `limits` of the (school, NC year) limit the pair uses, or -1. */
  pairLimit: Int32Array;
  /** Road km, from the travel table or the estimate. */
  pairDistanceKm: Float64Array;
  /** One journey's minutes, from the travel table or the estimate. */
  pairMinutes: Float64Array;
  /** 1 when km and minutes came from a travel table. */
  pairFromTable: Uint8Array;
  /** GBP a year: fee plus transport. */
  pairAnnualCost: Float64Array;
};

/**
 * Growable typed-array columns for the eligible pairs of a cohort (millions in a national run):
 * doubled when full, trimmed by `finish`.
 *
 * @example
 * const pairs = new PairColumns();
 * pairs.push(0, 3, 0.7, -1, 12.5, 21.4, false, 52_000);
 * pairs.finish().pairSchool; // Int32Array [3]
 */
export class PairColumns {
  private size = 0;
  private columns: PairColumnArrays;

  /** @param capacity pairs to make room for at first (the columns double when full) */
  constructor(capacity = 1024) {
    this.columns = PairColumns.allocate(Math.max(16, capacity));
  }

  private static allocate(n: number): PairColumnArrays {
    return {
      pairChild: new Int32Array(n),
      pairSchool: new Int32Array(n),
      pairScore: new Float64Array(n),
      pairLimit: new Int32Array(n),
      pairDistanceKm: new Float64Array(n),
      pairMinutes: new Float64Array(n),
      pairFromTable: new Uint8Array(n),
      pairAnnualCost: new Float64Array(n),
    };
  }

  /** Appends one pair. */
  push(
    child: number,
    school: number,
    score: number,
    limit: number,
    distanceKm: number,
    minutes: number,
    fromTable: boolean,
    annualCost: number,
  ): void {
    if (this.size === this.columns.pairChild.length) this.grow();
    const i = this.size++;
    const c = this.columns;
    c.pairChild[i] = child;
    c.pairSchool[i] = school;
    c.pairScore[i] = score;
    c.pairLimit[i] = limit;
    c.pairDistanceKm[i] = distanceKm;
    c.pairMinutes[i] = minutes;
    c.pairFromTable[i] = fromTable ? 1 : 0;
    c.pairAnnualCost[i] = annualCost;
  }

  /** The pairs pushed, in columns of exactly their length (views of the buffers, not copies). */
  finish(): PairColumnArrays {
    const n = this.size;
    const c = this.columns;
    return {
      pairChild: c.pairChild.subarray(0, n),
      pairSchool: c.pairSchool.subarray(0, n),
      pairScore: c.pairScore.subarray(0, n),
      pairLimit: c.pairLimit.subarray(0, n),
      pairDistanceKm: c.pairDistanceKm.subarray(0, n),
      pairMinutes: c.pairMinutes.subarray(0, n),
      pairFromTable: c.pairFromTable.subarray(0, n),
      pairAnnualCost: c.pairAnnualCost.subarray(0, n),
    };
  }

  private grow(): void {
    this.columns = this.resized(this.columns.pairChild.length * 2);
  }

  private resized(n: number): PairColumnArrays {
    const next = PairColumns.allocate(n);
    const keep = Math.min(n, this.size);
    for (const key of Object.keys(next) as (keyof PairColumnArrays)[]) {
      (next[key] as Int32Array).set((this.columns[key] as Int32Array).subarray(0, keep));
    }
    return next;
  }
}
