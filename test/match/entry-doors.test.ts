// The matching entry points' doors: values the schemas used to accept without an upper bound ran
// into Infinity or NaN deep inside (a cost per km near Number.MAX_VALUE, weights whose sum
// overflows, a response time of 1e308 days) or into an error with an internal path (a capacity of
// 1e12 in allocateCohort's flow network). Each is now a ValidationError naming the field.
import { describe, expect, it } from 'vitest';
import { allocateCohort } from '../../src/match/allocate-cohort.js';
import { allocateGreedy } from '../../src/match/allocate-greedy.js';
import { compareStrategies } from '../../src/match/compare-strategies.js';
import { createMatcher } from '../../src/match/matcher.js';
import { planConsultation } from '../../src/match/plan-consultation.js';
import { rankSchools } from '../../src/match/rank.js';
import { weightSensitivity } from '../../src/match/weight-sensitivity.js';
import { issuesOf } from '../support/issues-of.js';
import { makeChild, makeSchool } from './support.js';

const M = Number.MAX_VALUE;
const school = makeSchool({ urn: '800001' });
const child = makeChild();

/** Every entry point that takes a policy, called with `policy`, by name. */
const withPolicy = (policy: unknown): [string, () => unknown][] => [
  ['rankSchools', () => rankSchools(child, [school], policy)],
  ['createMatcher', () => createMatcher([school], policy)],
  ['weightSensitivity', () => weightSensitivity(child, [school], policy)],
  ['allocateCohort', () => allocateCohort([child], [school], policy)],
  ['allocateGreedy', () => allocateGreedy([child], [school], policy)],
  ['compareStrategies', () => compareStrategies([child], [school], [{ name: 'p', policy }])],
];

/** Every entry point that takes schools, called with `schools`, by name. */
const withSchools = (schools: unknown): [string, () => unknown][] => [
  ['rankSchools', () => rankSchools(child, schools)],
  ['createMatcher', () => createMatcher(schools)],
  ['weightSensitivity', () => weightSensitivity(child, schools)],
  ['allocateCohort', () => allocateCohort([child], schools)],
  ['allocateGreedy', () => allocateGreedy([child], schools)],
  ['compareStrategies', () => compareStrategies([child], schools, ['topsis'])],
];

describe('matching entry points reject values that would overflow, naming the field', () => {
  it('rejects a cost per km or journeys a day so large that the annual transport cost is Infinity', () => {
    for (const [name, call] of withPolicy({ travel: { costPerKmGbp: M, journeysPerDay: M } })) {
      const paths = issuesOf(call).map((i) => i.path.replace(/^(strategies\[0\]\.)?(policy\.)?/, ''));
      expect(paths, name).toEqual(['travel.costPerKmGbp', 'travel.journeysPerDay']);
    }
  });

  it('rejects weights and quality parts so large that their sum is Infinity and the scores NaN', () => {
    const huge = {
      weights: { need: M, quality: M, capacity: M, cost: M, travel: M },
      quality: { parts: { lot: M, ofsted: M, kpis: M } },
    };
    for (const [name, call] of withPolicy(huge)) {
      const paths = issuesOf(call).map((i) => i.path.replace(/^(strategies\[0\]\.)?(policy\.)?/, ''));
      expect(paths, name).toEqual([
        'weights.need',
        'weights.quality',
        'weights.capacity',
        'weights.cost',
        'weights.travel',
        'quality.parts.lot',
        'quality.parts.ofsted',
        'quality.parts.kpis',
      ]);
    }
  });

  it('still accepts any weights up to a million, and subnormal ones', () => {
    expect(
      rankSchools(child, [school], { weights: { need: 1e6, quality: 1e6, capacity: 1e6, cost: 1e6, travel: 1e6 } })
        .ranked,
    ).toHaveLength(1);
    expect(
      rankSchools(child, [school], { weights: { need: 5e-324, quality: 0, capacity: 0, cost: 0, travel: 0 } }).ranked[0]
        .score,
    ).toBe(1);
  });

  it('rejects a fee, a capacity or vacancies far beyond any school, before the flow network sees them', () => {
    const absurd = [{ ...school, annualFee: M, capacity: 1e12, vacancies: 1e12 }];
    for (const [name, call] of withSchools(absurd)) {
      const paths = issuesOf(call).map((i) => i.path.replace(/^schools/, ''));
      expect(paths, name).toEqual(['[0].capacity', '[0].vacancies', '[0].annualFee']);
    }
  });

  it(
    'allocateCohort and allocateGreedy list the problems of all three inputs in one error, each path naming ' +
      'its input',
    () => {
      for (const allocate of [allocateCohort, allocateGreedy]) {
        const issues = issuesOf(() =>
          allocate([{ ...child, ncYear: 99 }], [{ ...school, vacancies: -1 }], { maxDistanceKm: -1 }),
        );
        expect(issues.map((i) => i.path)).toEqual([
          'children[0].ncYear',
          'schools[0].vacancies',
          'policy.maxDistanceKm',
        ]);
      }
    },
  );

  it('rejects a median response time so long that a consultation plan would end on day Infinity', () => {
    const slow = { ...school, kpis: { medianResponseDays: 1e308 } };
    const ranking = [
      { school: slow, rank: 1 },
      { school: { ...slow, urn: '800002' }, rank: 2 },
    ];
    expect(issuesOf(() => planConsultation(ranking)).map((i) => i.path)).toEqual([
      '[0].school.kpis.medianResponseDays',
      '[1].school.kpis.medianResponseDays',
    ]);
    expect(issuesOf(() => rankSchools(child, [slow])).map((i) => i.path)).toEqual([
      'schools[0].kpis.medianResponseDays',
    ]);
    const year = { ...school, kpis: { medianResponseDays: 366 } };
    const plan = planConsultation([
      { school: year, rank: 1 },
      { school: { ...year, urn: '800002' }, rank: 2 },
    ]);
    expect(plan.totalDays).toBe(732);
  });
});
