/** turf's Earth radius in kilometres (@turf/helpers `earthRadius` / 1000). */
const EARTH_RADIUS_KM = 6371008.8 / 1e3;

/**
 * turf's degrees-to-radians conversion, copied operation for operation so that results agree to
 * the last bit.
 *
 * @example
 * toRadians(180); // 3.141592653589793
 * toRadians(540) === toRadians(180); // true: whole turns are dropped first, as turf does
 */
export function toRadians(degrees: number): number {
  return ((degrees % 360) * Math.PI) / 180;
}

/**
 * The same haversine distance as {@link greatCircleKm}, bit for bit, for the batch matcher's hot
 * loop: plain numbers in, no objects, and the cosine of each latitude computed once by the caller
 * (`Math.cos(toRadians(lat))`). Written for speed on purpose; the operations follow turf's order
 * exactly, which a test pins.
 *
 * @param lat1 first latitude, degrees
 * @param lon1 first longitude, degrees
 * @param cosLat1 `Math.cos(toRadians(lat1))`
 * @param lat2 second latitude, degrees
 * @param lon2 second longitude, degrees
 * @param cosLat2 `Math.cos(toRadians(lat2))`
 * @returns kilometres
 * @example
 * const c = (lat: number) => Math.cos(toRadians(lat));
 * haversineKm(51.2802, 1.0789, c(51.2802), 51.2704, 0.5227, c(51.2704)); // ≈ 38.7, same as greatCircleKm
 */
export function haversineKm(
  lat1: number,
  lon1: number,
  cosLat1: number,
  lat2: number,
  lon2: number,
  cosLat2: number,
): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * cosLat1 * cosLat2;
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_KM;
}
