// The small helpers the package exports validate their arguments: junk is a ValidationError, never
// NaN or Infinity. (The batch paths call the unchecked versions on input validated once.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../support/internals.js';

function problemPaths(call: () => unknown): string[] {
  try {
    const value = call();
    throw new Error(`expected a ValidationError, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (!api.isValidationError(e)) throw e;
    return e.issues.map((i) => i.path);
  }
}

describe('exported helpers at the door', () => {
  it('greatCircleKm names every bad coordinate', () => {
    expect(problemPaths(() => api.greatCircleKm({ lat: Number.NaN, lon: 1 }, { lat: 91, lon: 1e300 }))).toEqual([
      'from.lat',
      'to.lat',
      'to.lon',
    ]);
  });

  it('the travel model helpers reject junk distances and models, and take a partial model', () => {
    expect(problemPaths(() => api.roadKm(1e300))).toEqual(['(root)']);
    expect(problemPaths(() => api.journeyMinutes(-1, { averageSpeedKmh: 0 }))).toEqual(['(root)']);
    expect(problemPaths(() => api.annualTransportCost(5, { costPerKmGbp: Number.POSITIVE_INFINITY }))).toEqual([
      'travel.costPerKmGbp',
    ]);
    expect(api.estimateTravel(10).distanceKm).toBeCloseTo(10 * api.DEFAULT_POLICY.travel.circuityFactor, 12);
  });

  it('metrics reject non-finite values and lists of different lengths', () => {
    expect(problemPaths(() => api.smape([1, Number.NaN], [1]))).toEqual(['actual[1]', 'forecast']);
    expect(problemPaths(() => api.mae([1e300], [-1e300]))).toEqual(['actual[0]', 'forecast[0]']);
    expect(problemPaths(() => api.mase([1], [2], [Number.POSITIVE_INFINITY]))).toEqual(['training[0]']);
    expect(problemPaths(() => api.smapeTerm(Number.NaN, 1))).toEqual(['actual[0]']);
  });

  it('bngToLatLon and ncYearsFromAges reject values off the grid or not ages', () => {
    expect(problemPaths(() => api.bngToLatLon(1e300, Number.NaN))).toEqual(['easting', 'northing']);
    expect(problemPaths(() => api.ncYearsFromAges(11, 4.5))).toEqual(['highAge']);
  });

  it('any numbers in: a finite result or a ValidationError', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(0, -0, 1e300, -1e300, Number.NaN, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (a, b, c, d) => {
        const calls = [
          () => api.greatCircleKm({ lat: a, lon: b }, { lat: c, lon: d }),
          () => api.estimateTravel(a, { circuityFactor: b }).annualTransportCost,
          () => api.bngToLatLon(a, b).lat,
          () => api.ncYearsFromAges(a, b)[1],
          () => api.mase([a], [b], [c, d]),
          () => api.smape([a, b], [c, d]),
        ];
        for (const call of calls) {
          try {
            expect(Number.isFinite(call())).toBe(true);
          } catch (e) {
            expect(api.isValidationError(e), String(e)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
