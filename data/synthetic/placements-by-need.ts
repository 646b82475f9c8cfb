import { NEED_CODES, type NeedCode } from '../../src/needs.js';
import { apportion } from './apportion.js';
import { CALIBRATION } from './calibration.js';
import type { SpendRow } from './spend.js';

/** Independent placements of one primary need at one January census. */
export type PlacementsByNeedRow = { year: number; need: NeedCode; count: number };

/**
 * Independent placements at each January census by primary need, derived from the spend series:
 * the total of year y is 1,172 x (spend y / spend 2025) x (1 + feeGrowth)^(2025 - y), because
 * spend = placements x mean cost and the mean cost grows by `feeGrowth` a year; 2025 is exactly
 * 1,172. Each total is split by the need mix of that year (linear between 2015 and 2025) by
 * largest remainders. Pure: no randomness.
 *
 * @example
 * const rows = placementsByNeed(spendSeries());
 * rows.filter((r) => r.year === 2025).reduce((s, r) => s + r.count, 0); // 1172
 */
export function placementsByNeed(spend: SpendRow[]): PlacementsByNeedRow[] {
  const last = spend[spend.length - 1];
  const rows: PlacementsByNeedRow[] = [];
  for (const year of spend) {
    const total =
      year.yearEnding === last.yearEnding
        ? CALIBRATION.independentPlacements2025
        : Math.round(
            CALIBRATION.independentPlacements2025 *
              (year.spendGbp / last.spendGbp) *
              (1 + CALIBRATION.feeGrowth) ** (last.yearEnding - year.yearEnding),
          );
    const t = (year.yearEnding - 2015) / (2025 - 2015);
    const mix = NEED_CODES.map((n) => (1 - t) * CALIBRATION.needMix2015[n] + t * CALIBRATION.needMix2025[n]);
    apportion(total, mix).forEach((count, i) => {
      rows.push({ year: year.yearEnding, need: NEED_CODES[i], count });
    });
  }
  return rows;
}
