import { describe, expect, it } from 'vitest';
import { evaluateSchool } from '../../src/match/evaluate.js';
import { parsePolicy } from '../../src/schema/policy.js';
import { makeChild, makeSchool } from './support.js';

const policy = parsePolicy({});
const child = makeChild();

describe('evaluateSchool', () => {
  it('passes an ASD lot 1 school in Faversham for a Year 7 ASD child in Canterbury', () => {
    const e = evaluateSchool(child, makeSchool({ urn: '1' }), policy);
    expect(e.reasons).toEqual([]);
    expect(e.distanceKm).toBeCloseTo(13.644 * 1.3, 2);
    expect(e.travelMinutes).toBeCloseTo(30.41, 2);
    expect(e.annualCost).toBeCloseTo(50_000 + e.distanceKm * 1.6 * 2 * 190, 6);
  });

  it('excludes a school that lacks the child primary need', () => {
    expect(evaluateSchool(child, makeSchool({ urn: '1', needs: ['SEMH'] }), policy).reasons).toEqual(['need-not-met']);
  });

  it('excludes a school outside the child NC year', () => {
    expect(evaluateSchool(child, makeSchool({ urn: '1', ncYears: [0, 6] }), policy).reasons).toEqual(['age-range']);
  });

  it('excludes a girls school for a boy, and a single-sex school when the child sex is not recorded', () => {
    expect(evaluateSchool(makeChild({ sex: 'male' }), makeSchool({ urn: '1', sex: 'girls' }), policy).reasons).toEqual([
      'sex',
    ]);
    expect(
      evaluateSchool(makeChild({ sex: 'female' }), makeSchool({ urn: '1', sex: 'girls' }), policy).reasons,
    ).toEqual([]);
    expect(evaluateSchool(child, makeSchool({ urn: '1', sex: 'boys' }), policy).reasons).toEqual(['sex']);
  });

  it('looks at vacancies in the child NC year when given, and allows a waiting list when the policy does', () => {
    const full = makeSchool({ urn: '1', vacancies: 3, vacanciesByNcYear: { '7': 0, '8': 3 } });
    expect(evaluateSchool(child, full, policy).reasons).toEqual(['no-vacancy']);
    expect(evaluateSchool(makeChild({ ncYear: 8 }), full, policy).reasons).toEqual([]);
    expect(evaluateSchool(child, makeSchool({ urn: '1', vacancies: 0 }), policy).reasons).toEqual(['no-vacancy']);
    expect(evaluateSchool(child, full, parsePolicy({ allowWaitingList: true })).reasons).toEqual([]);
  });

  it('excludes a school beyond the child own max distance or the policy minutes for the phase', () => {
    expect(evaluateSchool(makeChild({ maxDistanceKm: 15 }), makeSchool({ urn: '1' }), policy).reasons).toEqual([
      'too-far',
    ]);
    expect(evaluateSchool(child, makeSchool({ urn: '1' }), parsePolicy({ maxDistanceKm: 15 })).reasons).toEqual([
      'too-far',
    ]);
    // A child's own limit overrides the policy's, both ways.
    expect(
      evaluateSchool(makeChild({ maxDistanceKm: 20 }), makeSchool({ urn: '1' }), parsePolicy({ maxDistanceKm: 15 }))
        .reasons,
    ).toEqual([]);
    // 17.7 road km is 30.4 minutes at 35 km/h: within 45 for primary, over a 30-minute secondary limit.
    const tight = parsePolicy({ maxTravelMinutes: { primary: 30, secondary: 30 } });
    expect(evaluateSchool(child, makeSchool({ urn: '1' }), tight).reasons).toEqual(['too-far']);
    expect(
      evaluateSchool(
        makeChild({ ncYear: 6 }),
        makeSchool({ urn: '1' }),
        parsePolicy({ maxTravelMinutes: { primary: 31, secondary: 30 } }),
      ).reasons,
    ).toEqual([]);
  });

  it('excludes a day school for a child who needs a residential place, and a lot the policy does not allow', () => {
    expect(evaluateSchool(makeChild({ residential: true }), makeSchool({ urn: '1' }), policy).reasons).toEqual([
      'residential',
    ]);
    expect(
      evaluateSchool(child, makeSchool({ urn: '1', lot: 'none' }), parsePolicy({ allowedLots: ['lot1', 'lot2'] }))
        .reasons,
    ).toEqual(['lot-not-allowed']);
  });

  it("rules out spot purchases, not the council's own schools, when the policy allows only the framework lots", () => {
    // lot 'none' on a state-funded setting means it is bought through no framework, not that it is a spot purchase.
    const frameworkOnly = parsePolicy({ allowedLots: ['lot1', 'lot2'] });
    for (const kind of ['maintained-special', 'srp', 'mainstream'] as const)
      expect(evaluateSchool(child, makeSchool({ urn: '1', kind, lot: 'none' }), frameworkOnly).reasons).toEqual([]);
    const lot1Only = parsePolicy({ allowedLots: ['lot1'] });
    expect(evaluateSchool(child, makeSchool({ urn: '1', kind: 'srp', lot: 'none' }), lot1Only).reasons).toEqual([]);
    expect(
      evaluateSchool(child, makeSchool({ urn: '1', kind: 'non-maintained', lot: 'none' }), frameworkOnly).reasons,
    ).toEqual(['lot-not-allowed']);
  });

  it('lists every filter a school fails, not only the first', () => {
    const school = makeSchool({
      urn: '1',
      needs: ['HI'],
      ncYears: [0, 4],
      sex: 'boys',
      vacancies: 0,
      location: { lat: 53, lon: -2 },
    });
    expect(evaluateSchool(makeChild({ sex: 'female', residential: true }), school, policy).reasons).toEqual([
      'need-not-met',
      'age-range',
      'sex',
      'no-vacancy',
      'too-far',
      'residential',
    ]);
  });

  it('scores each criterion on the documented absolute scale and sums the contributions to the score', () => {
    const school = makeSchool({
      urn: '1',
      location: child.home,
      annualFee: 45_000,
      vacancies: 3,
      capacity: 60,
      ofsted: 'outstanding',
    });
    const e = evaluateSchool(
      makeChild({ secondaryNeeds: ['SLCN', 'ASD'] }),
      makeSchool({ ...school, needs: ['ASD'] }),
      policy,
    );
    // Secondary SLCN not met (ASD repeated as secondary is not counted again): 0.5 + 0.5 × 0/1.
    expect(e.criteria.need).toBe(0.5);
    expect(e.criteria.quality).toBe(1); // lot 1 and outstanding
    expect(e.criteria.capacity).toBe(0.5); // 5% free against a comfortable 10%
    expect(e.criteria.cost).toBe(0.75); // £45,000 in the £30,000-£90,000 band, no transport at the door
    expect(e.criteria.travel).toBe(1);
    const c = e.contributions;
    expect(e.score).toBe(c.need + c.quality + c.capacity + c.cost + c.travel);
    expect(c.travel).toBeCloseTo(0.3 * 1, 12);
  });
});
