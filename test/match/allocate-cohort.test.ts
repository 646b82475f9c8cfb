import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocateCohort } from '../../src/match/allocate-cohort.js';
import { allocateGreedy } from '../../src/match/allocate-greedy.js';
import { buildCohortInstance } from '../../src/match/allocate-instance.js';
import { evaluateSchool } from '../../src/match/evaluate.js';
import { rankSchools } from '../../src/match/rank.js';
import type { Child } from '../../src/schema/child.js';
import { parsePolicy } from '../../src/schema/policy.js';
import type { School } from '../../src/schema/school.js';
import { isValidationError } from '../../src/schema/validation-error.js';
import { loadHighs, lpOptimum } from './lp-optimum.js';

beforeAll(loadHighs);

const school = (urn: string, lat: number, lon: number, vacancies: number, extra: Partial<School> = {}): School => ({
  urn,
  name: `School ${urn}`,
  kind: 'independent',
  lot: 'lot1',
  needs: ['ASD', 'SEMH'],
  ncYears: [0, 14],
  sex: 'mixed',
  residential: false,
  location: { lat, lon },
  capacity: 50,
  vacancies,
  annualFee: 50_000,
  ...extra,
});
const child = (id: string, lat: number, lon: number, extra: Partial<Child> = {}): Child => ({
  id,
  primaryNeed: 'ASD',
  ncYear: 7,
  home: { lat, lon },
  ...extra,
});

