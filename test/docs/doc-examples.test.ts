// The @example of the core exports that no folder's own doc-example test runs, as written, so the
// documented outputs stay true.
import { describe, expect, it } from 'vitest';
import * as api from '../support/internals.js';
import { DAMPING_RANGE } from '../../src/forecast/models/damped.js';
import { toRadians } from '../../src/geo/haversine-km.js';
import { SCORE_UNITS } from '../../src/match/allocate-optimal.js';
import { CsvInputSchema, CsvReadOptionsSchema } from '../../src/io/options.js';
import { rejection } from '../../src/io/read-result.js';
import { maxMinutesFor } from '../../src/match/criteria.js';
import { LOT_ORDER } from '../../src/match/order.js';
import { markNamed, orderEligible, rankParsed, toRanked } from '../../src/match/rank.js';
import { weightSensitivityParsed } from '../../src/match/weight-sensitivity.js';
import {
  CountSchema,
  LatLonSchema,
  NC_YEAR_MAX,
  NC_YEAR_MIN,
  NcYearSchema,
  NeedCodeSchema,
  NonEmptyStringSchema,
  NonNegativeSchema,
  RateSchema,
  parseWith,
} from '../../src/schema/common.js';
import { UnnamedChildListSchema } from '../../src/schema/child.js';
import { MAX_ANNUAL_FEE_GBP, MAX_SCHOOL_PLACES } from '../../src/schema/school.js';
import * as scenario from '../../src/schema/scenario.js';
import { SERIES_VALUE_LIMIT } from '../../src/schema/series.js';
import * as space from '../../src/sufficiency/state-space.js';
import { formatPath, fromZodIssues } from '../../src/schema/validation-error.js';

const child = { id: 'C0001', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } };
const school = {
  urn: '900001',
  name: 'Example Valley School',
  kind: 'independent',
  lot: 'lot1',
  needs: ['ASD'],
  ncYears: [7, 13],
  sex: 'mixed',
  residential: false,
  location: { lat: 51.27, lon: 0.52 },
  capacity: 60,
  vacancies: 4,
  annualFee: 52000,
};

describe('core doc examples', () => {
  it('needs and validation', () => {
    expect(api.NEED_NAMES.ASD).toBe('Autistic spectrum disorder');
    expect(api.isValidationError(new api.ValidationError('child', [{ path: 'ncYear', message: 'is required' }]))).toBe(
      true,
    );
    expect(api.isValidationError(new Error('boom'))).toBe(false);
  });

  it('child and school schemas', () => {
    expect(api.ChildSchema.safeParse(child).success).toBe(true);
    expect(api.ChildListSchema.safeParse([child, child]).success).toBe(false);
    expect(UnnamedChildListSchema.safeParse([child, child]).error?.issues[0].message).toBe(
      'duplicate child id (first at [0])',
    );
    expect(
      api.parseChildren([{ id: 'C1', primaryNeed: 'SEMH', ncYear: 9, home: { lat: 51.28, lon: 1.08 } }]).length,
    ).toBe(1);
    expect(api.SchoolSchema.safeParse({ ...school, vacancies: -1 }).success).toBe(false);
    expect(api.SchoolListSchema.safeParse([school, school]).success).toBe(false);
    expect(api.parseSchools([school])[0].lot).toBe('lot1');
    expect(api.SCHOOL_KINDS.includes('srp')).toBe(true);
    expect(api.LOTS[0]).toBe('lot1');
    expect(api.OFSTED_GRADES.length).toBe(5);
  });

  it('policy, series and transitions', () => {
    expect(api.DEFAULT_POLICY.consultation.responseDays).toBe(15);
    expect(api.DEFAULT_POLICY.maxDistanceKm).toBe(60);
    expect(api.PolicySchema.parse({}).strategy).toBe('weighted-sum');
    expect(api.PolicySchema.parse({ weights: { travel: 1 } }).weights.cost).toBe(0.2);
    expect(api.SeriesSchema.parse([1, 2])).toEqual({ start: 0, values: [1, 2] });
    expect(api.SETTINGS.includes('srp')).toBe(true);
    expect(
      api.TransitionSchema.safeParse({
        calendarYear: 2024,
        setting1: 'new',
        setting2: 'independent',
        need2: 'ASD',
        ncYear2: 7,
      }).success,
    ).toBe(true);
  });

  it('random, privacy and matching helpers', () => {
    expect(createRandomPair(42)).toBe(true);
    const die = api.createRandom(7).int(1, 6);
    expect(die >= 1 && die <= 6 && Number.isInteger(die)).toBe(true);
    expect(api.PSEUDONYMISE_MIN_KEY_LENGTH).toBe(16);
    expect(api.sexAllowed('girls', 'female')).toBe(true);
    expect(api.sexAllowed('boys', undefined)).toBe(false);
    expect(api.sexAllowed('mixed', undefined)).toBe(true);
    expect(api.CRITERIA).toEqual(['need', 'quality', 'capacity', 'cost', 'travel']);
  });
});

