import { distance } from '@turf/distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../src/geo/great-circle-km.js';
import { haversineKm, toRadians } from '../../src/geo/haversine-km.js';

// A fixed seed: the same cases on every run, so CI is deterministic.
fc.configureGlobal({ seed: 20261126 });

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('greatCircleKm', () => {
  it('measures Canterbury to Maidstone as about 38.7 km', () => {
    expect(greatCircleKm({ lat: 51.2802, lon: 1.0789 }, { lat: 51.2704, lon: 0.5227 })).toBeCloseTo(38.705, 3);
  });

  it('is zero from a point to itself and symmetric', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(greatCircleKm(a, a)).toBe(0);
        expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('haversineKm', () => {
  it('agrees with turf to the last bit, so the batch matcher and rankSchools give identical scores', () => {
    const c = (lat: number) => Math.cos(toRadians(lat));
    fc.assert(
      fc.property(point, point, (a, b) => {
        const turf = distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
        expect(Object.is(haversineKm(a.lat, a.lon, c(a.lat), b.lat, b.lon, c(b.lat)), turf)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
