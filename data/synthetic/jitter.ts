import type { Random } from '../../src/random.js';

const KM_PER_DEGREE_LAT = 111.32;

/**
 * A point scattered around `centre` by a normal draw with `sdKm` km in each direction, rounded to
 * 5 decimal places (about 1 m), so synthetic schools and homes do not sit on one town-centre point.
 *
 * @example
 * jitter(createRandom(1), { lat: 51.2704, lon: 0.5227 }, 3); // { lat: 51.27925, lon: 0.48609 }, 3 km from Maidstone's
 *   centre
 */
export function jitter(rng: Random, centre: { lat: number; lon: number }, sdKm: number): { lat: number; lon: number } {
  const dLat = rng.normal(0, sdKm) / KM_PER_DEGREE_LAT;
  const dLon = rng.normal(0, sdKm) / (KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: round5(centre.lat + dLat), lon: round5(centre.lon + dLon) };
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
