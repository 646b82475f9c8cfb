import * as z from 'zod/mini';
import {
  CountSchema,
  LatLonSchema,
  labelEnum,
  NC_YEAR_MAX,
  NC_YEAR_MIN,
  NcYearSchema,
  NeedCodeSchema,
  NonEmptyStringSchema,
  NonNegativeSchema,
  RateSchema,
  parseWith,
} from './common.js';

/**
 * Kinds of setting a school record can be.
 *
 * @example
 * SCHOOL_KINDS.includes('srp'); // true
 */
export const SCHOOL_KINDS = ['independent', 'non-maintained', 'maintained-special', 'srp', 'mainstream'] as const;
/**
 * Framework lots; 'none' is a spot purchase off the framework.
 *
 * @example
 * LOTS[0]; // 'lot1', the higher-quality lot
 */
export const LOTS = ['lot1', 'lot2', 'none'] as const;
/**
 * Ofsted overall effectiveness grades.
 *
 * @example
 * OFSTED_GRADES.length; // 5, from 'outstanding' to 'not-inspected'
 */
export const OFSTED_GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-inspected'] as const;

/** A URN: DfE unique reference number. A whole number is accepted and kept as text. */
const URN_RULE = 'URN must be text or a whole number';
const UrnSchema = z.union(
  [
    NonEmptyStringSchema,
    z.pipe(
      z.number({ error: URN_RULE }).check(z.int({ error: URN_RULE }), z.minimum(0, { error: 'URN must be 0 or more' })),
      z.transform((n) => String(n)),
    ),
  ],
  { error: URN_RULE },
);

const KpisSchema = z.object({
  attendance: z.optional(RateSchema),
  breakdownRate: z.optional(RateSchema),
  // At most a year, as planConsultation's responseDays: summed over rounds, a huge value would reach Infinity.
  medianResponseDays: z.optional(NonNegativeSchema.check(z.maximum(366, { error: 'must be at most 366 days' }))),
  acceptanceRate: z.optional(RateSchema),
});

const NC_YEAR_KEY = /^[+-]?\d+$/;

/**
 * Places free in single NC years, keyed by the year. A key written another way (`'07'`, `'+7'`,
 * `' 7'`) is read as its year and comes out as `'7'`, so ranking (which looks up `String(ncYear)`)
 * and allocation read the same entry; two keys for one year are a `duplicate`, never one chosen.
 */
export const VacanciesByNcYearSchema = z.pipe(
  z.record(z.string({ error: 'keys must be NC years' }), CountSchema).check(
    z.superRefine((record, ctx) => {
      const keyOf = new Map<number, string>();
      for (const key of Object.keys(record)) {
        const year = Number(key);
        if (!NC_YEAR_KEY.test(key.trim()) || year < NC_YEAR_MIN || year > NC_YEAR_MAX) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `key must be an NC year from ${NC_YEAR_MIN} to ${NC_YEAR_MAX}`,
          });
          continue;
        }
        const first = keyOf.get(year);
        if (first !== undefined) {
          const message = `NC year ${year} is given twice ('${first}' and '${key}')`;
          ctx.addIssue({ code: 'custom', path: [key], message, params: { code: 'duplicate' } });
        }
        keyOf.set(year, key);
      }
    }),
  ),
  z.transform((record) =>
    Object.fromEntries(Object.entries(record).map(([key, places]) => [`${Number(key)}`, places])),
  ),
);

/**
 * The most places (capacity or vacancies) one school may have. England's largest schools have
 * under 5,000 pupils, so more is a wrong input; the bound also keeps allocateCohort's flows in
 * 32-bit integers, where a huge count would otherwise fail deep inside with no school's path.
 *
 * @example
 * MAX_SCHOOL_PLACES; // 100000
 */
export const MAX_SCHOOL_PLACES = 100_000;

/**
 * The highest annual fee accepted, GBP. The costliest residential placements cost under £1m a
 * year, so ten times that is a typo; the bound keeps costs summed over a national cohort finite.
 *
 * @example
 * MAX_ANNUAL_FEE_GBP; // 10000000
 */
export const MAX_ANNUAL_FEE_GBP = 10_000_000;

const PlacesSchema = CountSchema.check(z.maximum(MAX_SCHOOL_PLACES, { error: `must be at most ${MAX_SCHOOL_PLACES}` }));

/**
 * A school or resourced provision a child may be placed in.
 *
 * @example
 * SchoolSchema.safeParse({
 *   urn: '900001', name: 'Example Valley School', kind: 'independent', lot: 'lot1', needs: ['ASD'],
 *   ncYears: [7, 13], sex: 'mixed', residential: false, location: { lat: 51.27, lon: 0.52 },
 *   capacity: 60, vacancies: -1, annualFee: 52000,
 * }).success; // false: vacancies must be 0 or more
 */
