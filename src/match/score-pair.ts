import { annualTransportCost } from '../geo/travel.js';
import { popcount, type ChildTerms } from './child-terms.js';
import { costScore, needScore, travelScore } from './criteria.js';
import type { SchoolColumns } from './school-columns.js';

/** Weighted points per criterion (weight / sum of weights × criterion score); they add up to the score. */
export type Contributions = { need: number; quality: number; capacity: number; cost: number; travel: number };

/**
 * GBP a year for a pair: the school's fee plus home-to-school transport over `distanceKm` road km.
 *
 * @example
 * pairAnnualCost(columns, 0, 10); // the fee of school 0 + 6,080 with the default travel model
 */
export function pairAnnualCost(columns: SchoolColumns, s: number, distanceKm: number): number {
  return columns.fee[s] + annualTransportCost(distanceKm, columns.policy.travel);
}

/**
 * The scoring kernel: the one place the five criteria are computed and weighted, for rankSchools,
 * the batch matcher and cohort allocation alike (a new criterion is one edit here). The score is
 * the weighted sum in criterion order, w.need·need + w.quality·quality + w.capacity·capacity +
 * w.cost·cost + w.travel·travel, so `contributionsOf(columns, criteria)` adds up to it exactly.
 * Hot path, written for speed: typed-array reads and arithmetic, nothing allocated; pass
 * `criteria` (5 slots) only when the criterion scores are wanted.
 *
 * @param s the school's index in `columns`
 * @param distanceKm the pair's road km (see journeyOf)
 * @param minutes the pair's one-journey minutes
 * @param criteria receives each criterion's own score in [0, 1], in CRITERIA order
 * @returns the weighted-sum score in [0, 1]
 * @example
 * const criteria = new Float64Array(5);
 * const score = scorePair(columns, 0, childTerms(child, policy), 13, 22.3, criteria);
 * const c = contributionsOf(columns, criteria);
 * score === c.need + c.quality + c.capacity + c.cost + c.travel; // true, always
 */
export function scorePair(
  columns: SchoolColumns,
  s: number,
  child: ChildTerms,
  distanceKm: number,
  minutes: number,
  criteria?: Float64Array,
): number {
  const { policy, weights: w } = columns;
  const mask = columns.needMask[s];
  const need = needScore(
    (mask & child.primaryBit) !== 0,
    popcount(mask & child.secondaryMask),
    child.secondaryTotal,
    policy.need,
  );
  const quality = columns.quality[s];
  const capacity = columns.capacity[s];
  const cost = costScore(pairAnnualCost(columns, s, distanceKm), policy.costBand);
  const travel = travelScore(distanceKm, minutes, child.limitKm, child.limitMinutes);
  if (criteria !== undefined) {
    criteria[0] = need;
    criteria[1] = quality;
    criteria[2] = capacity;
    criteria[3] = cost;
    criteria[4] = travel;
  }
  return w.need * need + w.quality * quality + w.capacity * capacity + w.cost * cost + w.travel * travel;
}

/**
 * The weighted points of each criterion, from the criterion scores scorePair wrote: the same
 * products scorePair adds, so they add up to its score to the last bit.
 *
 * @example
 * contributionsOf(columns, Float64Array.of(1, 1, 1, 1, 1)).travel; // 0.3 under the default weights
 */
export function contributionsOf(columns: SchoolColumns, criteria: Float64Array): Contributions {
  const w = columns.weights;
  return {
    need: w.need * criteria[0],
    quality: w.quality * criteria[1],
    capacity: w.capacity * criteria[2],
    cost: w.cost * criteria[3],
    travel: w.travel * criteria[4],
  };
}

/**
 * The criterion scores scorePair wrote, as a record.
 *
 * @example
 * criteriaOf(Float64Array.of(1, 0.9, 0.5, 0.4, 0.7)).quality; // 0.9
 */
export function criteriaOf(criteria: Float64Array): Contributions {
  return { need: criteria[0], quality: criteria[1], capacity: criteria[2], cost: criteria[3], travel: criteria[4] };
}
