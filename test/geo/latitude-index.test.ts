import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../src/geo/great-circle-km.js';
import { LatitudeIndex } from '../../src/geo/latitude-index.js';

// A fixed seed: the same cases on every run, so CI is deterministic.
fc.configureGlobal({ seed: 20261126 });

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('LatitudeIndex', () => {
  it('finds Canterbury and Maidstone within 50 km of Canterbury, not Cambridge', () => {
    const index = new LatitudeIndex([51.28, 51.27, 52.2], [1.08, 0.52, 0.12]);
    const near: number[] = [];
    index.search(51.28, 1.0, 50, (id) => near.push(id));
    expect(near.sort()).toEqual([0, 1]);
  });

  it('never misses a point within the radius, anywhere on the globe (poles and antimeridian too)', () => {
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 60 }),
        point,
        fc.double({ min: 0, max: 3000, noNaN: true }),
        (points, centre, radiusKm) => {
          const index = new LatitudeIndex(
            points.map((p) => p.lat),
            points.map((p) => p.lon),
          );
          const found = new Set<number>();
          index.search(centre.lat, centre.lon, radiusKm, (id) => found.add(id));
          points.forEach((p, id) => {
            if (greatCircleKm(centre, p) <= radiusKm) expect(found.has(id)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('looks only at a narrow band for a small radius', () => {
    const lats = Array.from({ length: 1000 }, (_, i) => 50 + i * 0.005);
    const index = new LatitudeIndex(lats, new Array(1000).fill(0));
    const { start, end } = index.window(52, 10);
    expect(end - start).toBeLessThan(40);
  });

  it('indexes only the subset it is given', () => {
    const index = new LatitudeIndex([51, 52, 53], [0, 0, 0], [2, 0]);
    expect(Array.from(index.ids)).toEqual([0, 2]);
  });
});
