import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSchool } from '../../src/match/evaluate.js';
import { rankSchools } from '../../src/match/rank.js';
import { parsePolicy } from '../../src/schema/policy.js';
import { issuesOf } from '../support/issues-of.js';
import { childArb, makeChild, makeSchool, policyArb, schoolsArb } from './support.js';

const child = makeChild();
const faversham = { lat: 51.3156, lon: 0.891 };
const herneBay = { lat: 51.3705, lon: 1.1272 };
const ashford = { lat: 51.1465, lon: 0.875 };
const urns = (r: { ranked: { school: { urn: string } }[] }) => r.ranked.map((x) => x.school.urn);

describe('rankSchools: hand-made cases', () => {
  it("marks the parents' named school, ranked or excluded, and changes no score or order", () => {
    const schools = [
      makeSchool({ urn: '110001', location: herneBay }),
      makeSchool({ urn: '110002', location: faversham }),
      makeSchool({ urn: '110003', needs: ['SEMH'], vacancies: 0 }),
    ];
    const plain = rankSchools(child, schools);
    const namedRanked = rankSchools({ ...child, namedSchoolUrn: '110002' }, schools);
    expect(namedRanked.ranked.map((r) => [r.school.urn, r.named])).toEqual([
      ['110001', undefined],
      ['110002', true],
    ]);
    expect(namedRanked.ranked.map(({ named, ...rest }) => rest)).toEqual(plain.ranked);
    expect(namedRanked.excluded).toEqual(plain.excluded);
    const namedExcluded = rankSchools({ ...child, namedSchoolUrn: '110003' }, schools);
    expect(namedExcluded.excluded).toEqual([
      { school: schools[2], reasons: ['need-not-met', 'no-vacancy'], named: true },
    ]);
    expect(namedExcluded.ranked).toEqual(plain.ranked);
    expect(JSON.stringify(plain)).not.toContain('named');
  });

  it('puts the nearer, cheaper, better school first and explains every exclusion', () => {
    const schools = [
      makeSchool({ urn: '100001', location: ashford, annualFee: 70_000, ofsted: 'requires-improvement' }),
      makeSchool({ urn: '100002', location: herneBay, annualFee: 45_000, ofsted: 'outstanding' }),
      makeSchool({ urn: '100003', location: faversham, needs: ['SEMH'] }),
      makeSchool({ urn: '100004', location: faversham, ncYears: [0, 6], vacancies: 0 }),
    ];
    const { ranked, excluded } = rankSchools(child, schools);
    expect(ranked.map((r) => [r.school.urn, r.rank])).toEqual([
      ['100002', 1],
      ['100001', 2],
    ]);
    expect(excluded.map((e) => [e.school.urn, e.reasons])).toEqual([
      ['100003', ['need-not-met']],
      ['100004', ['age-range', 'no-vacancy']],
    ]);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });

  it('breaks a tie in score by distance, then by URN', () => {
    const schools = [
      makeSchool({ urn: '200003', location: faversham }),
      makeSchool({ urn: '200001', location: faversham }),
      makeSchool({ urn: '200002', location: { lat: 51.3156, lon: 0.8911 } }), // a few metres nearer Canterbury
    ];
    const policy = { weights: { need: 1, quality: 0, capacity: 0, cost: 0, travel: 0 } }; // every score 1
    const { ranked } = rankSchools(child, schools, policy);
    expect(ranked.map((r) => r.score)).toEqual([1, 1, 1]);
    expect(urns({ ranked })).toEqual(['200002', '200001', '200003']);
  });

  it('ranks an off-framework school only when no framework or state school passes, and says why it is left out', () => {
    const spot = makeSchool({
      urn: '300001',
      lot: 'none',
      location: faversham,
      annualFee: 20_000,
      ofsted: 'outstanding',
    });
    const lot2 = makeSchool({ urn: '300002', lot: 'lot2', location: ashford, annualFee: 80_000 });
    expect(urns(rankSchools(child, [spot, lot2]))).toEqual(['300002']);
    expect(rankSchools(child, [spot, lot2]).excluded).toEqual([{ school: spot, reasons: ['framework-first'] }]);
    expect(urns(rankSchools(child, [spot, { ...lot2, vacancies: 0 }]))).toEqual(['300001']);
    expect(urns(rankSchools(child, [spot, lot2], { frameworkFirst: false }))).toEqual(['300001', '300002']);
    const state = makeSchool({ urn: '300003', kind: 'maintained-special', lot: 'none', location: ashford });
    expect(urns(rankSchools(child, [spot, state]))).toEqual(['300003']);
  });

  it('orders lot 1, lot 2, then nearest under framework-first-nearest', () => {
    const schools = [
      makeSchool({ urn: '400001', lot: 'lot2', location: faversham }),
      makeSchool({ urn: '400002', lot: 'lot1', location: ashford }),
      makeSchool({ urn: '400003', lot: 'lot1', location: herneBay }),
    ];
    expect(urns(rankSchools(child, schools, { strategy: 'framework-first-nearest' }))).toEqual([
      '400003',
      '400002',
      '400001',
    ]);
  });

  it('reports TOPSIS closeness and orders by it, while score still sums the contributions', () => {
    const schools = [
      makeSchool({ urn: '500001', location: ashford, annualFee: 30_000 }),
      makeSchool({ urn: '500002', location: herneBay, annualFee: 90_000 }),
    ];
    const { ranked } = rankSchools(child, schools, { strategy: 'topsis' });
    expect(ranked.every((r) => r.closeness !== undefined && r.closeness >= 0 && r.closeness <= 1)).toBe(true);
    expect(ranked[0].closeness).toBeGreaterThanOrEqual(ranked[1].closeness as number);
    expect('closeness' in rankSchools(child, schools).ranked[0]).toBe(false);
  });

  it(
    'lists every problem in the child, the schools and the policy in one ValidationError, naming no child ' +
      'field values',
    () => {
      const issues = issuesOf(() =>
        rankSchools(
          { id: 'C9', primaryNeed: 'XYZ', ncYear: 7, home: { lat: 99, lon: 0 } },
          [makeSchool({ urn: '1', vacancies: 99 })],
          {
            weights: { cost: -1 },
          },
        ),
      );
      expect(issues.map((i) => i.path)).toEqual([
        'child.primaryNeed',
        'child.home.lat',
        'schools[0].vacancies',
        'policy.weights.cost',
      ]);
      expect(JSON.stringify(issues)).not.toContain('XYZ');
    },
  );
});

