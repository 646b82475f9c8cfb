// The travel helpers as the package exports them: each validates its arguments at the door. The
// batch paths (matcher, allocation, evaluateSchool) call the unchecked ones in great-circle-km.ts
// and travel.ts on input already validated, once per pair, where a check would cost time.
import * as z from 'zod/mini';
import { LatLonSchema, parseWith } from '../schema/common.js';
import { PolicySchema } from '../schema/policy.js';
import { greatCircleKm as rawGreatCircleKm, type LatLon } from './great-circle-km.js';
import * as raw from './travel.js';

// Half the Earth's circumference is the longest great-circle distance; a road five times that is
// the most a valid circuity factor makes of it. Anything longer is not a distance on Earth.
const KmSchema = z
  .number({ error: 'must be a finite number' })
  .check(z.minimum(0, { error: 'must be 0 or more' }), z.maximum(100_000, { error: 'must be at most 100000 km' }));
const PointsSchema = z.object({ from: LatLonSchema, to: LatLonSchema });

function modelOf(model: unknown): raw.TravelModel {
  return parseWith(PolicySchema, { travel: model }, 'travel model').travel;
}

function kmOf(km: unknown, what: string): number {
  return parseWith(KmSchema, km, what);
}

/**
 * Great-circle distance in km between two WGS84 points (turf), validated: coordinates must be
 * finite and in range.
 *
 * @throws ValidationError naming each bad coordinate
 * @example
 * Math.round(greatCircleKm({ lat: 51.2798, lon: 1.0828 }, { lat: 51.2724, lon: 0.5219 })); // 39 (Canterbury to
 *   Maidstone)
 */
export function greatCircleKm(from: LatLon, to: LatLon): number {
  const points = parseWith(PointsSchema, { from, to }, 'points');
  return rawGreatCircleKm(points.from, points.to);
}

/**
 * Road km from great-circle km: × the model's circuity factor. The model is a policy's `travel`
 * part; missing fields take the policy defaults.
 *
 * @example
 * roadKm(10, { circuityFactor: 1.3 }); // 13
 */
export function roadKm(greatCircleKm: number, model: Partial<raw.TravelModel> = {}): number {
  return raw.roadKm(kmOf(greatCircleKm, 'great-circle km'), modelOf(model));
}

/**
 * Minutes for one journey of `distanceKm` road km at the model's average speed.
 *
 * @example
 * journeyMinutes(20, { averageSpeedKmh: 40 }); // 30
 */
export function journeyMinutes(distanceKm: number, model: Partial<raw.TravelModel> = {}): number {
  return raw.journeyMinutes(kmOf(distanceKm, 'distance km'), modelOf(model));
}

/**
 * Annual transport cost in GBP: road km × cost per km × journeys a day × school days.
 *
 * @example
 * annualTransportCost(10, { costPerKmGbp: 2, journeysPerDay: 2, schoolDaysPerYear: 190 }); // 7600
 */
export function annualTransportCost(distanceKm: number, model: Partial<raw.TravelModel> = {}): number {
  return raw.annualTransportCost(kmOf(distanceKm, 'distance km'), modelOf(model));
}

/**
 * Road distance, minutes and annual transport cost from a great-circle distance, in one call.
 *
 * @example
 * estimateTravel(10, { circuityFactor: 1.3, averageSpeedKmh: 39 }).travelMinutes; // 20
 */
export function estimateTravel(greatCircleKm: number, model: Partial<raw.TravelModel> = {}): raw.Travel {
  return raw.estimateTravel(kmOf(greatCircleKm, 'great-circle km'), modelOf(model));
}
