// The five criteria, each on an absolute [0, 1] scale fixed by the policy — never min-max over the
// candidates, so adding or removing a school cannot reorder the others. Plain functions of numbers,
// shared by evaluateSchool and the batch matcher so that both compute the same bits.
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';

/**
 * The criteria a school is scored on, in the order scores are summed.
 *
 * @example
 * CRITERIA; // ['need', 'quality', 'capacity', 'cost', 'travel']
 */
export const CRITERIA = ['need', 'quality', 'capacity', 'cost', 'travel'] as const;
/** One criterion. */
export type Criterion = (typeof CRITERIA)[number];

const clamp01 = (x: number) => (x <= 0 ? 0 : Math.min(x, 1));

/**
 * Need: `primaryShare` points for meeting the primary need, the rest shared by the secondary needs
 * met (all of it when the child has none besides the primary).
 *
 * @param primaryMet whether the school caters for the child's primary need
 * @param secondaryMet how many of the child's distinct secondary needs (primary excluded) it caters for
 * @param secondaryTotal how many distinct secondary needs the child has
 * @example
 * needScore(true, 1, 2, DEFAULT_POLICY.need); // 0.75
 */
export function needScore(
  primaryMet: boolean,
  secondaryMet: number,
  secondaryTotal: number,
  need: Policy['need'],
): number {
  const secondary = secondaryTotal === 0 ? (primaryMet ? 1 : 0) : secondaryMet / secondaryTotal;
  return (primaryMet ? need.primaryShare : 0) + (1 - need.primaryShare) * secondary;
}

/**
 * Quality: lot points and Ofsted points (a missing grade counts as not inspected), mixed by
 * `quality.parts`; attendance and breakdown-rate KPIs add their part only when the school reports them.
 *
 * @example
 * // 0.9 = (0.4 × 1 + 0.4 × 0.8) / 0.8
 * qualityScore({ lot: 'lot1', ofsted: 'good' } as School, DEFAULT_POLICY.quality); // 0.9
 */
export function qualityScore(school: Pick<School, 'lot' | 'ofsted' | 'kpis'>, quality: Policy['quality']): number {
  const { parts } = quality;
  let points = parts.lot * quality.lot[school.lot] + parts.ofsted * quality.ofsted[school.ofsted ?? 'not-inspected'];
  let total = parts.lot + parts.ofsted;
  const kpis = kpiScore(school.kpis, quality);
  if (kpis !== null) {
    points += parts.kpis * kpis;
    total += parts.kpis;
  }
  return clamp01(points / total);
}

/** Mean of the KPI scales a school reports, or null when it reports none. */
function kpiScore(kpis: School['kpis'], quality: Policy['quality']): number | null {
  let sum = 0;
  let count = 0;
  if (kpis?.attendance !== undefined) {
    sum += clamp01((kpis.attendance - quality.attendanceFloor) / (1 - quality.attendanceFloor));
    count++;
  }
  if (kpis?.breakdownRate !== undefined) {
    sum += clamp01(1 - kpis.breakdownRate / quality.breakdownCeiling);
    count++;
  }
  return count === 0 ? null : sum / count;
}

/**
 * Capacity: vacancies as a share of capacity, scaled so that `comfortableShare` or more scores 1;
 * the last place scores lower than plenty of room, and a full school (waiting list) scores 0.
 *
 * @example
 * capacityScore(3, 60, DEFAULT_POLICY.capacity); // 0.5 (5% free against a comfortable 10%)
 */
export function capacityScore(vacancies: number, capacity: number, policy: Policy['capacity']): number {
  if (capacity <= 0) return 0;
  return clamp01(vacancies / capacity / policy.comfortableShare);
}

/**
 * Cost: the annual cost (fee + transport) against the policy's band: `lowGbp` or less scores 1,
 * `highGbp` or more scores 0, linear between.
 *
 * @example
 * costScore(60_000, DEFAULT_POLICY.costBand); // 0.5
 */
export function costScore(annualCost: number, band: Policy['costBand']): number {
  return clamp01((band.highGbp - annualCost) / (band.highGbp - band.lowGbp));
}

/**
 * Travel: 1 at the door, 0 at the binding limit — whichever of the distance limit and the
 * minutes limit the journey uses more of.
 *
 * @param distanceKm road km
 * @param minutes one journey's minutes
 * @param limitKm the child's or the policy's max distance
 * @param limitMinutes the policy's max minutes for the child's phase
 * @example
 * travelScore(15, 30, 60, 75); // 0.6: 30 of 75 minutes binds before 15 of 60 km
 */
export function travelScore(distanceKm: number, minutes: number, limitKm: number, limitMinutes: number): number {
  const used = Math.max(distanceKm / limitKm, minutes / limitMinutes);
  return clamp01(1 - used);
}

/**
 * The weights divided by their sum, so that every score is in [0, 1].
 *
 * @example
 * normaliseWeights({ need: 1, quality: 1, capacity: 0, cost: 1, travel: 1 }).need; // 0.25
 */
export function normaliseWeights(weights: Policy['weights']): Policy['weights'] {
  const total = weights.need + weights.quality + weights.capacity + weights.cost + weights.travel;
  return {
    need: weights.need / total,
    quality: weights.quality / total,
    capacity: weights.capacity / total,
    cost: weights.cost / total,
    travel: weights.travel / total,
  };
}

/**
 * The max one-journey minutes for a child's phase: primary up to NC year 6, secondary above.
 *
 * @example
 * maxMinutesFor(6, DEFAULT_POLICY.maxTravelMinutes); // 45
 * maxMinutesFor(7, DEFAULT_POLICY.maxTravelMinutes); // 75
 */
export function maxMinutesFor(ncYear: number, limits: Policy['maxTravelMinutes']): number {
  return ncYear <= 6 ? limits.primary : limits.secondary;
}
