import type { Policy } from '../schema/policy.js';

/** The travel model's constants (DEFAULT_POLICY.travel documents each one). */
export type TravelModel = Policy['travel'];

/** What one home-to-school route costs in distance, time and money. */
export type Travel = {
  /** Estimated road distance, km: great-circle km × the circuity factor. */
  distanceKm: number;
  /** Minutes for one journey at the model's average speed. */
  travelMinutes: number;
  /** GBP a year: road km × cost per km × journeys a day × school days. */
  annualTransportCost: number;
};

/**
 * Road distance from a great-circle distance: straight lines are shorter than roads by a typical
 * circuity factor (1.3 on English roads by default).
 *
 * @example
 * roadKm(10, DEFAULT_POLICY.travel); // 13
 */
export function roadKm(greatCircleKm: number, model: TravelModel): number {
  return greatCircleKm * model.circuityFactor;
}

/**
 * Minutes one journey takes at the model's average speed.
 *
 * @example
 * journeyMinutes(35, DEFAULT_POLICY.travel); // 60 at the default 35 km/h
 */
export function journeyMinutes(distanceKm: number, model: TravelModel): number {
  return (distanceKm / model.averageSpeedKmh) * 60;
}

/**
 * Annual cost of home-to-school transport in GBP: every school day, `journeysPerDay` journeys of
 * `distanceKm` at `costPerKmGbp`.
 *
 * @example
 * annualTransportCost(10, DEFAULT_POLICY.travel); // 6080 = 10 km × £1.60 × 2 × 190
 */
export function annualTransportCost(distanceKm: number, model: TravelModel): number {
  return distanceKm * model.costPerKmGbp * model.journeysPerDay * model.schoolDaysPerYear;
}

/**
 * The whole travel model for one route: road distance, minutes and annual transport cost from a
 * great-circle distance.
 *
 * @param greatCircleKm straight-line distance, km (see greatCircleKm)
 * @param model the policy's travel constants
 * @example
 * estimateTravel(10, DEFAULT_POLICY.travel);
 * // -> { distanceKm: 13, travelMinutes: 22.28..., annualTransportCost: 7904 }
 */
export function estimateTravel(greatCircleKm: number, model: TravelModel): Travel {
  const distanceKm = roadKm(greatCircleKm, model);
  return {
    distanceKm,
    travelMinutes: journeyMinutes(distanceKm, model),
    annualTransportCost: annualTransportCost(distanceKm, model),
  };
}
