// Builders and fast-check generators for the ranking tests: hand-made records with defaults, and
// random schools and children spread over south-east England so that many pairs are in range.
import fc from 'fast-check';
import { NEED_CODES } from '../../src/needs.js';
import type { Child } from '../../src/schema/child.js';
import type { School } from '../../src/schema/school.js';

// A fixed seed: the property tests explore the same cases on every run, so CI is deterministic.
fc.configureGlobal({ seed: 20261126 });

/**
 * A school with plain defaults (an eligible lot 1 ASD school in Faversham, 17.7 road km from Canterbury), overridden by
 * `fields`.
 */
export function makeSchool(fields: Partial<School> & { urn: string }): School {
  return {
    name: `School ${fields.urn}`,
    kind: 'independent',
    lot: 'lot1',
    ofsted: 'good',
    needs: ['ASD'],
    ncYears: [0, 14],
    sex: 'mixed',
    residential: false,
    location: { lat: 51.3156, lon: 0.891 },
    capacity: 60,
    vacancies: 6,
    annualFee: 50_000,
    ...fields,
  };
}

/** A child with plain defaults (a Year 7 ASD child in Canterbury), overridden by `fields`. */
export function makeChild(fields: Partial<Child> = {}): Child {
  return { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.2802, lon: 1.0789 }, ...fields };
}

const needs = fc.constantFrom(...NEED_CODES.slice(0, 4));
const place = fc.record({
  lat: fc.double({ min: 51.1, max: 51.35, noNaN: true }),
  lon: fc.double({ min: 0.6, max: 1.1, noNaN: true }),
});

/**
 * A random school in east Kent (an area ~28 × 35 km, so most pairs are in range); mostly eligible-looking so rankings
 * are not empty.
 */
export const schoolArb = (urn: string): fc.Arbitrary<School> =>
  fc
    .record({
      kind: fc.constantFrom(
        'independent' as const,
        'non-maintained' as const,
        'maintained-special' as const,
        'srp' as const,
      ),
      lot: fc.constantFrom('lot1' as const, 'lot2' as const, 'none' as const),
      ofsted: fc.option(
        fc.constantFrom(
          'outstanding' as const,
          'good' as const,
          'requires-improvement' as const,
          'inadequate' as const,
        ),
        {
          nil: undefined,
        },
      ),
      needs: fc.uniqueArray(needs, { minLength: 1, maxLength: 4 }),
      low: fc.integer({ min: -2, max: 5 }),
      span: fc.integer({ min: 4, max: 16 }),
      sex: fc.constantFrom('mixed' as const, 'mixed' as const, 'mixed' as const, 'girls' as const, 'boys' as const),
      residential: fc.boolean(),
      location: place,
      capacity: fc.integer({ min: 0, max: 120 }),
      free: fc.double({ min: 0, max: 0.4, noNaN: true }),
      annualFee: fc.integer({ min: 20_000, max: 120_000 }),
      attendance: fc.option(fc.double({ min: 0.6, max: 1, noNaN: true }), { nil: undefined }),
    })
    .map(({ low, span, free, attendance, ...rest }) => {
      const school: School = {
        urn,
        name: `School ${urn}`,
        ...rest,
        ncYears: [low, Math.min(14, low + span)],
        vacancies: Math.min(rest.capacity, Math.ceil(free * rest.capacity)),
      };
      if (rest.ofsted === undefined) delete school.ofsted;
      if (attendance !== undefined) school.kpis = { attendance };
      return school;
    });

/** Up to `max` random schools with unique URNs. */
export const schoolsArb = (max: number): fc.Arbitrary<School[]> =>
  fc
    .integer({ min: 0, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => schoolArb(String(900000 + i * 7)))));

/** A random child in east Kent. */
export const childArb: fc.Arbitrary<Child> = fc
  .record({
    primaryNeed: needs,
    secondaryNeeds: fc.array(needs, { maxLength: 3 }),
    ncYear: fc.integer({ min: -2, max: 14 }),
    sex: fc.option(fc.constantFrom('female' as const, 'male' as const), { nil: undefined, freq: 4 }),
    home: place,
    residential: fc.constantFrom(false, false, false, true),
    maxDistanceKm: fc.option(fc.double({ min: 10, max: 120, noNaN: true }), { nil: undefined }),
  })
  .map((c) => {
    const child: Child = { id: 'C1', ...c };
    if (c.sex === undefined) delete child.sex;
    if (c.maxDistanceKm === undefined) delete child.maxDistanceKm;
    return child;
  });

/** A random partial policy, covering every strategy and the switches that change the filters. */
export const policyArb = fc.record({
  strategy: fc.constantFrom('weighted-sum' as const, 'topsis' as const, 'framework-first-nearest' as const),
  frameworkFirst: fc.boolean(),
  allowWaitingList: fc.boolean(),
  maxDistanceKm: fc.double({ min: 15, max: 100, noNaN: true }),
  weights: fc.record({
    need: fc.double({ min: 0.01, max: 1, noNaN: true }),
    quality: fc.double({ min: 0, max: 1, noNaN: true }),
    capacity: fc.double({ min: 0, max: 1, noNaN: true }),
    cost: fc.double({ min: 0, max: 1, noNaN: true }),
    travel: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
});
