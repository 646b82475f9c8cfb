import { describe, expect, it } from 'vitest';
import { annualTransportCost, estimateTravel, journeyMinutes, roadKm } from '../../src/geo/travel.js';
import { DEFAULT_POLICY } from '../../src/schema/policy.js';

const model = DEFAULT_POLICY.travel;

describe('travel model', () => {
  it('turns 10 straight-line km into 13 road km at the default circuity of 1.3', () => {
    expect(roadKm(10, model)).toBe(13);
  });

  it('takes an hour for 35 road km at the default 35 km/h', () => {
    expect(journeyMinutes(35, model)).toBe(60);
  });

  it('costs 10 km x £1.60 x 2 journeys x 190 days = £6,080 a year', () => {
    expect(annualTransportCost(10, model)).toBe(6080);
  });

  it('chains the three from a great-circle distance', () => {
    expect(estimateTravel(10, model)).toEqual({
      distanceKm: 13,
      travelMinutes: (13 / 35) * 60,
      annualTransportCost: 7904,
    });
  });

  it('follows the policy constants', () => {
    const fast = {
      ...model,
      circuityFactor: 1,
      averageSpeedKmh: 60,
      costPerKmGbp: 1,
      journeysPerDay: 4,
      schoolDaysPerYear: 100,
    };
    expect(estimateTravel(30, fast)).toEqual({ distanceKm: 30, travelMinutes: 30, annualTransportCost: 12_000 });
  });
});
