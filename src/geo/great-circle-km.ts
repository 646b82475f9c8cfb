import { distance } from '@turf/distance';

/** WGS84 coordinates in degrees. */
export type LatLon = { lat: number; lon: number };

/**
 * Great-circle (straight-line) distance between two points in kilometres, by turf's haversine
 * formula on a sphere of radius 6,371.0088 km.
 *
 * @param from first point, degrees
 * @param to second point, degrees
 * @returns kilometres, 0 or more
 * @example
 * greatCircleKm({ lat: 51.2802, lon: 1.0789 }, { lat: 51.2704, lon: 0.5227 }); // ≈ 38.7 (Canterbury to Maidstone)
 */
export function greatCircleKm(from: LatLon, to: LatLon): number {
  return distance([from.lon, from.lat], [to.lon, to.lat], { units: 'kilometers' });
}
