import { toRadians } from '../geo/haversine-km.js';
import { NEED_CODES, type NeedCode } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../schema/common.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import { capacityScore, normaliseWeights, qualityScore } from './criteria.js';
import { isOffFramework } from './framework.js';

/** NC years a school's vacancies are kept for, one slot each. */
export const YEAR_SLOTS = NC_YEAR_MAX - NC_YEAR_MIN + 1;

/** Codes of a school's `sex` in SchoolColumns.sex. */
export const SEX_CODE = { mixed: 0, girls: 1, boys: 2 } as const;

/**
 * Schools prepared once for scoring under one policy: every field the filters and the scoring
 * kernel read, in typed-array columns indexed by the school's position in the list, with the
 * parts of the score that depend on the school alone (quality, capacity) computed once. The
 * ranker, the batch matcher and cohort allocation all read schools through this, so a field a
 * new filter or criterion needs is added in one place.
 *
 * @example
 * const columns = new SchoolColumns(schools, parsePolicy({}));
 * columns.quality[0]; // the first school's quality criterion in [0, 1]
 */
export class SchoolColumns {
  readonly schools: readonly School[];
  readonly policy: Policy;
  /** The policy's weights divided by their sum (see normaliseWeights). */
  readonly weights: Policy['weights'];
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** `Math.cos(toRadians(lat))`, for haversineKm. */
  readonly cosLat: Float64Array;
  readonly ncLow: Int16Array;
  readonly ncHigh: Int16Array;
  /** SEX_CODE of the school's intake. */
  readonly sex: Uint8Array;
  readonly residential: Uint8Array;
  /** 1 when placing there is a spot purchase off the framework (isOffFramework). */
  readonly offFramework: Uint8Array;
  /** 1 when the school's lot is in the policy's allowed lots. */
  readonly lotAllowed: Uint8Array;
  /** Bit k set when the school caters for NEED_CODES[k]. */
  readonly needMask: Int32Array;
  /** Vacancies that count for each (school, NC year) (vacanciesFor), row-major by school, YEAR_SLOTS a row. */
  readonly vacancies: Int32Array;
  /** Quality criterion in [0, 1] (qualityScore). */
  readonly quality: Float64Array;
  /** Capacity criterion in [0, 1] (capacityScore of the school's overall vacancies). */
  readonly capacity: Float64Array;
  /** Annual fee, GBP. */
  readonly fee: Float64Array;

  /**
   * @param schools already-valid schools
   * @param policy an already-parsed policy
   */
  constructor(schools: readonly School[], policy: Policy) {
    this.schools = schools;
    this.policy = policy;
    this.weights = normaliseWeights(policy.weights);
    this.lat = Float64Array.from(schools, (s) => s.location.lat);
    this.lon = Float64Array.from(schools, (s) => s.location.lon);
    this.cosLat = Float64Array.from(schools, (s) => Math.cos(toRadians(s.location.lat)));
    this.ncLow = Int16Array.from(schools, (s) => s.ncYears[0]);
    this.ncHigh = Int16Array.from(schools, (s) => s.ncYears[1]);
    this.sex = Uint8Array.from(schools, (s) => SEX_CODE[s.sex]);
    this.residential = Uint8Array.from(schools, (s) => (s.residential ? 1 : 0));
    this.offFramework = Uint8Array.from(schools, (s) => (isOffFramework(s) ? 1 : 0));
    // A state-funded setting is in no lot but is no spot purchase: `allowedLots: ['lot1', 'lot2']` rules out spot
    // purchases, not the council's own special schools and SRPs.
    this.lotAllowed = Uint8Array.from(schools, (s) =>
      policy.allowedLots.includes(s.lot) || (s.lot === 'none' && !isOffFramework(s)) ? 1 : 0,
    );
    this.needMask = Int32Array.from(schools, (s) => needMaskOf(s.needs));
    this.vacancies = new Int32Array(schools.length * YEAR_SLOTS);
    schools.forEach((s, i) => {
      for (let y = NC_YEAR_MIN; y <= NC_YEAR_MAX; y++)
        this.vacancies[i * YEAR_SLOTS + y - NC_YEAR_MIN] = vacanciesFor(s, y);
    });
    this.quality = Float64Array.from(schools, (s) => qualityScore(s, policy.quality));
    this.capacity = Float64Array.from(schools, (s) => capacityScore(s.vacancies, s.capacity, policy.capacity));
    this.fee = Float64Array.from(schools, (s) => s.annualFee);
  }

  /** Number of schools. */
  get size(): number {
    return this.schools.length;
  }
}

/**
 * The vacancies that count for a child: the school's places free in the child's NC year when it
 * reports them by year, otherwise its places free overall.
 *
 * @example
 * vacanciesFor({ vacancies: 4, vacanciesByNcYear: { '7': 0 } } as School, 7); // 0
 */
export function vacanciesFor(school: Pick<School, 'vacancies' | 'vacanciesByNcYear'>, ncYear: number): number {
  return school.vacanciesByNcYear?.[String(ncYear)] ?? school.vacancies;
}

/**
 * A set of need codes as a bit mask: bit k for NEED_CODES[k].
 *
 * @example
 * needMaskOf(['ASD', 'SLCN']); // 0b101 = 5 (ASD is code 0, SLCN code 2)
 */
export function needMaskOf(needs: readonly NeedCode[]): number {
  let mask = 0;
  for (const need of needs) mask |= 1 << NEED_CODES.indexOf(need);
  return mask;
}
