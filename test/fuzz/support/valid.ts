// Generators of valid inputs for the fuzz suite: small, Kent-shaped (homes and schools within a
// county, so filters pass often enough that rankings and allocations are not empty), with the odd
// extreme but valid value (a fee of 0, a school with no vacancy, a name in another script).
import fc from 'fast-check';
import { NEED_CODES } from '../../../src/needs.js';
import { MAX_ANNUAL_FEE_GBP } from '../../../src/schema/school.js';

const needArb = fc.constantFrom(...NEED_CODES);
// Most children have one of the common needs, so schools that meet them turn up.
const commonNeedArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('ASD' as const, 'SEMH' as const, 'SLCN' as const) },
  { weight: 1, arbitrary: needArb },
);
const ncYearArb = fc.integer({ min: -2, max: 14 });
const kentArb = fc.record({
  lat: fc.double({ min: 50.9, max: 51.5, noNaN: true }),
  lon: fc.double({ min: 0, max: 1.45, noNaN: true }),
});
const anywhereArb = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});
const locationArb = fc.oneof({ weight: 9, arbitrary: kentArb }, { weight: 1, arbitrary: anywhereArb });
const textArb = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,15}[A-Za-z0-9]$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('Ysgol Ŵ', 'École 学校', 'O\'Brien "House"', 'a,b;c', 'line\nbreak', '😀 School'),
  },
);
const rateArb = fc.double({ min: 0, max: 1, noNaN: true });

/** A valid child; ids are `C` and a number so lists can be made unique cheaply. */
export const childArb = fc.record(
  {
    id: fc.integer({ min: 1, max: 99_999 }).map((n) => `C${n}`),
    primaryNeed: commonNeedArb,
    secondaryNeeds: fc.uniqueArray(needArb, { maxLength: 3 }),
    ncYear: ncYearArb,
    sex: fc.constantFrom('female' as const, 'male' as const),
    home: locationArb,
    residential: fc.boolean(),
    namedSchoolUrn: fc.integer({ min: 100_000, max: 100_040 }).map(String),
    maxDistanceKm: fc.double({ min: 0.5, max: 300, noNaN: true }),
  },
  { requiredKeys: ['id', 'primaryNeed', 'ncYear', 'home'] },
);

/** A valid school; URNs come from a small range so a child's named school is sometimes in the list. */
export const schoolArb = fc
  .record(
    {
      urn: fc.integer({ min: 100_000, max: 100_040 }).map(String),
      name: textArb,
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
      needs: fc.uniqueArray(commonNeedArb, { minLength: 1, maxLength: 5 }),
      years: fc.tuple(ncYearArb, ncYearArb),
      sex: fc.constantFrom('mixed' as const, 'mixed' as const, 'girls' as const, 'boys' as const),
      residential: fc.boolean(),
      location: locationArb,
      capacity: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constant(1)),
      vacancyShare: rateArb,
      annualFee: fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 20_000, max: 150_000 }) },
        { weight: 1, arbitrary: fc.constantFrom(0, MAX_ANNUAL_FEE_GBP) },
      ),
      kpis: fc.record(
        {
          attendance: rateArb,
          breakdownRate: rateArb,
          medianResponseDays: fc.integer({ min: 0, max: 60 }),
          acceptanceRate: rateArb,
        },
        { requiredKeys: [] },
      ),
      district: fc.constantFrom('Ashford', 'Canterbury', 'Dover', 'Thanet', 'Swale'),
    },
    {
      requiredKeys: [
        'urn',
        'name',
        'kind',
        'lot',
        'needs',
        'years',
        'sex',
        'residential',
        'location',
        'capacity',
        'vacancyShare',
        'annualFee',
      ],
    },
  )
  .map(({ years, vacancyShare, ...rest }) => ({
    ...rest,
    ncYears: [Math.min(...years), Math.max(...years)] as [number, number],
    vacancies: Math.round(vacancyShare * rest.capacity),
  }));

/** A list of children with unique ids. */
export const childrenArb = (maxLength = 8) => fc.uniqueArray(childArb, { selector: (c) => c.id, maxLength });

/** A list of schools with unique URNs. */
export const schoolsArb = (maxLength = 8) => fc.uniqueArray(schoolArb, { selector: (s) => s.urn, maxLength });

/** A valid policy: any subset of fields, each within its rule; undefined too (the defaults). */
export const policyArb = fc.option(
  fc.record(
    {
      weights: fc
        .record(
          { need: rateArb, quality: rateArb, capacity: rateArb, cost: rateArb, travel: rateArb },
          { requiredKeys: [] },
        )
        .map((w) => ({ ...w, travel: (w.travel ?? 0) + 0.01 })),
      strategy: fc.constantFrom('weighted-sum' as const, 'topsis' as const, 'framework-first-nearest' as const),
      frameworkFirst: fc.boolean(),
      allowedLots: fc.subarray(['lot1', 'lot2', 'none'] as const, { minLength: 1 }),
      allowWaitingList: fc.boolean(),
      maxDistanceKm: fc.double({ min: 1, max: 500, noNaN: true }),
      maxTravelMinutes: fc.record(
        { primary: fc.integer({ min: 5, max: 300 }), secondary: fc.integer({ min: 5, max: 300 }) },
        { requiredKeys: [] },
      ),
      travel: fc.record(
        {
          circuityFactor: fc.double({ min: 1, max: 5, noNaN: true }),
          averageSpeedKmh: fc.double({ min: 1, max: 200, noNaN: true }),
          costPerKmGbp: fc.double({ min: 0, max: 10, noNaN: true }),
        },
        { requiredKeys: [] },
      ),
      costBand: fc
        .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }))
        .map(([low, width]) => ({ lowGbp: low, highGbp: low + width })),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined, freq: 4 },
);

/** A valid annual series: a list of numbers or `{ start, values }`, 2 to 15 values, sometimes flat or with zeros. */
export const seriesArb = fc
  .tuple(
    fc.oneof(
      fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { minLength: 2, maxLength: 15 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 15 }),
      fc
        .tuple(fc.integer({ min: 2, max: 15 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
        .map(([n, v]) => Array<number>(n).fill(v)),
      fc.array(fc.double({ min: -1e15, max: 1e15, noNaN: true }), { minLength: 2, maxLength: 8 }),
    ),
    fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
  )
  .map(([values, start]) => (start === undefined ? values : { start, values }));

const SETTINGS = ['mainstream', 'srp', 'maintained-special', 'independent', 'non-maintained', 'other'] as const;

/** A valid child-level transition record (a joiner, a leaver or a stayer). */
export const transitionArb = fc
  .record({
    calendarYear: fc.integer({ min: 2015, max: 2026 }),
    kind: fc.constantFrom('stay', 'stay', 'join', 'leave'),
    setting1: fc.constantFrom(...SETTINGS),
    setting2: fc.constantFrom(...SETTINGS),
    need1: commonNeedArb,
    need2: commonNeedArb,
    ncYear1: fc.integer({ min: -2, max: 13 }),
  })
  .map(({ kind, calendarYear, setting1, setting2, need1, need2, ncYear1 }) => {
    if (kind === 'join') return { calendarYear, setting1: 'new', setting2, need2, ncYear2: ncYear1 + 1 };
    if (kind === 'leave') return { calendarYear, setting1, need1, ncYear1, setting2: 'left' };
    return { calendarYear, setting1, need1, ncYear1, setting2, need2, ncYear2: ncYear1 + 1 };
  });

/** A valid transition history. */
export const transitionsArb = (maxLength = 30) => fc.array(transitionArb, { maxLength });