// Record-level instances in a 40 km square around Maidstone: needs, NC years and places vary, so
// some children have no eligible school and some schools are full or limited by year.
const recordsArb = fc
  .record({
    schools: fc.array(
      fc.record({
        lat: fc.double({ min: 51.1, max: 51.4, noNaN: true }),
        lon: fc.double({ min: 0.3, max: 0.8, noNaN: true }),
        vacancies: fc.integer({ min: 0, max: 3 }),
        needs: fc.subarray(['ASD', 'SEMH', 'SLCN'] as const, { minLength: 1 }),
        lot: fc.constantFrom('lot1' as const, 'lot2' as const, 'none' as const),
        year7: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    children: fc.array(
      fc.record({
        lat: fc.double({ min: 51.1, max: 51.4, noNaN: true }),
        lon: fc.double({ min: 0.3, max: 0.8, noNaN: true }),
        need: fc.constantFrom('ASD' as const, 'SEMH' as const, 'SLCN' as const, 'PD' as const),
        ncYear: fc.constantFrom(7, 8),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ schools, children }) => ({
    schools: schools.map((s, i) =>
      school(String(900000 + i), s.lat, s.lon, s.vacancies, {
        needs: [...s.needs],
        lot: s.lot,
        vacanciesByNcYear: s.year7 === undefined ? undefined : { '7': Math.min(s.year7, s.vacancies) },
      }),
    ),
    children: children.map((c, i) => child(`C${i}`, c.lat, c.lon, { primaryNeed: c.need, ncYear: c.ncYear })),
  }));

describe('buildCohortInstance', () => {
  it('keeps exactly the pairs that pass every filter but no-vacancy, despite the distance pruning', () => {
    const policy = parsePolicy({});
    const spread = fc.record({
      lat: fc.double({ min: 50.5, max: 52, noNaN: true }),
      lon: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
      maxKm: fc.option(fc.double({ min: 1, max: 120, noNaN: true }), { nil: undefined }),
      year: fc.integer({ min: 0, max: 14 }),
    });
    fc.assert(
      fc.property(fc.array(spread, { maxLength: 12 }), fc.array(spread, { minLength: 1, maxLength: 12 }), (cs, ss) => {
        const children = cs.map((c, i) => child(`C${i}`, c.lat, c.lon, { ncYear: c.year, maxDistanceKm: c.maxKm }));
        const schools = ss.map((s, i) =>
          school(String(900000 + i), s.lat, s.lon, i % 3, { ncYears: [Math.min(s.year, 7), Math.max(s.year, 7)] }),
        );
        const instance = buildCohortInstance(children, schools, policy);
        const expected: string[] = [];
        children.forEach((c, ci) =>
          schools.forEach((s, si) => {
            if (evaluateSchool(c, s, policy).reasons.every((r) => r === 'no-vacancy')) expected.push(`${ci}:${si}`);
          }),
        );
        expect(Array.from(instance.pairChild, (c, p) => `${c}:${instance.pairSchool[p]}`)).toEqual(expected);
      }),
      { numRuns: 100, seed: 5 },
    );
  });
});

describe('allocateCohort', () => {
  it('equals the LP optimum level by level (placed, on the framework, score) on generated schools and children', () => {
    fc.assert(
      fc.property(recordsArb, fc.boolean(), ({ schools, children }, frameworkFirst) => {
        const result = allocateCohort(children, schools, { frameworkFirst });
        const lp = lpOptimum(buildCohortInstance(children, schools, parsePolicy({ frameworkFirst })));
        expect(result.totals.placed).toBe(lp.placed);
        if (frameworkFirst) expect(result.totals.placed - result.totals.placedOffFramework).toBe(lp.framework);
        expect(Math.abs(result.totals.totalScore - lp.totalScore)).toBeLessThan(1e-6);
        expect(result.assignments.length + result.unassigned.length).toBe(children.length);
        expect(Number.isFinite(result.totals.meanDistanceKm)).toBe(true);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('beats greedy level by level: never fewer placed, then fewer on the framework, then less score', () => {
    fc.assert(
      fc.property(recordsArb, ({ schools, children }) => {
        const best = allocateCohort(children, schools).totals;
        const greedy = allocateGreedy(children, schools).totals;
        expect(best.placed).toBeGreaterThanOrEqual(greedy.placed);
        if (best.placed > greedy.placed) return;
        expect(best.placedOffFramework).toBeLessThanOrEqual(greedy.placedOffFramework);
        if (best.placedOffFramework === greedy.placedOffFramework)
          expect(best.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it('says why each child placed off the framework is there: the framework schools able to take them are full', () => {
    fc.assert(
      fc.property(recordsArb, ({ schools, children }) => {
        const result = allocateCohort(children, schools);
        const taken = new Map<string, number>();
        for (const a of result.assignments) taken.set(a.urn, (taken.get(a.urn) ?? 0) + 1);
        for (const a of result.assignments) {
          const placedAt = schools.find((s) => s.urn === a.urn)!;
          expect(a.offFramework !== undefined, a.childId).toBe(placedAt.lot === 'none');
          if (a.offFramework === undefined) continue;
          const child = children.find((c) => c.id === a.childId)!;
          // Every framework school rank would list for the child if it had room is named, and full.
          const couldTake = rankSchools(child, schools, { allowWaitingList: true, frameworkFirst: false })
            .ranked.filter((r) => r.school.lot !== 'none')
            .map((r) => r.school.urn);
          expect(a.offFramework.fullSchools.map((s) => s.urn).sort()).toEqual([...couldTake].sort());
          expect(a.offFramework.reason).toBe(couldTake.length > 0 ? 'framework-schools-full' : 'no-framework-school');
          for (const urn of couldTake) {
            const s = schools.find((x) => x.urn === urn)!;
            const year7 = s.vacanciesByNcYear?.['7'];
            const fullInYear =
              child.ncYear === 7 &&
              year7 !== undefined &&
              result.assignments.filter((b) => b.urn === urn && children.find((c) => c.id === b.childId)!.ncYear === 7)
                .length >= year7;
            expect((taken.get(urn) ?? 0) >= s.vacancies || fullInYear, urn).toBe(true);
          }
        }
      }),
      { numRuns: 100, seed: 14 },
    );
  });

  it('gives the nearer child the one place where greedy serves the first', () => {
    const schools = [school('900001', 51.28, 1.08, 1)];
    const children = [child('C2', 51.5, 1.08), child('C1', 51.28, 1.09)];
    expect(allocateCohort(children, schools).assignments.map((a) => a.childId)).toEqual(['C1']);
    expect(allocateGreedy(children, schools).assignments.map((a) => a.childId)).toEqual(['C2']);
  });

  it('moves a child to their second choice so that one more child is placed', () => {
    // A can go to X or Y; B only to X; X and Y have one place each. Greedy sends A to X (nearer)
    // and leaves B out; the exact allocation places both.
    const schools = [school('X', 51.28, 1.08, 1), school('Y', 51.38, 1.08, 1)];
    const children = [child('A', 51.3, 1.08), child('B', 51.25, 1.08, { maxDistanceKm: 8 })];
    const best = allocateCohort(children, schools);
    expect(best.assignments.map((a) => [a.childId, a.urn])).toEqual([
      ['A', 'Y'],
      ['B', 'X'],
    ]);
    expect(allocateGreedy(children, schools).totals.placed).toBe(1);
  });

  it('names why each child is unplaced', () => {
    const schools = [school('900001', 51.28, 1.08, 0), school('900002', 51.28, 1.08, 1, { needs: ['SLCN'] })];
    const result = allocateCohort([child('A', 51.28, 1.08), child('B', 51.28, 1.08, { primaryNeed: 'PD' })], schools);
    expect(result.unassigned).toEqual([
      { childId: 'A', reason: 'eligible-schools-full' },
      { childId: 'B', reason: 'no-eligible-school' },
    ]);
    expect(result.totals).toEqual({
      placed: 0,
      totalScore: 0,
      totalAnnualCost: 0,
      meanDistanceKm: 0,
      placedOffFramework: 0,
    });
  });

  it('respects places by NC year: a school with room overall but none in Year 7 takes no Year 7 child', () => {
    const schools = [school('900001', 51.28, 1.08, 3, { vacanciesByNcYear: { '7': 1 } })];
    const children = [child('A', 51.28, 1.08), child('B', 51.28, 1.08), child('C', 51.28, 1.08, { ncYear: 8 })];
    const result = allocateCohort(children, schools);
    expect(result.assignments.map((a) => a.childId)).toEqual(['A', 'C']);
    expect(result.unassigned).toEqual([{ childId: 'B', reason: 'eligible-schools-full' }]);
  });

  it('reads an NC-year key written as 07 as Year 7, as rankSchools does', () => {
    const schools = [school('900001', 51.28, 1.08, 3, { vacanciesByNcYear: { '07': 0 } })];
    const a = child('A', 51.28, 1.08);
    expect(rankSchools(a, schools).excluded.map((e) => e.reasons)).toEqual([['no-vacancy']]);
    expect(allocateCohort([a], schools).unassigned).toEqual([{ childId: 'A', reason: 'eligible-schools-full' }]);
    expect(allocateGreedy([a], schools).unassigned).toEqual([{ childId: 'A', reason: 'eligible-schools-full' }]);
  });

  it('places a child off the framework only when the framework school is full, naming it', () => {
    const schools = [
      school('900001', 51.28, 1.08, 1, { name: 'Oak School' }),
      school('900002', 51.28, 1.09, 1, { lot: 'none' }),
    ];
    const result = allocateCohort([child('A', 51.28, 1.08), child('B', 51.28, 1.08)], schools);
    expect(result.totals.placed).toBe(2);
    // A and B tie (same home): which one goes off the framework is fixed, but either would do.
    expect(result.assignments.map((a) => [a.urn, a.offFramework]).sort()).toEqual([
      ['900001', undefined],
      ['900002', { reason: 'framework-schools-full', fullSchools: [{ urn: '900001', name: 'Oak School' }] }],
    ]);
  });

  it('prefers a framework place to a better-scoring spot purchase, unless the policy turns framework-first off', () => {
    // The off-framework school is nearer and cheaper, so it scores higher.
    const schools = [
      school('900001', 51.45, 1.08, 1, { annualFee: 80_000 }),
      school('900002', 51.28, 1.08, 1, { lot: 'none', annualFee: 30_000 }),
    ];
    const one = [child('A', 51.28, 1.08)];
    expect(allocateCohort(one, schools).assignments.map((a) => a.urn)).toEqual(['900001']);
    const off = allocateCohort(one, schools, { frameworkFirst: false });
    expect(off.assignments.map((a) => [a.urn, a.offFramework])).toEqual([['900002', undefined]]);
    expect(off.totals.placedOffFramework).toBe(1);
  });

  it('greedy: takes a framework school with room before a better-scoring spot purchase, as rank lists them', () => {
    // The off-framework school is nearer and cheaper, so it scores higher; the framework school has a place.
    const schools = [
      school('900001', 51.45, 1.08, 1, { annualFee: 80_000 }),
      school('900002', 51.28, 1.08, 1, { lot: 'none', annualFee: 30_000 }),
    ];
    const one = [child('A', 51.28, 1.08)];
    expect(allocateGreedy(one, schools).assignments.map((a) => [a.urn, a.offFramework])).toEqual([
      ['900001', undefined],
    ]);
    expect(allocateGreedy(one, schools, { frameworkFirst: false }).assignments.map((a) => a.urn)).toEqual(['900002']);
  });

  it('greedy: a state-funded school counts as on the framework, and a child goes off it only when it is full', () => {
    const schools = [
      school('900001', 51.4, 1.08, 1, { kind: 'srp', lot: 'none', name: 'Elm SRP' }),
      school('900002', 51.28, 1.08, 1, { lot: 'none' }),
    ];
    const result = allocateGreedy([child('A', 51.28, 1.08), child('B', 51.28, 1.08)], schools);
    expect(result.assignments.map((a) => [a.childId, a.urn, a.offFramework])).toEqual([
      ['A', '900001', undefined],
      ['B', '900002', { reason: 'framework-schools-full', fullSchools: [{ urn: '900001', name: 'Elm SRP' }] }],
    ]);
  });

  it('greedy: off the framework only when every passing framework school was full at the turn, as named', () => {
    fc.assert(
      fc.property(recordsArb, ({ schools, children }) => {
        const result = allocateGreedy(children, schools);
        // Children are served in input order, and assignments come in input order: replay the places taken.
        const taken = new Map<string, number>();
        const takenYear7 = new Map<string, number>();
        const fullAtTurn = (urn: string, ncYear: number) => {
          const s = schools.find((x) => x.urn === urn)!;
          const year7 = s.vacanciesByNcYear?.['7'];
          return (
            (taken.get(urn) ?? 0) >= s.vacancies ||
            (ncYear === 7 && year7 !== undefined && (takenYear7.get(urn) ?? 0) >= year7)
          );
        };
        for (const a of result.assignments) {
          const c = children.find((x) => x.id === a.childId)!;
          const placedAt = schools.find((s) => s.urn === a.urn)!;
          expect(a.offFramework !== undefined, a.childId).toBe(placedAt.lot === 'none');
          if (a.offFramework !== undefined) {
            const couldTake = rankSchools(c, schools, { allowWaitingList: true, frameworkFirst: false })
              .ranked.filter((r) => r.school.lot !== 'none')
              .map((r) => r.school.urn);
            for (const urn of couldTake) expect(fullAtTurn(urn, c.ncYear), urn).toBe(true);
            expect(a.offFramework.fullSchools.map((s) => s.urn).sort()).toEqual([...couldTake].sort());
            expect(a.offFramework.reason).toBe(couldTake.length > 0 ? 'framework-schools-full' : 'no-framework-school');
          }
          taken.set(a.urn, (taken.get(a.urn) ?? 0) + 1);
          if (c.ncYear === 7) takenYear7.set(a.urn, (takenYear7.get(a.urn) ?? 0) + 1);
        }
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('is identical byte for byte on a second run', () => {
    fc.assert(
      fc.property(recordsArb, ({ schools, children }) => {
        expect(JSON.stringify(allocateCohort(children, schools))).toBe(
          JSON.stringify(allocateCohort(children, schools)),
        );
      }),
      { numRuns: 30, seed: 13 },
    );
  });

  it('rejects bad input listing every problem and naming children by id only', () => {
    const bad = [child('C1', 51.28, 1.08), { ...child('C1', 51.28, 1.08), ncYear: 99 }];
    try {
      allocateCohort(bad, [school('900001', 51.28, 1.08, 1)]);
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      const { issues, message } = e as { issues: { path: string }[]; message: string };
      expect(issues.map((i) => i.path)).toEqual(['children[1].ncYear', 'children[1].id']);
      expect(message).not.toMatch(/51\.28/);
    }
    expect(() => allocateGreedy([], [], { maxDistanceKm: -1 })).toThrow(/maxDistanceKm/);
  });
});
