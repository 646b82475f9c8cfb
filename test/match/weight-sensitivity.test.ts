import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/match/criteria.js';
import { evaluateSchool } from '../../src/match/evaluate.js';
import { rankSchools } from '../../src/match/rank.js';
import { weightSensitivity } from '../../src/match/weight-sensitivity.js';
import { normaliseWeights } from '../../src/match/criteria.js';
import { parsePolicy } from '../../src/schema/policy.js';
import type { TravelEntry } from '../../src/geo/travel-table.js';
import type { Child } from '../../src/schema/child.js';
import type { School } from '../../src/schema/school.js';
import { childArb, makeChild, makeSchool, policyArb, schoolsArb } from './support.js';

const child = makeChild();
const near = makeSchool({ urn: 'NEAR', location: { lat: 51.3156, lon: 0.891 }, annualFee: 40_000 });
const far = makeSchool({ urn: 'FAR', location: { lat: 51.1465, lon: 0.875 }, annualFee: 30_000 });

describe('weightSensitivity: hand-made', () => {
  it('finds where travel against cost tips the choice, by solving the two score lines', () => {
    const policy = { weights: { need: 0, quality: 0, capacity: 0, cost: 1, travel: 1 } };
    const p = parsePolicy(policy);
    const a = evaluateSchool(child, near, p).criteria;
    const b = evaluateSchool(child, far, p).criteria;
    // S(t) = t × travel + (1 − t) × cost for each school; NEAR leads at t = 0.5 and FAR takes over below the crossing.
    const crossing = (b.cost - a.cost) / (a.travel - b.travel + (b.cost - a.cost));
    const result = weightSensitivity(child, [near, far], policy);
    expect(result.topUrn).toBe('NEAR');
    const travel = result.ranges.find((r) => r.criterion === 'travel');
    expect(travel?.weight).toBe(0.5);
    expect(travel?.low).toBeCloseTo(crossing, 12);
    expect(travel?.high).toBe(1);
    expect(travel?.takeoverBelow).toBe('FAR');
    expect(travel?.takeoverAbove).toBeNull();
    const cost = result.ranges.find((r) => r.criterion === 'cost');
    expect(cost?.high).toBeCloseTo(1 - crossing, 12);
    expect(cost?.takeoverAbove).toBe('FAR');
    // Criteria on which the two schools score the same can take any weight without a change of top.
    const quality = result.ranges.find((r) => r.criterion === 'quality');
    expect(quality?.takeoverBelow).toBeNull();
  });

  it('reads a travel table as rankSchools does: a school the table has no route to is not the top', () => {
    expect(weightSensitivity(child, [near, far]).topUrn).toBe('NEAR');
    const travel = [{ childId: 'C1', urn: 'NEAR', km: null, minutes: null }];
    expect(rankSchools(child, [near, far], {}, { travel }).ranked[0].school.urn).toBe('FAR');
    const result = weightSensitivity(child, [near, far], {}, { travel });
    expect(result.topUrn).toBe('FAR');
    // FAR is the only school left, so no weight can change the top.
    expect(result.ranges.map((r) => [r.low, r.high, r.takeoverBelow, r.takeoverAbove])).toEqual(
      CRITERIA.map(() => [0, 1, null, null]),
    );
  });

  it('rejects an unknown option, naming it', () => {
    expect(() => weightSensitivity(child, [near], {}, { travle: [] })).toThrow(
      'options.travle: unknown option "travle"; did you mean "travel"?',
    );
  });

  it('reports no top and full ranges when no school is eligible', () => {
    const result = weightSensitivity(child, [{ ...near, needs: ['HI'] }]);
    expect(result.topUrn).toBeNull();
    expect(result.ranges.map((r) => [r.low, r.high])).toEqual(CRITERIA.map(() => [0, 1]));
  });
});

