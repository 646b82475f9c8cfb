import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import { compareUrn } from './compare-urn.js';

/**
 * Position of each lot in framework-first-nearest order: lot 1, then lot 2, then no lot.
 *
 * @example
 * LOT_ORDER.lot2; // 1
 */
export const LOT_ORDER: Record<School['lot'], number> = { lot1: 0, lot2: 1, none: 2 };

/**
 * What a ranking strategy sorts on: a key (higher first), then road distance (shorter first), then URN (text order).
 */
export type OrderKey = { key: number; distanceKm: number; urn: string };

/**
 * The key a strategy ranks by, for one eligible school: the weighted-sum score, the TOPSIS
 * closeness, or minus the lot position (framework-first-nearest: lot 1 before lot 2 before no lot).
 *
 * @example
 * strategyKey('framework-first-nearest', 0.7, undefined, 'lot2'); // -1
 */
export function strategyKey(
  strategy: Policy['strategy'],
  score: number,
  closeness: number | undefined,
  lot: School['lot'],
): number {
  if (strategy === 'topsis') return closeness ?? 0;
  if (strategy === 'framework-first-nearest') return -LOT_ORDER[lot];
  return score;
}

/**
 * The one ranking order: key descending, then distance ascending, then URN — total, so ties
 * always resolve the same way.
 *
 * @example
 * compareOrder({ key: 0.8, distanceKm: 9, urn: 'B' }, { key: 0.8, distanceKm: 5, urn: 'A' }); // > 0: the nearer one
 *   first
 */
export function compareOrder(a: OrderKey, b: OrderKey): number {
  if (a.key !== b.key) return a.key > b.key ? -1 : 1;
  if (a.distanceKm !== b.distanceKm) return a.distanceKm < b.distanceKm ? -1 : 1;
  return compareUrn(a.urn, b.urn);
}
