import { toRadians } from '../geo/haversine-km.js';
import { NEED_CODES } from '../needs.js';
import type { Child } from '../schema/child.js';
import { NC_YEAR_MIN } from '../schema/common.js';
import type { Policy } from '../schema/policy.js';
import { maxMinutesFor } from './criteria.js';
import { needMaskOf } from './school-columns.js';

/**
 * What the filters and the scoring kernel read from one child, worked out once per child rather
 * than once per school: home, limits, NC year slot and the needs as bit masks.
 */
export type ChildTerms = {
  id: string;
  lat: number;
  lon: number;
  /** `Math.cos(toRadians(lat))`, for haversineKm. */
  cosLat: number;
  ncYear: number;
  /** ncYear - NC_YEAR_MIN: the child's column in SchoolColumns.vacancies. */
  yearSlot: number;
  /** Position of the primary need in NEED_CODES, and its bit (see needMaskOf). */
  needIndex: number;
  primaryBit: number;
  /** The child's distinct secondary needs, the primary need left out, as a bit mask; and how many. */
  secondaryMask: number;
  secondaryTotal: number;
  female: boolean;
  male: boolean;
  needsResidential: boolean;
  /** The child's own max distance, else the policy's, road km. */
  limitKm: number;
  /** The policy's max minutes for the child's phase. */
  limitMinutes: number;
  /**
   * No school farther than this great-circle distance can pass the too-far filter on the travel
   * estimate (a journey from a travel table can, and is looked up separately).
   */
  radiusKm: number;
};

/**
 * The child's terms under a policy (see ChildTerms).
 *
 * @example
 * childTerms(parseChild({ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } }),
 *   parsePolicy({})).limitMinutes; // 75 (secondary phase)
 */
export function childTerms(child: Child, policy: Policy): ChildTerms {
  const { travel } = policy;
  const limitKm = child.maxDistanceKm ?? policy.maxDistanceKm;
  const limitMinutes = maxMinutesFor(child.ncYear, policy.maxTravelMinutes);
  const needIndex = NEED_CODES.indexOf(child.primaryNeed);
  const primaryBit = 1 << needIndex;
  const secondaryMask = needMaskOf(child.secondaryNeeds ?? []) & ~primaryBit;
  return {
    id: child.id,
    lat: child.home.lat,
    lon: child.home.lon,
    cosLat: Math.cos(toRadians(child.home.lat)),
    ncYear: child.ncYear,
    yearSlot: child.ncYear - NC_YEAR_MIN,
    needIndex,
    primaryBit,
    secondaryMask,
    secondaryTotal: popcount(secondaryMask),
    female: child.sex === 'female',
    male: child.sex === 'male',
    needsResidential: child.residential === true,
    limitKm,
    limitMinutes,
    radiusKm: Math.min(limitKm, (limitMinutes / 60) * travel.averageSpeedKmh) / travel.circuityFactor,
  };
}

/**
 * Number of bits set in a 32-bit integer.
 *
 * @example
 * popcount(0b1011); // 3
 */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
