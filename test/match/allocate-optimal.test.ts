import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AllocationInstance } from '../../src/match/allocate-instance.js';
import { SCORE_UNITS } from '../../src/match/allocate-network.js';
import { optimalAssignment } from '../../src/match/allocate-optimal.js';
import { referenceAssignment } from '../../src/match/allocate-reference.js';
import { createRandom } from '../../src/random.js';
import { loadHighs, lpOptimum, objectiveOf } from './lp-optimum.js';

beforeAll(loadHighs);

// Small abstract instances: scores from a short list (so ties are common), schools with 0 places,
// children with no pair, per-(school, year) limits including 0, and (half the time) schools off
// the framework.
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
      off: fc.option(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: schoolCount, maxLength: schoolCount }), {
        nil: undefined,
      }),
    }),
  )
  .map(({ childCount, vacancies, years, yearPlaces, eligible, scores, off }) => {
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
    const instance: AllocationInstance = { childCount, vacancies, pairChild, pairSchool, pairScore, pairLimit, limits };
    if (off !== undefined) instance.offFramework = off;
    return instance;
  });

/** The objective in whole score units, exactly as the solvers see it: placed, on the framework, total score units. */
function exactObjective(instance: AllocationInstance, assigned: Int32Array): [number, number, number] {
  const { placed, framework } = objectiveOf(instance, assigned);
  let units = 0;
  for (let p = 0; p < instance.pairChild.length; p++)
    if (assigned[instance.pairChild[p]] === instance.pairSchool[p])
      units += Math.round(Math.min(1, Math.max(0, instance.pairScore[p])) * SCORE_UNITS);
  return [placed, framework, units];
}

/** A larger random instance: children, schools, about `perChild` eligible pairs each, places scarce or ample. */
function randomInstance(seed: number, children: number, schools: number, perChild: number, placesPerChild: number) {
  const rng = createRandom(seed);
  const pairChild: number[] = [];
  const pairSchool: number[] = [];
  const pairScore: number[] = [];
  const pairLimit: number[] = [];
  const limits = [{ school: 0, places: Math.floor((placesPerChild * children) / schools / 2) }];
  for (let c = 0; c < children; c++) {
    const picked = new Set<number>();
    for (let k = 0; k < perChild; k++) picked.add(rng.int(0, schools - 1));
    for (const s of [...picked].sort((a, b) => a - b)) {
      pairChild.push(c);
      pairSchool.push(s);
      pairScore.push(rng.next() < 0.1 ? 0.5 : rng.next());
      pairLimit.push(s === 0 && c % 2 === 0 ? 0 : -1);
    }
  }
  const vacancies = Array.from({ length: schools }, () =>
    Math.round(((placesPerChild * children) / schools) * 2 * rng.next()),
  );
  const offFramework = Array.from({ length: schools }, () => (rng.next() < 0.4 ? 1 : 0));
  return { childCount: children, vacancies, pairChild, pairSchool, pairScore, pairLimit, limits, offFramework };
}

describe('optimalAssignment', () => {
  it('matches the LP optimum level by level: placed, then on the framework, then total score to 1e-6', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const ours = objectiveOf(instance, optimalAssignment(instance));
        const lp = lpOptimum(instance);
        expect(ours.placed).toBe(lp.placed);
        expect(ours.framework).toBe(lp.framework);
        expect(Math.abs(ours.totalScore - lp.totalScore)).toBeLessThan(1e-6);
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  it('reaches exactly the optimum of successive shortest paths, the reference, in whole score units', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        expect(exactObjective(instance, optimalAssignment(instance))).toEqual(
          exactObjective(instance, referenceAssignment(instance)),
        );
      }),
      { numRuns: 400, seed: 6 },
    );
  });

  it('reaches the reference optimum on larger instances with scarce and ample places', () => {
    for (const [seed, places] of [
      [1, 0.15],
      [2, 0.5],
      [3, 1.2],
      [4, 0.15],
    ]) {
      const instance = randomInstance(seed, 300, 25, 6, places);
      const withoutFramework = { ...instance, offFramework: undefined };
      for (const x of [instance, withoutFramework])
        expect(exactObjective(x, optimalAssignment(x)), `seed ${seed}`).toEqual(
          exactObjective(x, referenceAssignment(x)),
        );
    }
  });

  it('gives the same allocation on every run', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        expect(Array.from(optimalAssignment(instance))).toEqual(Array.from(optimalAssignment(instance)));
      }),
      { numRuns: 50, seed: 8 },
    );
  });

  it('places off the framework only what the framework cannot take, even at a lower score', () => {
    // Two children, a framework school with one place (scores 0.2, 0.3) and an off-framework one
    // with one place (scores 0.9, 0.9): both placed, and the framework place is used.
    const instance: AllocationInstance = {
      childCount: 2,
      vacancies: [1, 1],
      pairChild: [0, 0, 1, 1],
      pairSchool: [0, 1, 0, 1],
      pairScore: [0.2, 0.9, 0.3, 0.9],
      pairLimit: [-1, -1, -1, -1],
      limits: [],
      offFramework: [0, 1],
    };
    expect(Array.from(optimalAssignment(instance))).toEqual([1, 0]);
    expect(Array.from(optimalAssignment({ ...instance, offFramework: undefined }))).toEqual([1, 0]);
    // Framework-first keeps the framework place even when leaving it empty would score more.
    const one = {
      ...instance,
      childCount: 1,
      pairChild: [0, 0],
      pairSchool: [0, 1],
      pairScore: [0.1, 0.9],
      pairLimit: [-1, -1],
    };
    expect(Array.from(optimalAssignment(one))).toEqual([0]);
    expect(Array.from(optimalAssignment({ ...one, offFramework: undefined }))).toEqual([1]);
  });
});