const settings = { numRuns: 100 };

describe('rankSchools: properties', () => {
  it('ranks only schools that pass every filter, and ranked + excluded = the input, each school once', () => {
    fc.assert(
      fc.property(childArb, schoolsArb(25), policyArb, (c, schools, p) => {
        const { ranked, excluded } = rankSchools(c, schools, p);
        const policy = parsePolicy(p);
        for (const r of ranked) expect(evaluateSchool(c, r.school, policy).reasons).toEqual([]);
        for (const e of excluded) expect(e.reasons.length).toBeGreaterThan(0);
        const all = [...ranked.map((r) => r.school.urn), ...excluded.map((e) => e.school.urn)].sort();
        expect(all).toEqual(schools.map((s) => s.urn).sort());
        expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
      }),
      settings,
    );
  });

  it('makes the contributions add up to the score exactly, with no NaN or Infinity', () => {
    fc.assert(
      fc.property(childArb, schoolsArb(25), policyArb, (c, schools, p) => {
        for (const r of rankSchools(c, schools, p).ranked) {
          const k = r.contributions;
          expect(r.score).toBe(k.need + k.quality + k.capacity + k.cost + k.travel);
          for (const x of [r.score, r.distanceKm, r.travelMinutes, r.annualCost, ...Object.values(k)])
            expect(Number.isFinite(x)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      settings,
    );
  });

  it(
    'keeps the order of the others when any school is removed (no rank reversal with weighted-sum and ' +
      'framework-first-nearest)',
    () => {
      fc.assert(
        fc.property(childArb, schoolsArb(20), policyArb, fc.nat(), (c, schools, p, pick) => {
          const policy = { ...p, strategy: p.strategy === 'topsis' ? ('weighted-sum' as const) : p.strategy };
          const before = urns(rankSchools(c, schools, policy));
          if (schools.length === 0) return;
          const gone = schools[pick % schools.length].urn;
          const after = urns(
            rankSchools(
              c,
              schools.filter((s) => s.urn !== gone),
              policy,
            ),
          ).filter((u) => before.includes(u));
          expect(after).toEqual(before.filter((u) => u !== gone));
        }),
        settings,
      );
    },
  );

  it('never lowers a school score, nor adds a filter it fails, when its fee or distance goes down', () => {
    fc.assert(
      fc.property(
        childArb,
        schoolsArb(3).filter((s) => s.length > 0),
        policyArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (c, [school], p, f) => {
          const policy = parsePolicy(p);
          const base = evaluateSchool(c, school, policy);
          const cheaper = evaluateSchool(c, { ...school, annualFee: Math.floor(school.annualFee * f) }, policy);
          const loc = school.location;
          const nearer = evaluateSchool(
            c,
            {
              ...school,
              location: { lat: c.home.lat + f * (loc.lat - c.home.lat), lon: c.home.lon + f * (loc.lon - c.home.lon) },
            },
            policy,
          );
          for (const e of [cheaper, nearer]) {
            expect(e.score).toBeGreaterThanOrEqual(base.score);
            expect(e.reasons.every((r) => base.reasons.includes(r))).toBe(true);
          }
        },
      ),
      settings,
    );
  });

  it('gives byte-identical output for identical input', () => {
    fc.assert(
      fc.property(childArb, schoolsArb(15), policyArb, (c, schools, p) => {
        const once = JSON.stringify(rankSchools(c, schools, p));
        expect(JSON.stringify(rankSchools(structuredClone(c), structuredClone(schools), structuredClone(p)))).toBe(
          once,
        );
      }),
      { numRuns: 50 },
    );
  });
});