describe('schema building blocks doc examples', () => {
  it('hold as written', () => {
    expect(NC_YEAR_MIN).toBe(-5);
    expect(NC_YEAR_MAX).toBe(20);
    expect(NeedCodeSchema.parse('semh')).toBe('SEMH');
    expect(NeedCodeSchema.safeParse('SMEH').error?.issues[0].message).toMatch(
      /^unknown need code; did you mean SEMH\? Valid codes\n? ?are ASD, SEMH, /,
    );
    expect(NcYearSchema.safeParse(7).success).toBe(true);
    expect(NcYearSchema.safeParse(7.5).success).toBe(false);
    expect(RateSchema.safeParse(0.87).success).toBe(true);
    expect(RateSchema.safeParse(87).success).toBe(false);
    expect(NonNegativeSchema.safeParse(0).success).toBe(true);
    expect(NonNegativeSchema.safeParse(Infinity).success).toBe(false);
    expect(CountSchema.safeParse(3).success).toBe(true);
    expect(CountSchema.safeParse(-1).success).toBe(false);
    expect(LatLonSchema.safeParse({ lat: 51.28, lon: 1.08 }).success).toBe(true);
    expect(LatLonSchema.safeParse({ lat: 128, lon: 1.08 }).error?.issues[0].message).toBe(
      'latitude must be between -90 and 90',
    );
    expect(NonEmptyStringSchema.parse('  C0001 ')).toBe('C0001');
    expect(NonEmptyStringSchema.safeParse('   ').success).toBe(false);
    expect(parseWith(RateSchema, 0.5, 'rate')).toBe(0.5);
    expect(() => parseWith(RateSchema, 2, 'rate')).toThrow(/^Invalid rate \(1 problem\):/);
    expect(formatPath(['schools', 3, 'vacancies'])).toBe('schools[3].vacancies');
    expect(formatPath([])).toBe('(root)');
    expect(fromZodIssues(RateSchema.safeParse(93).error!.issues, ['kpis', 'attendance'])).toEqual([
      { path: 'kpis.attendance', message: 'rate must be between 0 and 1 (93% is 0.93)', code: 'too_big' },
    ]);
    expect(SERIES_VALUE_LIMIT).toBe(1e15);
    expect(MAX_SCHOOL_PLACES).toBe(100000);
    expect(MAX_ANNUAL_FEE_GBP).toBe(10000000);
    expect(toRadians(180)).toBe(3.141592653589793);
    expect(toRadians(540)).toBe(toRadians(180));
  });
});

function createRandomPair(seed: number): boolean {
  return api.createRandom(seed).next() === api.createRandom(seed).next();
}

