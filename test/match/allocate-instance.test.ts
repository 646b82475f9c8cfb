import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCohortInstance } from '../../src/match/allocate-instance.js';
import { evaluateSchool } from '../../src/match/evaluate.js';
import type { Child } from '../../src/schema/child.js';
import { parsePolicy } from '../../src/schema/policy.js';
import type { School } from '../../src/schema/school.js';

const NEEDS = ['ASD', 'SEMH', 'SLCN', 'MLD', 'PD'] as const;

// Schools and children in a 60 km square around Maidstone, varied in every field the filters and
// the score read: needs (secondary too), sex, residential places, lots, Ofsted, KPIs, fees, places.
const schoolArb = fc.record({
  lat: fc.double({ min: 51.0, max: 51.5, noNaN: true }),
  lon: fc.double({ min: 0.2, max: 0.9, noNaN: true }),
  needs: fc.subarray([...NEEDS], { minLength: 1 }),
  sex: fc.constantFrom('mixed' as const, 'mixed' as const, 'girls' as const, 'boys' as const),
  residential: fc.boolean(),
  lot: fc.constantFrom('lot1' as const, 'lot2' as const, 'none' as const),
  ofsted: fc.option(
    fc.constantFrom('outstanding' as const, 'good' as const, 'requires-improvement' as const, 'inadequate' as const),
    { nil: undefined },
  ),
  attendance: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  vacancies: fc.integer({ min: 0, max: 5 }),
  capacity: fc.integer({ min: 0, max: 80 }),
  fee: fc.integer({ min: 20_000, max: 120_000 }),
  years: fc.constantFrom<[number, number]>([0, 6], [7, 11], [7, 14], [0, 14]),
});
const childArb = fc.record({
  lat: fc.double({ min: 51.0, max: 51.5, noNaN: true }),
  lon: fc.double({ min: 0.2, max: 0.9, noNaN: true }),
  need: fc.constantFrom(...NEEDS),
  secondary: fc.option(fc.array(fc.constantFrom(...NEEDS), { maxLength: 4 }), { nil: undefined }),
  ncYear: fc.integer({ min: 0, max: 14 }),
  sex: fc.option(fc.constantFrom('female' as const, 'male' as const), { nil: undefined }),
  residential: fc.option(fc.boolean(), { nil: undefined }),
  maxKm: fc.option(fc.double({ min: 2, max: 80, noNaN: true }), { nil: undefined }),
});
const policyArb = fc.record({
  weights: fc.record({
    need: fc.integer({ min: 0, max: 5 }),
    quality: fc.integer({ min: 0, max: 5 }),
    capacity: fc.integer({ min: 0, max: 5 }),
    cost: fc.integer({ min: 0, max: 5 }),
    travel: fc.integer({ min: 1, max: 5 }),
  }),
  allowedLots: fc.subarray(['lot1', 'lot2', 'none'] as const, { minLength: 1 }),
  maxDistanceKm: fc.integer({ min: 5, max: 100 }),
});

describe('buildCohortInstance', () => {
  it('scores every pair exactly as evaluateSchool (score, distance, cost) and keeps its eligible pairs', () => {
    fc.assert(
      fc.property(
        fc.array(childArb, { maxLength: 10 }),
        fc.array(schoolArb, { minLength: 1, maxLength: 10 }),
        policyArb,
        (cs, ss, p) => {
          const policy = parsePolicy(p);
          const schools: School[] = ss.map((s, i) => ({
            urn: String(900000 + i),
            name: `School ${i}`,
            kind: 'independent',
            lot: s.lot,
            ofsted: s.ofsted,
            needs: s.needs,
            ncYears: s.years,
            sex: s.sex,
            residential: s.residential,
            location: { lat: s.lat, lon: s.lon },
            capacity: s.capacity,
            vacancies: s.vacancies,
            annualFee: s.fee,
            kpis: s.attendance === undefined ? undefined : { attendance: s.attendance },
          }));
          const children: Child[] = cs.map((c, i) => ({
            id: `C${i}`,
            primaryNeed: c.need,
            secondaryNeeds: c.secondary,
            ncYear: c.ncYear,
            sex: c.sex,
            home: { lat: c.lat, lon: c.lon },
            residential: c.residential,
            maxDistanceKm: c.maxKm,
          }));
          const instance = buildCohortInstance(children, schools, policy);
          const expected: { c: number; s: number; score: number; km: number; cost: number }[] = [];
          children.forEach((child, c) =>
            schools.forEach((school, s) => {
              const e = evaluateSchool(child, school, policy);
              if (e.reasons.every((r) => r === 'no-vacancy'))
                expected.push({ c, s, score: e.score, km: e.distanceKm, cost: e.annualCost });
            }),
          );
          const actual = Array.from(instance.pairChild, (c, q) => ({
            c,
            s: instance.pairSchool[q],
            score: instance.pairScore[q],
            km: instance.pairDistanceKm[q],
            cost: instance.pairAnnualCost[q],
          }));
          // toEqual compares numbers with Object.is: the same doubles, not merely close ones.
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 150, seed: 31 },
    );
  });
});
