import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSULTATION_DEFAULTS, planConsultation } from '../../src/match/plan-consultation.js';
import type { School } from '../../src/schema/school.js';
import { isValidationError } from '../../src/schema/validation-error.js';
import { codesOf, issuesOf } from '../support/issues-of.js';

const school = (urn: string, extra: Partial<School> = {}): School => ({
  urn,
  name: `School ${urn}`,
  kind: 'independent',
  lot: 'lot1',
  needs: ['ASD'],
  ncYears: [7, 11],
  sex: 'mixed',
  residential: false,
  location: { lat: 51.3, lon: 1 },
  capacity: 50,
  vacancies: 2,
  annualFee: 50_000,
  ...extra,
});
const ranked = (...schools: School[]) => schools.map((s, i) => ({ school: s, rank: i + 1, score: 0.5 }));

describe('planConsultation', () => {
  it('consults state-funded settings first, then lot 1, lot 2 and spot purchases, in rank order within each', () => {
    const plan = planConsultation(
      ranked(
        school('1', { lot: 'none' }),
        school('2', { lot: 'lot2' }),
        school('3', { lot: 'lot1' }),
        school('4', { lot: 'none', kind: 'maintained-special' }),
        school('5', { lot: 'lot1' }),
      ),
    );
    expect(plan.rounds.map((r) => r.schools.map((s) => s.urn))).toEqual([['4'], ['3'], ['5'], ['2'], ['1']]);
  });

  it('takes a rankSchools result or its ranked list alike', () => {
    const list = ranked(school('1'), school('2'));
    expect(planConsultation({ ranked: list, excluded: [] })).toEqual(planConsultation(list));
  });

  it('uses the KPI acceptance rate, else the lot default, and lets the option override', () => {
    const list = ranked(school('1', { kpis: { acceptanceRate: 0.9 } }), school('2', { lot: 'lot2' }));
    const plan = planConsultation(list);
    expect(plan.rounds.map((r) => [r.schools[0].acceptance, r.schools[0].acceptanceSource])).toEqual([
      [0.9, 'kpi'],
      [CONSULTATION_DEFAULTS.acceptanceByLot.lot2, 'lot-default'],
    ]);
    const byLot = planConsultation(list, { acceptance: { lot2: 0.2 } });
    expect(byLot.rounds.map((r) => r.schools[0].acceptance)).toEqual([0.9, 0.2]);
    const flat = planConsultation(list, { acceptance: 0.1 });
    expect(flat.rounds.map((r) => r.schools[0].acceptance)).toEqual([0.1, 0.1]);
  });

  it("takes the response days and the acceptance by lot from the policy's consultation settings", () => {
    const list = ranked(school('1'), school('2', { lot: 'lot2' }), school('3', { lot: 'none' }));
    const policy = { consultation: { responseDays: 5, acceptanceByLot: { lot1: 0.99, lot2: 0.99, none: 0.99 } } };
    const plan = planConsultation(list, { policy });
    expect(plan.rounds.map((r) => [r.endDay, r.schools[0].acceptance, r.schools[0].acceptanceSource])).toEqual([
      [5, 0.99, 'policy'],
      [10, 0.99, 'policy'],
      [15, 0.99, 'policy'],
    ]);
    expect(plan.noOfferProbability).toBeCloseTo(0.01 ** 3, 15);
    expect(plan).not.toEqual(planConsultation(list));
    expect(planConsultation(list, { policy: {} })).toEqual(planConsultation(list));
  });

  it('fills a partial policy from the defaults, and lets the options and KPIs win over it', () => {
    const list = ranked(school('1'), school('2', { lot: 'lot2' }), school('3', { kpis: { acceptanceRate: 0.7 } }));
    const policy = { weights: { travel: 1 }, consultation: { acceptanceByLot: { lot2: 0.1 } } };
    const partial = planConsultation(list, { policy });
    // Only the lot the policy sets says "policy"; the others are the defaults.
    expect(partial.rounds.map((r) => r.schools[0].acceptanceSource)).toEqual(['lot-default', 'kpi', 'policy']);
    expect(partial.rounds.map((r) => [r.endDay - r.startDay, r.schools[0].acceptance])).toEqual([
      [CONSULTATION_DEFAULTS.responseDays, CONSULTATION_DEFAULTS.acceptanceByLot.lot1],
      [CONSULTATION_DEFAULTS.responseDays, 0.7],
      [CONSULTATION_DEFAULTS.responseDays, 0.1],
    ]);
    const overridden = planConsultation(list, {
      responseDays: 9,
      acceptance: { lot2: 0.3 },
      policy: { consultation: { responseDays: 5, acceptanceByLot: { lot2: 0.1 } } },
    });
    expect(overridden.rounds.map((r) => [r.schools[0].responseDays, r.schools[0].acceptanceSource])).toEqual([
      [9, 'lot-default'],
      [9, 'kpi'],
      [9, 'option'],
    ]);
    expect(overridden.rounds[2].schools[0].acceptance).toBe(0.3);
  });

  it("rejects a bad policy with each problem's path under policy", () => {
    const policy = { consultation: { responseDays: 0, acceptanceByLot: { lot1: 2, lot3: 0.5 } }, maxDistanceKm: -1 };
    expect(codesOf(() => planConsultation(ranked(school('1')), { policy }))).toEqual([
      'policy.maxDistanceKm: too_small',
      'policy.consultation.responseDays: too_small',
      'policy.consultation.acceptanceByLot.lot1: too_big',
      'policy.consultation.acceptanceByLot.lot3: unrecognized_keys',
    ]);
    expect(issuesOf(() => planConsultation([], { polcy: {} } as never))).toEqual([
      { path: 'polcy', message: 'unknown option "polcy"; did you mean "policy"?' },
    ]);
  });

  it('rejects a school listed twice, which would count its chance of an offer twice', () => {
    const twice = [
      { school: school('1'), rank: 1 },
      { school: school('2'), rank: 2 },
      { school: school('1'), rank: 1 },
    ];
    expect(issuesOf(() => planConsultation(twice))).toEqual([
      { path: '[2].school.urn', message: 'duplicate URN 1 (first at [0])' },
    ]);
    expect(codesOf(() => planConsultation({ ranked: twice, excluded: [] }))).toEqual([
      'ranked[2].school.urn: duplicate',
    ]);
  });

  it("names each entry's problem at its path, and a ranking of the wrong shape as a whole", () => {
    expect(codesOf(() => planConsultation([{ school: school('1') }, { school: school('2'), rank: 0 }]))).toEqual([
      '[0].rank: required',
      '[1].rank: too_small',
    ]);
    expect(
      issuesOf(() => planConsultation({ ranked: [{ school: { ...school('1'), lot: 'lot3' }, rank: 1 }] })),
    ).toMatchObject([{ path: 'ranked[0].school.lot' }]);
    for (const wrong of [undefined, null, 5, 'ranked', {}, { rankd: [] }]) {
      expect(
        issuesOf(() => planConsultation(wrong)),
        JSON.stringify(wrong),
      ).toEqual([{ path: '(root)', message: 'ranking must be a rankSchools result or its ranked list' }]);
    }
    expect(codesOf(() => planConsultation(undefined))).toEqual(['(root): required']);
    expect(codesOf(() => planConsultation(5))).toEqual(['(root): invalid_type']);
  });

  it('computes the chance of no offer and the expected wait for one school at a time', () => {
    const plan = planConsultation(ranked(school('1'), school('2'), school('3')), { acceptance: 0.5 });
    expect(plan.rounds.map((r) => [r.startDay, r.endDay, r.noOfferProbability])).toEqual([
      [0, 15, 0.5],
      [15, 30, 0.25],
      [30, 45, 0.125],
    ]);
    // E[first offer | offer] = (0.5 × 15 + 0.25 × 30 + 0.125 × 45) / 0.875
    expect(plan.expectedDaysToFirstOffer).toBeCloseTo((7.5 + 7.5 + 5.625) / 0.875, 12);
    expect(plan.noOfferProbability).toBe(0.125);
    expect(plan.totalDays).toBe(45);
  });

  it('consulting three at a time shortens the wait for the same schools', () => {
    const list = ranked(...['1', '2', '3', '4', '5', '6'].map((u) => school(u)));
    const one = planConsultation(list, { parallel: 1 });
    const three = planConsultation(list, { parallel: 3 });
    expect(three.rounds).toHaveLength(2);
    expect(three.noOfferProbability).toBeCloseTo(one.noOfferProbability, 12);
    expect(three.expectedDaysToFirstOffer!).toBeLessThan(one.expectedDaysToFirstOffer!);
  });

  it("uses a school's median response days, and a round lasts until its slowest school answers", () => {
    const plan = planConsultation(
      ranked(school('1', { kpis: { medianResponseDays: 5 } }), school('2', { kpis: { medianResponseDays: 12 } })),
      {
        parallel: 2,
        acceptance: 1,
      },
    );
    expect(plan.rounds[0].endDay).toBe(12);
    expect(plan.expectedDaysToFirstOffer).toBe(5);
  });

  it('never outputs NaN: an empty ranking or a zero acceptance gives null expectations', () => {
    expect(planConsultation([])).toEqual({
      rounds: [],
      expectedDaysToFirstOffer: null,
      noOfferProbability: 1,
      totalDays: 0,
    });
    const none = planConsultation(ranked(school('1')), { acceptance: 0 });
    expect(none.expectedDaysToFirstOffer).toBeNull();
    expect(none.rounds[0].expectedDaysIfOffer).toBeNull();
  });

  it('keeps probabilities in [0, 1], non-increasing chance of no offer, and an expected day inside the plan', () => {
    const schoolArb = fc.record({
      lot: fc.constantFrom('lot1' as const, 'lot2' as const, 'none' as const),
      rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      days: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(schoolArb, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (specs, parallel) => {
        const list = ranked(
          ...specs.map((s, i) =>
            school(String(100 + i), { lot: s.lot, kpis: { acceptanceRate: s.rate, medianResponseDays: s.days } }),
          ),
        );
        const plan = planConsultation(list, { parallel });
        let previous = 1;
        for (const r of plan.rounds) {
          expect(r.noOfferProbability).toBeGreaterThanOrEqual(0);
          expect(r.noOfferProbability).toBeLessThanOrEqual(previous);
          expect(r.offerProbability + r.noOfferProbability).toBeCloseTo(1, 12);
          previous = r.noOfferProbability;
          if (r.expectedDaysIfOffer !== null) {
            expect(r.expectedDaysIfOffer).toBeGreaterThanOrEqual(0);
            expect(r.expectedDaysIfOffer).toBeLessThanOrEqual(r.endDay * (1 + 1e-9));
          }
        }
        expect(JSON.stringify(plan)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('rejects bad options and rankings, listing every problem', () => {
    try {
      planConsultation(ranked(school('1')), { parallel: 0, responseDays: -1, acceptance: 2 });
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      expect((e as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
        'parallel',
        'responseDays',
        'acceptance',
      ]);
    }
    expect(() => planConsultation([{ school: { urn: '1' }, rank: 1 }])).toThrow(/ranking/);
  });
});
