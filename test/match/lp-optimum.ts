// The lexicographic optimum of an allocation instance by HiGHS, one LP per level (most placed,
// then most on the framework when the instance has offFramework, then the greatest total score),
// and an independent check of an assignment's values: the yardsticks of the exact allocator.
import { expect } from 'vitest';
import type { AllocationInstance } from '../../src/match/allocate-instance.js';
import { allocationLp } from '../../src/match/allocate-lp.js';

type Highs = { solve(lp: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number } };
let highs: Highs | undefined;

/** Loads HiGHS (WebAssembly) once; call in beforeAll. */
export async function loadHighs(): Promise<void> {
  highs ??= (await (await import('highs')).default()) as unknown as Highs;
}

/** What the objective's levels come to: children placed, placed on the framework, total score. */
export type Objective = { placed: number; framework: number; totalScore: number };

function solve(lp: string): number {
  if (!highs) throw new Error('call loadHighs() first');
  const result = highs.solve(lp, { output_flag: false });
  expect(result.Status).toBe('Optimal');
  return result.ObjectiveValue;
}

/** The LP optimum, level by level. */
export function lpOptimum(instance: AllocationInstance): Objective {
  const placed = Math.round(solve(allocationLp(instance, { phase: 'placed' })));
  const framework =
    instance.offFramework === undefined
      ? placed
      : Math.round(solve(allocationLp(instance, { phase: 'framework', placed })));
  const totalScore = solve(allocationLp(instance, { phase: 'score', placed, framework }));
  return { placed, framework, totalScore };
}

/** Checks an assignment respects the instance (eligible pairs, places, year limits) and returns its objective. */
export function objectiveOf(instance: AllocationInstance, assigned: Int32Array): Objective {
  const used = new Int32Array(instance.vacancies.length);
  const usedLimit = new Int32Array(instance.limits.length);
  let placed = 0;
  let framework = 0;
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
    if (instance.offFramework?.[assigned[c]] !== 1) framework++;
    totalScore += instance.pairScore[p];
  }
  used.forEach((u, s) => expect(u).toBeLessThanOrEqual(instance.vacancies[s]));
  usedLimit.forEach((u, l) => expect(u).toBeLessThanOrEqual(instance.limits[l].places));
  return { placed, framework, totalScore };
}
