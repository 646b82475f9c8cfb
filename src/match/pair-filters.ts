import type { ChildTerms } from './child-terms.js';
import { SEX_CODE, YEAR_SLOTS, type SchoolColumns } from './school-columns.js';

/**
 * The hard filters a child-school pair can fail, in the order they are listed. Each is a bit of a
 * reason mask: bit k for EXCLUSION_REASONS[k].
 *
 * @example
 * EXCLUSION_REASONS[0]; // 'need-not-met'
 */
export const EXCLUSION_REASONS = [
  'need-not-met',
  'age-range',
  'sex',
  'no-vacancy',
  'unreachable',
  'too-far',
  'residential',
  'lot-not-allowed',
] as const;

/** A hard filter a school can fail for a child, by code. */
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/**
 * The bit of each reason in a reason mask.
 *
 * @example
 * REASON_BIT['no-vacancy']; // 8
 */
export const REASON_BIT = Object.fromEntries(EXCLUSION_REASONS.map((reason, k) => [reason, 1 << k])) as Record<
  ExclusionReason,
  number
>;

/**
 * The filters that depend on the school and the child but not on the journey, as a reason mask:
 * `need-not-met` (primary need not catered for), `age-range` (the child's NC year outside the school's range), `sex`
 * (a single-sex school, and the child's sex differs or is not recorded), `no-vacancy` (none in the
 * child's NC year when the school gives places by year, else none overall; callers that allow a
 * waiting list or share out places themselves mask it off), `residential` (the child needs a
 * residential place the school does not offer) and `lot-not-allowed`. Hot path: plain reads of
 * typed arrays, no allocation.
 *
 * @example
 * schoolReasons(columns, 0, childTerms(child, policy)) === 0; // true when school 0 passes them all
 */
export function schoolReasons(columns: SchoolColumns, s: number, child: ChildTerms): number {
  let mask = 0;
  if ((columns.needMask[s] & child.primaryBit) === 0) mask |= REASON_BIT['need-not-met'];
  if (child.ncYear < columns.ncLow[s] || child.ncYear > columns.ncHigh[s]) mask |= REASON_BIT['age-range'];
  const sex = columns.sex[s];
  if ((sex === SEX_CODE.girls && !child.female) || (sex === SEX_CODE.boys && !child.male)) mask |= REASON_BIT.sex;
  if (columns.vacancies[s * YEAR_SLOTS + child.yearSlot] <= 0) mask |= REASON_BIT['no-vacancy'];
  if (child.needsResidential && columns.residential[s] === 0) mask |= REASON_BIT.residential;
  if (columns.lotAllowed[s] === 0) mask |= REASON_BIT['lot-not-allowed'];
  return mask;
}

/**
 * The filters on the journey, as a reason mask: `unreachable` (a travel table found no route: km
 * is negative, see UNREACHABLE_KM), else `too-far` (road km over the child's or the policy's max,
 * or minutes over the policy's max for the child's phase).
 *
 * @example
 * journeyReasons(80, 95, childTerms(child, parsePolicy({}))); // REASON_BIT['too-far']
 */
export function journeyReasons(distanceKm: number, minutes: number, child: ChildTerms): number {
  if (distanceKm < 0) return REASON_BIT.unreachable;
  return distanceKm > child.limitKm || minutes > child.limitMinutes ? REASON_BIT['too-far'] : 0;
}

/**
 * A reason mask as the list of reasons, in EXCLUSION_REASONS order.
 *
 * @example
 * reasonList(REASON_BIT['too-far'] | REASON_BIT['need-not-met']); // ['need-not-met', 'too-far']
 */
export function reasonList(mask: number): ExclusionReason[] {
  const out: ExclusionReason[] = [];
  for (let k = 0; k < EXCLUSION_REASONS.length; k++) if (mask & (1 << k)) out.push(EXCLUSION_REASONS[k]);
  return out;
}
