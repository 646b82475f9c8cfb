// fast-check generators of valid records, shared by the schema tests.
import fc from 'fast-check';
import { NEED_CODES } from '../../src/needs.js';
import type { Child } from '../../src/schema/child.js';
import type { School } from '../../src/schema/school.js';

export const needArb = fc.constantFrom(...NEED_CODES);
export const ncYearArb = fc.integer({ min: -2, max: 14 });
export const latLonArb = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }),
});
const idArb = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);

export const childArb: fc.Arbitrary<Child> = fc.record(
  {
    id: idArb,
    primaryNeed: needArb,
    secondaryNeeds: fc.array(needArb, { maxLength: 3 }),
    ncYear: ncYearArb,
    sex: fc.constantFrom('female' as const, 'male' as const),
    home: latLonArb,
    residential: fc.boolean(),
    namedSchoolUrn: idArb,
    maxDistanceKm: fc.double({ min: 0.5, max: 500, noNaN: true }),
  },
  { requiredKeys: ['id', 'primaryNeed', 'ncYear', 'home'] },
);

const rateArb = fc.double({ min: 0, max: 1, noNaN: true });

export const schoolArb: fc.Arbitrary<School> = fc
  .record({
    urn: fc.integer({ min: 100000, max: 999999 }).map(String),
    name: idArb,
    kind: fc.constantFrom(
      'independent' as const,
      'non-maintained' as const,
      'maintained-special' as const,
      'srp' as const,
      'mainstream' as const,
    ),
    lot: fc.constantFrom('lot1' as const, 'lot2' as const, 'none' as const),
    ofsted: fc.constantFrom(
      'outstanding' as const,
      'good' as const,
      'requires-improvement' as const,
      'inadequate' as const,
      'not-inspected' as const,
    ),
    needs: fc.uniqueArray(needArb, { minLength: 1, maxLength: 5 }),
    years: fc.tuple(ncYearArb, ncYearArb),
    sex: fc.constantFrom('mixed' as const, 'girls' as const, 'boys' as const),
    residential: fc.boolean(),
    location: latLonArb,
    capacity: fc.integer({ min: 0, max: 300 }),
    vacancyShare: rateArb,
    annualFee: fc.integer({ min: 0, max: 300_000 }),
    kpis: fc.record({
      attendance: rateArb,
      breakdownRate: rateArb,
      medianResponseDays: fc.integer({ min: 0, max: 60 }),
      acceptanceRate: rateArb,
    }),
    district: idArb,
  })
  .map(({ years, vacancyShare, ...rest }) => ({
    ...rest,
    ncYears: [Math.min(...years), Math.max(...years)] as [number, number],
    vacancies: Math.floor(vacancyShare * rest.capacity),
  }));
