import proj4 from 'proj4';
import * as z from 'zod/mini';
import { parseWith } from '../../schema/common.js';

/**
 * British National Grid (EPSG:27700): a transverse Mercator projection of the OSGB36 datum on the Airy
 * 1830 ellipsoid, with the published 7-parameter Helmert shift to WGS84 (position-vector convention).
 * The Helmert shift agrees with the Ordnance Survey's definitive OSTN15 transform to within about
 * 5 m across Great Britain, which is ample for travel distances.
 *
 * @example
 * proj4(BNG_PROJ, 'WGS84').forward([538885, 177322]); // about [-0.00147, 51.47781]
 */
export const BNG_PROJ =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';
let converter: proj4.Converter | undefined;

// The grid's extent with a margin: Great Britain and its islands lie within 0-700 km east and
// 0-1,300 km north of the false origin. Outside it the transform means nothing, and far outside it
// proj4 returns NaN or Infinity.
const gridRange = (max: number) => {
  const error = `must be within -100000 and ${max} metres (the National Grid)`;
  return z.number({ error: 'must be a number' }).check(z.minimum(-100_000, { error }), z.maximum(max, { error }));
};
const GridPointSchema = z.object({ easting: gridRange(800_000), northing: gridRange(1_400_000) });

/**
 * Converts a British National Grid easting and northing in metres (OSGB36, as GIAS publishes them)
 * to WGS84 latitude and longitude in degrees.
 *
 * @param easting metres east of the grid's false origin
 * @param northing metres north of the grid's false origin
 * @returns `{ lat, lon }` in WGS84 degrees, within a few metres
 * @example
 * bngToLatLon(538885, 177322); // about { lat: 51.47781, lon: -0.00147 }: the Airy transit circle, Greenwich
 */
export function bngToLatLon(easting: number, northing: number): { lat: number; lon: number } {
  const grid = parseWith(GridPointSchema, { easting, northing }, 'grid reference');
  ({ easting, northing } = grid);
  converter ??= proj4(BNG_PROJ, WGS84);
  const [lon, lat] = converter.forward([easting, northing]);
  return { lat, lon };
}
