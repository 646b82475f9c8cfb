import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocateCohort } from '../../src/match/allocate-cohort.js';
import { allocateGreedy } from '../../src/match/allocate-greedy.js';
import { buildCohortInstance, type AllocationInstance } from '../../src/match/allocate-instance.js';
import { allocationLp } from '../../src/match/allocate-lp.js';
import { optimalAssignment } from '../../src/match/allocate-optimal.js';
import { evaluateSchool } from '../../src/match/evaluate.js';
import type { Child } from '../../src/schema/child.js';
import { parsePolicy } from '../../src/schema/policy.js';
import type { School } from '../../src/schema/school.js';
import { isValidationError } from '../../src/schema/validation-error.js';

type Highs = { solve(lp: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number } };
let highs: Highs;
beforeAll(async () => {
  highs = (await (await import('highs')).default()) as unknown as Highs;
});

/** The lexicographic LP optimum: most placed, then the greatest total score. */
function lpOptimum(instance: AllocationInstance): { placed: number; totalScore: number } {
  const first = highs.solve(allocationLp(instance, { phase: 'placed' }), { output_flag: false });
  expect(first.Status).toBe('Optimal');
  const placed = Math.round(first.ObjectiveValue);
  const second = highs.solve(allocationLp(instance, { phase: 'score', placed }), { output_flag: false });
  expect(second.Status).toBe('Optimal');
  return { placed, totalScore: second.ObjectiveValue };
}

/** Checks an assignment respects the instance and returns its placed count and total score. */
function evaluate(instance: AllocationInstance, assigned: Int32Array): { placed: number; totalScore: number } {
  const used = new Int32Array(instance.vacancies.length);
  const usedLimit = new Int32Array(instance.limits.length);
  let placed = 0;
  let totalScore = 0;
  for (let c = 0; c < instance.childCount; c++) {
    if (assigned[c] < 0) continue;
    let p = 0;
    while (p < instance.pairChild.length && !(instance.pairChild[p] === c && instance.pairSchool[p] === assigned[c]))
      p++;
    expect(p, 'assigned to an eligible school').toBeLessThan(instance.pairChild.length);
    used[assigned[c]]++;
    if (instance.pairLimit[p] >= 0) usedLimit[instance.pairLimit[p]]++;
    placed++;
    totalScore += instance.pairScore[p];
  }
  used.forEach((u, s) => expect(u).toBeLessThanOrEqual(instance.vacancies[s]));
  usedLimit.forEach((u, l) => expect(u).toBeLessThanOrEqual(instance.limits[l].places));
  return { placed, totalScore };
}

// Small abstract instances: scores from a short list (so ties are common), schools with 0 places,
// children with no pair, and per-(school, year) limits including 0.
const instanceArb: fc.Arbitrary<AllocationInstance> = fc
  .record({
    childCount: fc.integer({ min: 0, max: 9 }),
    schoolCount: fc.integer({ min: 1, max: 5 }),
  })
  .chain(({ childCount, schoolCount }) =>
    fc.record({
      childCount: fc.constant(childCount),
      vacancies: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: schoolCount, maxLength: schoolCount }),
      years: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: childCount, maxLength: childCount }),
      yearPlaces: fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), {
        minLength: 2 * schoolCount,
        maxLength: 2 * schoolCount,
      }),
      eligible: fc.array(fc.array(fc.boolean(), { minLength: schoolCount, maxLength: schoolCount }), {
        minLength: childCount,
        maxLength: childCount,
      }),
      scores: fc.array(fc.constantFrom(0, 0.25, 0.5, 0.5, 0.75, 1, 0.123456789), {
        minLength: childCount * schoolCount,
        maxLength: childCount * schoolCount,
      }),
    }),
  )
  .map(({ childCount, vacancies, years, yearPlaces, eligible, scores }) => {
    const schoolCount = vacancies.length;
    const limits: { school: number; places: number }[] = [];
    const limitIds = new Map<string, number>();
    const pairChild: number[] = [];
    const pairSchool: number[] = [];
    const pairScore: number[] = [];
    const pairLimit: number[] = [];
    for (let c = 0; c < childCount; c++) {
      for (let s = 0; s < schoolCount; s++) {
        if (!eligible[c][s]) continue;
        const places = yearPlaces[2 * s + years[c]];
        let limit = -1;
        if (places !== undefined) {
          const key = `${s}:${years[c]}`;
          if (!limitIds.has(key)) {
            limitIds.set(key, limits.length);
            limits.push({ school: s, places: Math.min(places, vacancies[s]) });
          }
          limit = limitIds.get(key)!;
        }
        pairChild.push(c);
        pairSchool.push(s);
        pairScore.push(scores[c * schoolCount + s]);
        pairLimit.push(limit);
      }
    }
    return { childCount, vacancies, pairChild, pairSchool, pairScore, pairLimit, limits };
  });

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

describe('optimalAssignment', () => {
  it('places as many as the LP optimum, then matches its total score to 1e-6 (ties, zero places, year limits)', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const ours = evaluate(instance, optimalAssignment(instance));
        const lp = lpOptimum(instance);
        expect(ours.placed).toBe(lp.placed);
        expect(Math.abs(ours.totalScore - lp.totalScore)).toBeLessThan(1e-6);
      }),
      { numRuns: 80, seed: 4 },
    );
  });
});

describe('allocateCohort', () => {
  it('equals the LP optimum on generated schools and children', () => {
    const policy = parsePolicy({});
    fc.assert(
      fc.property(recordsArb, ({ schools, children }) => {
        const result = allocateCohort(children, schools);
        const lp = lpOptimum(buildCohortInstance(children, schools, policy));
        expect(result.totals.placed).toBe(lp.placed);
        expect(Math.abs(result.totals.totalScore - lp.totalScore)).toBeLessThan(1e-6);
        expect(result.assignments.length + result.unassigned.length).toBe(children.length);
        expect(Number.isFinite(result.totals.meanDistanceKm)).toBe(true);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('places at least as many children as greedy, and never a lower total score when it places as many', () => {
    fc.assert(
      fc.property(recordsArb, ({ schools, children }) => {
        const best = allocateCohort(children, schools).totals;
        const greedy = allocateGreedy(children, schools).totals;
        expect(best.placed).toBeGreaterThanOrEqual(greedy.placed);
        if (best.placed === greedy.placed) expect(best.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
      }),
      { numRuns: 100, seed: 12 },
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

  it('does not apply framework-first: an off-framework school still takes a child the framework cannot', () => {
    const schools = [school('900001', 51.28, 1.08, 1), school('900002', 51.28, 1.09, 1, { lot: 'none' })];
    expect(allocateCohort([child('A', 51.28, 1.08), child('B', 51.28, 1.08)], schools).totals.placed).toBe(2);
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