describe('matching and CSV internals doc examples', () => {
  it('hold as written', () => {
    expect(LOT_ORDER.lot2).toBe(1);
    expect(maxMinutesFor(6, api.DEFAULT_POLICY.maxTravelMinutes)).toBe(45);
    expect(maxMinutesFor(7, api.DEFAULT_POLICY.maxTravelMinutes)).toBe(75);
    expect(CsvReadOptionsSchema.safeParse({ delimiter: ';' }).success).toBe(true);
    expect(CsvReadOptionsSchema.safeParse({ delimiter: '"' }).success).toBe(false);
    expect(CsvInputSchema.safeParse(new Uint8Array([97])).success).toBe(true);
    expect(CsvInputSchema.safeParse(42).success).toBe(false);
    expect(rejection(4, [{ column: 'vacancies', reason: 'must be 0 or more', code: 'too_small' }]).reason).toBe(
      'must be 0 or more',
    );
  });
});

describe('ranking internals doc examples', () => {
  it('hold as written', () => {
    const child = api.parseChild({ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } });
    const schools = api.parseSchools([
      {
        urn: '900001',
        name: 'Oakwood',
        kind: 'independent',
        lot: 'lot1',
        needs: ['ASD'],
        ncYears: [7, 13],
        sex: 'mixed',
        residential: false,
        location: { lat: 51.3, lon: 1.1 },
        capacity: 60,
        vacancies: 4,
        annualFee: 52000,
      },
    ]);
    const policy = api.parsePolicy({});
    expect(rankParsed(child, schools, policy).ranked[0].rank).toBe(1);
    expect(
      orderEligible(
        [0],
        schools,
        schools.map((s) => api.evaluateSchool(child, s, policy)),
        policy,
      )[0].school.urn,
    ).toBe('900001');
    expect(toRanked(schools[0], api.evaluateSchool(child, schools[0], policy), 1).rank).toBe(1);
    expect(markNamed(rankParsed(child, schools, policy).ranked, '900001')[0].named).toBe(true);
    expect(weightSensitivityParsed(child, schools, policy)).toEqual(api.weightSensitivity(child, schools));
  });
});

describe('strategy names, damping range and score resolution doc examples', () => {
  it('hold as written', () => {
    expect(api.STRATEGY_NAMES).toEqual(['weighted-sum', 'topsis', 'framework-first-nearest']);
    expect(DAMPING_RANGE).toEqual([0.8, 0.98]);
    const rounded = Math.round(0.123456789 * SCORE_UNITS) / SCORE_UNITS;
    expect(rounded).toBe(0.1234567891806364);
    expect(Math.abs(rounded - 0.123456789)).toBeLessThanOrEqual(2 ** -31);
  });
});

describe('scenario part schemas doc examples', () => {
  it('hold as written', () => {
    expect(scenario.SourceSchema.safeParse('  ').success).toBe(false);
    expect(scenario.NeedWeightsSchema.safeParse({ ASD: 3, SEMH: 2 }).success).toBe(true);
    expect(scenario.NeedWeightsSchema.safeParse({ ASD: 0 }).success).toBe(false);
    expect(scenario.NcYearWeightsSchema.safeParse({ '7': 2, '8': 1 }).success).toBe(true);
    expect(scenario.NcYearWeightsSchema.safeParse({ seven: 1 }).success).toBe(false);
    expect(
      scenario.CapacityAdditionSchema.safeParse({ year: 2026, places: 50, source: 'assumption: example' }).success,
    ).toBe(true);
    expect(
      scenario.CapacityPlanSchema.parse({ base: { value: 1500, source: 'committee minutes 2025' } }).additions,
    ).toEqual([]);
    expect(
      scenario.SettingCostSchema.safeParse({
        annualFeeGbp: { value: -1, source: 'x' },
        annualTransportGbp: { value: 0, source: 'x' },
      }).success,
    ).toBe(false);
    expect(scenario.SCENARIO_NEEDS[0]).toBe('ASD');
  });
});

describe('state space doc examples', () => {
  it('hold as written', () => {
    expect([space.S, space.N, space.Y, space.D, space.LEFT, space.CELLS]).toEqual([6, 13, 26, 7, 6, 2028]);
    expect(space.SETTING_INDEX.independent).toBe(3);
    expect(space.NEED_INDEX.SEMH).toBe(1);
    expect([space.SRP, space.SPECIAL, space.INDEPENDENT]).toEqual([1, 2, 3]);
    expect(space.CAPPED).toEqual([1, 2]);
  });
});
