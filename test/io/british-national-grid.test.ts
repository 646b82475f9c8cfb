import distance from '@turf/distance';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { bngToLatLon } from '../../src/io/gias/british-national-grid.js';

const metresBetween = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' }) * 1000;

describe('bngToLatLon', () => {
  it('uses the National Grid projection exactly (Ordnance Survey worked example, Caister water tower)', () => {
    // "A guide to coordinate systems in Great Britain", annex C: E 651409.903, N 313177.270 is
    // 52°39'27.2531"N 1°43'4.5177"E on OSGB36. Same projection without the datum shift:
    const projectionOnly =
      '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m +no_defs';
    const [lon, lat] = proj4(projectionOnly, '+proj=longlat +ellps=airy +no_defs').forward([651409.903, 313177.27]);
    expect(lat).toBeCloseTo(52 + 39 / 60 + 27.2531 / 3600, 7);
    expect(lon).toBeCloseTo(1 + 43 / 60 + 4.5177 / 3600, 7);
  });

  it('lands within 10 m of Greenwich when shifted from OSGB36 to WGS84', () => {
    // WGS84 51.4778 N, 0.0016 W is 51.4773 N, 0.0000 E on OSGB36 (the Airy meridian), both to 4 places.
    const projectionOnly =
      '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m +no_defs';
    const [e, n] = proj4('+proj=longlat +ellps=airy +no_defs', projectionOnly).forward([0, 51.4773]);
    expect(metresBetween(bngToLatLon(e, n), { lat: 51.4778, lon: -0.0016 })).toBeLessThan(10);
  });

  it('puts the Airy transit circle grid square (TQ 388 773) on its published WGS84 position', () => {
    // The Royal Observatory's grid reference is TQ 388 773 (a 100 m square); the transit circle is at
    // 51°28'40.12"N 0°00'05.31"W on WGS84. Its centre must be within the square's half-diagonal (71 m).
    expect(
      metresBetween(bngToLatLon(538850, 177350), { lat: 51 + 28 / 60 + 40.12 / 3600, lon: -5.31 / 3600 }),
    ).toBeLessThan(71);
  });
});
