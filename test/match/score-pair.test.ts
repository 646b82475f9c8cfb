import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TravelEntry } from '../../src/geo/travel-table.js';
import { buildCohortInstance } from '../../src/match/allocate-instance.js';
import { childTerms } from '../../src/match/child-terms.js';
import { createMatcher } from '../../src/match/matcher.js';
import { rankSchools } from '../../src/match/rank.js';
import { SchoolColumns } from '../../src/match/school-columns.js';
import { contributionsOf, criteriaOf, pairAnnualCost, scorePair } from '../../src/match/score-pair.js';
import { parsePolicy } from '../../src/schema/policy.js';
import type { School } from '../../src/schema/school.js';
import { childArb, makeChild, makeSchool, policyArb, schoolsArb } from './support.js';

/** A travel table for one child over some of the schools: real journeys, some with no route. */
const tableArb = (childId: string, schools: School[]): fc.Arbitrary<TravelEntry[]> =>
  fc
    .array(
      fc.record({
        pick: fc.nat(),
        km: fc.option(fc.double({ min: 0, max: 90, noNaN: true }), { nil: null, freq: 6 }),
        minutes: fc.double({ min: 0, max: 120, noNaN: true }),
      }),
      { maxLength: schools.length },
    )
    .map((rows) => {
      const seen = new Set<string>();
      const out: TravelEntry[] = [];
      for (const { pick, km, minutes } of rows) {
        if (schools.length === 0) break;
        const urn = schools[pick % schools.length].urn;
        if (seen.has(urn)) continue;
        seen.add(urn);
        out.push({ childId, urn, km, minutes: km === null ? null : minutes });
      }
      return out;
    });

const caseArb = fc
  .tuple(childArb, schoolsArb(20), policyArb)
  .chain(([child, schools, policy]) =>
    fc.tuple(fc.constant(child), fc.constant(schools), fc.constant(policy), tableArb(child.id, schools)),
  );

describe('the scoring kernel', () => {
  it('gives rankSchools, the matcher and the allocation instance the same journey, score and contributions', () => {
    fc.assert(
      fc.property(caseArb, ([child, schools, p, travel]) => {
        // Every eligible school ranked (no framework-first, no vacancy filter), so all three see the same pairs.
        const policy = { ...p, strategy: 'weighted-sum' as const, frameworkFirst: false, allowWaitingList: true };
        const ranked = rankSchools(child, schools, policy, { travel }).ranked;
        const matched = createMatcher(schools, policy, { travel }).rank(child, { limit: schools.length });
        const instance = buildCohortInstance([child], schools, parsePolicy(policy), travel);
        const byUrn = new Map(ranked.map((r) => [r.school.urn, r]));
        expect(JSON.stringify(matched)).toBe(JSON.stringify(ranked));
        expect(instance.pairChild.length).toBe(ranked.length);
        for (let q = 0; q < instance.pairChild.length; q++) {
          const r = byUrn.get(schools[instance.pairSchool[q]].urn);
          expect(r).toBeDefined();
          expect(instance.pairScore[q]).toBe(r?.score);
          expect(instance.pairDistanceKm[q]).toBe(r?.travel.km);
          expect(instance.pairMinutes[q]).toBe(r?.travel.minutes);
          expect(instance.pairAnnualCost[q]).toBe(r?.annualCost);
          expect(instance.pairFromTable[q] === 1 ? 'table' : 'estimate').toBe(r?.travel.source);
        }
      }),
      { numRuns: 150, seed: 41 },
    );
  });

  it('makes the contributions add up to the score to the last bit, each criterion in [0, 1]', () => {
    fc.assert(
      fc.property(
        childArb,
        schoolsArb(10),
        policyArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        (child, schools, p, km) => {
          const columns = new SchoolColumns(schools, parsePolicy(p));
          const terms = childTerms(child, columns.policy);
          const criteria = new Float64Array(5);
          for (let s = 0; s < columns.size; s++) {
            const score = scorePair(columns, s, terms, km, km * 1.7, criteria);
            const c = contributionsOf(columns, criteria);
            expect(score).toBe(c.need + c.quality + c.capacity + c.cost + c.travel);
            for (const x of Object.values(criteriaOf(criteria))) expect(x >= 0 && x <= 1).toBe(true);
            expect(scorePair(columns, s, terms, km, km * 1.7)).toBe(score);
          }
        },
      ),
      { numRuns: 100, seed: 42 },
    );
  });

  it('charges transport on the pair km: the fee plus km × cost per km × journeys × school days', () => {
    const columns = new SchoolColumns([makeSchool({ urn: '1', annualFee: 50_000 })], parsePolicy({}));
    expect(pairAnnualCost(columns, 0, 10)).toBe(50_000 + 10 * 1.6 * 2 * 190);
    expect(contributionsOf(columns, Float64Array.of(1, 1, 1, 1, 1)).travel).toBe(0.3);
    expect(criteriaOf(Float64Array.of(1, 0.9, 0.5, 0.4, 0.7)).quality).toBe(0.9);
  });

  it('scores a nearer journey from a table higher than the estimate of a farther one', () => {
    const school = makeSchool({ urn: '900001' });
    const estimate = rankSchools(makeChild(), [school]).ranked[0];
    const table = rankSchools(
      makeChild(),
      [school],
      {},
      {
        travel: [{ childId: 'C1', urn: '900001', km: 5, minutes: 9 }],
      },
    ).ranked[0];
    expect(estimate.travel.source).toBe('estimate');
    expect(table.travel).toEqual({ km: 5, minutes: 9, source: 'table' });
    expect(table.contributions.travel).toBeGreaterThan(estimate.contributions.travel);
    expect(table.annualCost).toBe(50_000 + 5 * 1.6 * 2 * 190);
  });
});
