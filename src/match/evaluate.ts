import type { Child } from '../schema/child.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import type { TravelEntry } from '../geo/travel-table.js';
import { childTerms, type ChildTerms } from './child-terms.js';
import { TravelLookup, journeyOf } from './pair-journey.js';
import { REASON_BIT, journeyReasons, reasonList, schoolReasons, type ExclusionReason } from './pair-filters.js';
import { SchoolColumns } from './school-columns.js';
import { contributionsOf, criteriaOf, pairAnnualCost, scorePair, type Contributions } from './score-pair.js';

export type { ExclusionReason } from './pair-filters.js';
export type { Contributions } from './score-pair.js';
export { vacanciesFor } from './school-columns.js';

/** One child-school pair, filtered and scored. */
export type Evaluation = {
  /** Every hard filter the pair fails; empty when the school is eligible. */
  reasons: ExclusionReason[];
  /** Weighted-sum score in [0, 1]: exactly the sum of `contributions`, in criterion order. */
  score: number;
  contributions: Contributions;
  /** Each criterion's own score in [0, 1], before weighting (what TOPSIS and weight sensitivity work on). */
  criteria: Contributions;
  /** Road km: from the travel table when it has the pair, else great-circle × circuity (Infinity: no route). */
  distanceKm: number;
  /** One journey's minutes: from the travel table, else at the policy's average speed (Infinity: no route). */
  travelMinutes: number;
  /** Whether distance and minutes came from a travel table. */
  fromTable: boolean;
  /** GBP a year: the school's fee plus home-to-school transport. */
  annualCost: number;
};

/**
 * Whether a single-sex school can take the child. A single-sex school needs the child's sex to be
 * recorded and to match; a mixed school takes anyone.
 *
 * @example
 * sexAllowed('girls', 'female'); // true
 * sexAllowed('boys', undefined); // false: sex not recorded
 * sexAllowed('mixed', undefined); // true
 */
export function sexAllowed(schoolSex: School['sex'], childSex: Child['sex']): boolean {
  return schoolSex === 'mixed' || (schoolSex === 'girls' ? childSex === 'female' : childSex === 'male');
}

/**
 * Applies every hard filter to one child-school pair and scores it — the record rankSchools,
 * weight sensitivity and the matcher's TOPSIS path build on; the batch paths call the same
 * filters (pair-filters.ts) and kernel (scorePair) without building it. Trusts its input.
 *
 * Filters (all are checked, so `reasons` lists every one that fails): see schoolReasons and
 * journeyReasons; `no-vacancy` is skipped when the policy allows a waiting list. Framework-first
 * is not a filter here: rankSchools applies it across the list.
 *
 * @param columns the schools, prepared under the policy
 * @param s the school's index in `columns`
 * @param child the child's terms under the same policy
 * @param travel a travel table with the child loaded, or undefined
 * @example
 * const e = evaluatePair(columns, 0, childTerms(child, columns.policy), undefined);
 * e.reasons; // [] when eligible, e.g. ['need-not-met', 'too-far'] when not
 */
export function evaluatePair(
  columns: SchoolColumns,
  s: number,
  child: ChildTerms,
  travel: TravelLookup | undefined,
): Evaluation {
  let mask = schoolReasons(columns, s, child);
  if (columns.policy.allowWaitingList) mask &= ~REASON_BIT['no-vacancy'];
  const journey = journeyOf(columns, travel, s, child, { km: 0, minutes: 0, fromTable: false });
  mask |= journeyReasons(journey.km, journey.minutes, child);
  const criteria = new Float64Array(5);
  if ((mask & REASON_BIT.unreachable) !== 0) {
    // No route, so nothing to score; the pair is excluded and these numbers are never shown.
    const none = contributionsOf(columns, criteria);
    const far = { distanceKm: Infinity, travelMinutes: Infinity, annualCost: Infinity };
    return {
      reasons: reasonList(mask),
      score: 0,
      contributions: none,
      criteria: criteriaOf(criteria),
      ...far,
      fromTable: true,
    };
  }
  const score = scorePair(columns, s, child, journey.km, journey.minutes, criteria);
  return {
    reasons: reasonList(mask),
    score,
    contributions: contributionsOf(columns, criteria),
    criteria: criteriaOf(criteria),
    distanceKm: journey.km,
    travelMinutes: journey.minutes,
    fromTable: journey.fromTable,
    annualCost: pairAnnualCost(columns, s, journey.km),
  };
}

/**
 * Evaluates every school of `columns` for one child (see evaluatePair), in school order.
 *
 * @example
 * evaluateAll(child, new SchoolColumns(schools, policy), undefined).length === schools.length; // true
 */
export function evaluateAll(child: Child, columns: SchoolColumns, travel: TravelLookup | undefined): Evaluation[] {
  const terms = childTerms(child, columns.policy);
  travel?.load(child.id);
  const out: Evaluation[] = [];
  for (let s = 0; s < columns.size; s++) out.push(evaluatePair(columns, s, terms, travel));
  travel?.unload();
  return out;
}

/**
 * Evaluates every school of `columns` for one child on the child's journeys in a travel table, the
 * estimate for pairs it lacks: the one way rankSchools and weightSensitivity read a table, so that
 * they agree on the top choice.
 *
 * @param travel an already-valid travel table, or undefined; only the child's entries are read
 * @example
 * evaluateWithTravel(child, columns, [{ childId: 'C1', urn: '900001', km: null, minutes: null }])[0].reasons;
 * // ['unreachable'] (columns of the one school 900001)
 */
export function evaluateWithTravel(
  child: Child,
  columns: SchoolColumns,
  travel: readonly TravelEntry[] | undefined,
): Evaluation[] {
  const own = travel?.filter((entry) => entry.childId === child.id);
  return evaluateAll(child, columns, own && own.length > 0 ? new TravelLookup(own, columns) : undefined);
}

/**
 * One child-school pair, filtered and scored with the (already parsed) policy, with the estimated
 * journey (see evaluatePair). For one pair at a time; ranking builds SchoolColumns once instead.
 *
 * @example
 * const e = evaluateSchool(child, school, parsePolicy({}));
 * e.reasons; // [] when eligible, e.g. ['need-not-met', 'too-far'] when not
 * e.score === e.contributions.need + e.contributions.quality + e.contributions.capacity
 *   + e.contributions.cost + e.contributions.travel; // true, always
 */
export function evaluateSchool(child: Child, school: School, policy: Policy): Evaluation {
  return evaluateAll(child, new SchoolColumns([school], policy), undefined)[0];
}