/** The weights with `criterion` at normalised weight t and the others keeping their proportions. */
function moved(weights: ReturnType<typeof normaliseWeights>, criterion: (typeof CRITERIA)[number], t: number) {
  const w = weights[criterion];
  const out = { ...weights };
  for (const c of CRITERIA) out[c] = c === criterion ? t : w < 1 ? (weights[c] * (1 - t)) / (1 - w) : (1 - t) / 4;
  return out;
}

/**
 * Checks weightSensitivity against rankSchools with the same inputs: the top is rankSchools' first,
 * the top holds just inside each end of each range, and the named school beats it just outside.
 */
function expectExact(c: Child, schools: School[], policy: object, options?: { travel: TravelEntry[] }) {
  const delta = 1e-6;
  const { topUrn, ranges } = weightSensitivity(c, schools, policy, options);
  const weights = normaliseWeights(parsePolicy(policy).weights);
  const order = (criterion: (typeof CRITERIA)[number], t: number) =>
    rankSchools(c, schools, { ...policy, weights: moved(weights, criterion, t) }, options).ranked.map(
      (r) => r.school.urn,
    );
  expect(topUrn).toBe(order('need', weights.need)[0] ?? null);
  for (const r of ranges) {
    expect(r.low).toBeLessThanOrEqual(r.weight);
    expect(r.high).toBeGreaterThanOrEqual(r.weight);
    if (topUrn === null) continue;
    if (r.high - r.low > 4 * delta) {
      expect(order(r.criterion, r.low + delta)[0]).toBe(topUrn);
      expect(order(r.criterion, r.high - delta)[0]).toBe(topUrn);
    }
    for (const [end, takeover, t] of [
      ['high', r.takeoverAbove, r.high + delta],
      ['low', r.takeoverBelow, r.low - delta],
    ] as const) {
      if (takeover === null) continue;
      if (t < 0 || t > 1) continue;
      const after = order(r.criterion, t);
      expect(after.indexOf(takeover), `${r.criterion} ${end}`).toBeLessThan(after.indexOf(topUrn));
    }
  }
}

/** Schools with a travel table for child C1: for some schools a road journey, or no route. */
const schoolsWithTravelArb = schoolsArb(12).chain((schools) =>
  fc.tuple(
    fc.constant(schools),
    fc
      .tuple(
        ...schools.map((s) =>
          fc
            .option(
              fc.oneof(
                fc.record({
                  km: fc.double({ min: 0, max: 90, noNaN: true }),
                  minutes: fc.double({ min: 0, max: 100, noNaN: true }),
                }),
                fc.constant({ km: null, minutes: null }),
              ),
              { nil: undefined },
            )
            .map((journey) => (journey === undefined ? undefined : { childId: 'C1', urn: s.urn, ...journey })),
        ),
      )
      .map((entries) => entries.filter((e) => e !== undefined)),
  ),
);

describe('weightSensitivity: properties', () => {
  it('is exact: the top holds just inside each end, and the named school beats it just outside', () => {
    fc.assert(
      fc.property(childArb, schoolsArb(12), policyArb, (c, schools, p) => {
        expectExact(c, schools, { ...p, strategy: 'weighted-sum' as const });
      }),
      { numRuns: 60 },
    );
  });

  it('is exact on the journeys of a travel table, and agrees with rankSchools given the same table', () => {
    fc.assert(
      fc.property(childArb, schoolsWithTravelArb, policyArb, (c, [schools, travel], p) => {
        expectExact(c, schools, { ...p, strategy: 'weighted-sum' as const }, { travel });
      }),
      { numRuns: 60 },
    );
  });
});

describe('weightSensitivity: the ends of [0, 1]', () => {
  it('names no takeover when another school only ties the top at weight 1 and loses the tie', () => {
    // With all the weight on need both schools score 1; NEAR stays top on distance, so need can take any weight.
    const result = weightSensitivity(child, [near, far], {
      weights: { need: 0, quality: 0, capacity: 0, cost: 0, travel: 1 },
    });
    const need = result.ranges.find((r) => r.criterion === 'need');
    expect(need).toMatchObject({ low: 0, high: 1, takeoverBelow: null, takeoverAbove: null });
  });
});
