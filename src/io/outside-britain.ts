import type { LatLon } from '../geo/great-circle-km.js';

/**
 * Great Britain and Northern Ireland with their islands, in WGS84 degrees: every English council's
 * children and the schools it places in lie inside, so a point outside is a wrong coordinate, most
 * often latitude and longitude swapped (every school then fails `too-far`, which hides the cause).
 *
 * @example
 * BRITAIN_BOUNDS.north; // 60.9
 */
export const BRITAIN_BOUNDS = { south: 49.8, north: 60.9, west: -8.7, east: 1.8 } as const;

const inside = (lat: number, lon: number) =>
  lat >= BRITAIN_BOUNDS.south &&
  lat <= BRITAIN_BOUNDS.north &&
  lon >= BRITAIN_BOUNDS.west &&
  lon <= BRITAIN_BOUNDS.east;

/**
 * A warning for the records whose point lies outside Great Britain and Northern Ireland, one for
 * the file, naming where they are but never the coordinates (a child's home is personal data), and
 * saying whether latitude and longitude look swapped (the point swapped back lies inside).
 *
 * @param points each record's point, parallel to `where`
 * @param where each record's line (CSV) or item number (JSON)
 * @param what the point, as a message names it: "child's home", "school's location"
 * @param unit 'line' or 'item'
 * @example
 * outsideBritainWarnings([{ lat: 1.08, lon: 51.28 }], [4], "child's home", 'line');
 * // ["1 child's home lies outside Great Britain and Northern Ireland (line 4): latitude and longitude look swapped"]
 */
export function outsideBritainWarnings(
  points: readonly LatLon[],
  where: readonly number[],
  what: string,
  unit: 'line' | 'item',
): string[] {
  const outside = points.flatMap((p, k) => (inside(p.lat, p.lon) ? [] : [k]));
  if (outside.length === 0) return [];
  const swapped = outside.every((k) => inside(points[k].lon, points[k].lat));
  const shown = outside.slice(0, 5).map((k) => where[k]);
  const more = outside.length > shown.length ? ` and ${outside.length - shown.length} more` : '';
  const n = outside.length;
  return [
    `${n} ${what}${n === 1 ? ' lies' : 's lie'} outside Great Britain and Northern Ireland ` +
      `(${unit}${shown.length === 1 ? '' : 's'} ${shown.join(', ')}${more}): ` +
      (swapped ? 'latitude and longitude look swapped' : 'check latitude and longitude'),
  ];
}
