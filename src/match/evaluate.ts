import { greatCircleKm } from '../geo/great-circle-km.js';
import { annualTransportCost, journeyMinutes, roadKm } from '../geo/travel.js';
import type { Child } from '../schema/child.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import {
  capacityScore,
  costScore,
  maxMinutesFor,
  needScore,
  normaliseWeights,
  qualityScore,
  travelScore,
} from './criteria.js';

/** A hard filter a school can fail for a child, by code. */
export type ExclusionReason =
  | 'need-not-met'
  | 'nc-year'
  | 'sex'
  | 'no-vacancy'
  | 'too-far'
  | 'residential'
  | 'lot-not-allowed';

/** Weighted points per criterion (weight / sum of weights × criterion score); they add up to the score. */
export type Contributions = { need: number; quality: number; capacity: number; cost: number; travel: number };

/** One child-school pair, filtered and scored. */
export type Evaluation = {
  /** Every hard filter the pair fails; empty when the school is eligible. */
  reasons: ExclusionReason[];
  /** Weighted-sum score in [0, 1]: exactly the sum of `contributions`, in criterion order. */
  score: number;
  contributions: Contributions;
  /** Each criterion's own score in [0, 1], before weighting (what TOPSIS and weight sensitivity work on). */
  criteria: Contributions;
  /** Estimated road distance, km (great-circle × circuity factor). */
  distanceKm: number;
  /** One journey's minutes at the policy's average speed. */
  travelMinutes: number;
  /** GBP a year: the school's fee plus home-to-school transport. */
  annualCost: number;
};

/**
 * The vacancies that count for a child: the school's places free in the child's NC year when it
 * reports them by year, otherwise its places free overall.
 *
 * @example
 * vacanciesFor({ vacancies: 4, vacanciesByNcYear: { '7': 0 } } as School, 7); // 0
 */
export function vacanciesFor(school: Pick<School, 'vacancies' | 'vacanciesByNcYear'>, ncYear: number): number {
  return school.vacanciesByNcYear?.[String(ncYear)] ?? school.vacancies;
}

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
 * Applies every hard filter to one child-school pair and scores it with the (already parsed)
 * policy — the building block of rankSchools, the batch matcher and cohort allocation. Trusts its
 * input: call parseChild / parseSchool / parsePolicy first.
 *
 * Filters (all are checked, so `reasons` lists every one that fails): `need-not-met` (primary need
 * not catered for), `nc-year` (outside the school's range), `sex` (single-sex school), `no-vacancy`
 * (none in the child's NC year when given by year, else overall; skipped when the policy allows a
 * waiting list), `too-far` (road km over the child's or policy's max, or minutes over the policy's
 * max for the child's phase: primary up to NC year 6), `residential` (the child needs a residential
 * place the school does not offer), `lot-not-allowed` (the school's lot is not in the policy's
 * allowed lots). Framework-first is not a filter here: rankSchools applies it across the list.
 *
 * @example
 * const e = evaluateSchool(child, school, parsePolicy({}));
 * e.reasons; // [] when eligible, e.g. ['need-not-met', 'too-far'] when not
 * e.score === e.contributions.need + e.contributions.quality + e.contributions.capacity
 *   + e.contributions.cost + e.contributions.travel; // true, always
 */
export function evaluateSchool(child: Child, school: School, policy: Policy): Evaluation {
  const reasons: ExclusionReason[] = [];
  const primaryMet = school.needs.includes(child.primaryNeed);
  if (!primaryMet) reasons.push('need-not-met');
  if (child.ncYear < school.ncYears[0] || child.ncYear > school.ncYears[1]) reasons.push('nc-year');
  if (!sexAllowed(school.sex, child.sex)) reasons.push('sex');
  if (!policy.allowWaitingList && vacanciesFor(school, child.ncYear) <= 0) reasons.push('no-vacancy');

  const distanceKm = roadKm(greatCircleKm(child.home, school.location), policy.travel);
  const travelMinutes = journeyMinutes(distanceKm, policy.travel);
  const limitKm = child.maxDistanceKm ?? policy.maxDistanceKm;
  const limitMinutes = maxMinutesFor(child.ncYear, policy.maxTravelMinutes);
  if (distanceKm > limitKm || travelMinutes > limitMinutes) reasons.push('too-far');
  if (child.residential === true && !school.residential) reasons.push('residential');
  if (!policy.allowedLots.includes(school.lot)) reasons.push('lot-not-allowed');

  const annualCost = school.annualFee + annualTransportCost(distanceKm, policy.travel);
  const { met, total } = secondaryNeedsMet(child, school);
  const criteria: Contributions = {
    need: needScore(primaryMet, met, total, policy.need),
    quality: qualityScore(school, policy.quality),
    capacity: capacityScore(school.vacancies, school.capacity, policy.capacity),
    cost: costScore(annualCost, policy.costBand),
    travel: travelScore(distanceKm, travelMinutes, limitKm, limitMinutes),
  };
  const w = normaliseWeights(policy.weights);
  const contributions: Contributions = {
    need: w.need * criteria.need,
    quality: w.quality * criteria.quality,
    capacity: w.capacity * criteria.capacity,
    cost: w.cost * criteria.cost,
    travel: w.travel * criteria.travel,
  };
  const score =
    contributions.need + contributions.quality + contributions.capacity + contributions.cost + contributions.travel;
  return { reasons, score, contributions, criteria, distanceKm, travelMinutes, annualCost };
}

/** How many of the child's distinct secondary needs (the primary need not counted again) the school caters for. */
function secondaryNeedsMet(child: Child, school: School): { met: number; total: number } {
  const wanted = new Set(child.secondaryNeeds ?? []);
  wanted.delete(child.primaryNeed);
  let met = 0;
  for (const need of wanted) if (school.needs.includes(need)) met++;
  return { met, total: wanted.size };
}