export const SchoolSchema = z
  .object({
    urn: UrnSchema,
    name: NonEmptyStringSchema,
    kind: labelEnum(SCHOOL_KINDS, `kind must be one of ${SCHOOL_KINDS.join(', ')}`),
    lot: labelEnum(LOTS, `lot must be one of ${LOTS.join(', ')}`),
    ofsted: z.optional(labelEnum(OFSTED_GRADES, `ofsted must be one of ${OFSTED_GRADES.join(', ')}`)),
    needs: z.array(NeedCodeSchema, { error: 'needs must be a list of need codes' }),
    ncYears: z.tuple([NcYearSchema, NcYearSchema], { error: 'ncYears must be [lowest, highest]' }),
    sex: labelEnum(['mixed', 'girls', 'boys'], "sex must be 'mixed', 'girls' or 'boys'"),
    residential: z.boolean({ error: 'must be true or false' }),
    location: LatLonSchema,
    capacity: PlacesSchema,
    vacancies: PlacesSchema,
    vacanciesByNcYear: z.optional(VacanciesByNcYearSchema),
    annualFee: NonNegativeSchema.check(
      z.maximum(MAX_ANNUAL_FEE_GBP, { error: `must be at most ${MAX_ANNUAL_FEE_GBP} (GBP a year)` }),
    ),
    kpis: z.optional(KpisSchema),
    district: z.optional(NonEmptyStringSchema),
  })
  .check(
    z.superRefine((school, ctx) => {
      // Cross-field rules only speak when the fields they compare are themselves valid, so that one
      // broken field yields issues about that field alone.
      const [low, high] = school.ncYears;
      const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
      if (Number.isInteger(low) && Number.isInteger(high) && low > high) {
        ctx.addIssue({ code: 'custom', path: ['ncYears'], message: 'ncYears must be ordered: lowest first' });
      }
      if (isCount(school.vacancies) && isCount(school.capacity) && school.vacancies > school.capacity) {
        ctx.addIssue({ code: 'custom', path: ['vacancies'], message: 'vacancies must not exceed capacity' });
      }
      for (const [key, places] of Object.entries(school.vacanciesByNcYear ?? {})) {
        if (isCount(places) && isCount(school.vacancies) && places > school.vacancies) {
          ctx.addIssue({
            code: 'custom',
            path: ['vacanciesByNcYear', key],
            message: 'vacancies in one NC year must not exceed the school vacancies',
          });
        }
      }
    }),
  );

/** A school (see SchoolSchema). */
export type School = z.infer<typeof SchoolSchema>;

/** A school as the entry points accept it, before validation: kinds, lots and needs as strings, URNs as numbers too. */
export type SchoolInput = z.input<typeof SchoolSchema>;
/** Framework lot. */
export type Lot = School['lot'];
/** Kind of setting. */
export type SchoolKind = School['kind'];
/** Ofsted grade. */
export type OfstedGrade = NonNullable<School['ofsted']>;

/**
 * Validates one school record.
 *
 * @throws ValidationError listing every problem with its field path
 * @example
 * parseSchool({
 *   urn: '900001', name: 'Example Valley School', kind: 'independent', lot: 'lot1', needs: ['ASD'],
 *   ncYears: [7, 13], sex: 'mixed', residential: false, location: { lat: 51.27, lon: 0.52 },
 *   capacity: 60, vacancies: 4, annualFee: 52000,
 * }).urn; // '900001'
 */
export function parseSchool(input: unknown): School {
  return parseWith(SchoolSchema, input, 'school');
}

/**
 * Validates a list of schools and checks that no URN appears twice (a duplicate is reported, never merged).
 *
 * @throws ValidationError with paths like `[3].vacancies`
 * @example
 * parseSchools([school]).length; // 1, where school is the record in parseSchool's example
 */
export function parseSchools(input: unknown): School[] {
  return parseWith(SchoolListSchema, input, 'schools');
}

/**
 * A check that no URN appears twice in a list: each repeat is an issue `duplicate` at `urnPath`
 * under its index (`[3].urn`), never merged.
 *
 * @param urnOf the URN of one item
 * @param urnPath where an item holds its URN
 * @example
 * z.array(SchoolSchema).check(uniqueUrns((s: School) => s.urn)).safeParse([school, school]).success; // false
 */
export function uniqueUrns<T>(urnOf: (item: T) => string, urnPath: readonly PropertyKey[] = ['urn']) {
  return z.superRefine((items: T[], ctx) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const urn = urnOf(item);
      const first = seen.get(urn);
      if (first === undefined) seen.set(urn, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: [i, ...urnPath],
          message: `duplicate URN ${urn} (first at [${first}])`,
          params: { code: 'duplicate' },
        });
    });
  });
}

/**
 * A list of schools with unique URNs.
 *
 * @example
 * SchoolListSchema.safeParse([school, school]).success; // false: duplicate URN
 */
export const SchoolListSchema = z
  .array(SchoolSchema, { error: 'schools must be a list' })
  .check(uniqueUrns((school) => school.urn));
