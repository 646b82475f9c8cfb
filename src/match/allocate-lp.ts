import type { AllocationInstance } from './allocate-instance.js';

/** Which level of the lexicographic objective an LP maximises, given the optima of the levels before it. */
export type LpPhase =
  | { phase: 'placed' }
  | { phase: 'framework'; placed: number }
  | { phase: 'score'; placed: number; framework?: number };

/**
 * Writes an allocation instance as a linear programme in CPLEX LP text, so that any LP solver can
 * check the exact allocator (the tests and the benchmark use HiGHS). Variables x<p> ∈ [0, 1], one
 * per eligible pair; rows: each child at most 1, each school at most its vacancies, each
 * (school, NC year) limit at most its places. The constraint matrix is that of a network flow
 * (totally unimodular), so the LP optimum is attained at a whole-number allocation.
 *
 * The lexicographic objective is solved in phases: `{ phase: 'placed' }` maximises the number
 * placed; `{ phase: 'framework', placed }` (framework-first: the instance has `offFramework`) the
 * number placed at schools not off the framework, among allocations placing at least `placed`;
 * `{ phase: 'score', placed, framework }` the total score among allocations placing at least
 * `placed`, at least `framework` of them on the framework (pass the earlier phases' optima).
 *
 * @param instance eligible pairs and places (see AllocationInstance)
 * @param objective which phase to write
 * @returns the LP text
 * @example
 * allocationLp({ childCount: 1, vacancies: [1], pairChild: [0], pairSchool: [0], pairScore: [0.5],
 *   pairLimit: [-1], limits: [] }, { phase: 'placed' });
 * // 'Maximize\n obj: + x0\nSubject To\n child0: + x0 <= 1\n school0: + x0 <= 1\nBounds\n 0 <= x0 <= 1\nEnd\n'
 */
export function allocationLp(instance: AllocationInstance, objective: LpPhase): string {
  const { childCount, vacancies, pairChild, pairSchool, pairScore, pairLimit, limits, offFramework } = instance;
  const pairCount = pairChild.length;
  const byChild: number[][] = Array.from({ length: childCount }, () => []);
  const bySchool: number[][] = Array.from({ length: vacancies.length }, () => []);
  const byLimit: number[][] = limits.map(() => []);
  for (let p = 0; p < pairCount; p++) {
    byChild[pairChild[p]].push(p);
    bySchool[pairSchool[p]].push(p);
    if (pairLimit[p] >= 0) byLimit[pairLimit[p]].push(p);
  }
  const all = Array.from({ length: pairCount }, (_, p) => p);
  const onFramework = all.filter((p) => offFramework === undefined || offFramework[pairSchool[p]] !== 1);
  const out: string[] = ['Maximize'];
  if (objective.phase === 'placed') out.push(` obj:${terms(all, () => 1)}`);
  else if (objective.phase === 'framework') out.push(` obj:${terms(onFramework, () => 1)}`);
  else out.push(` obj:${terms(all, (p) => pairScore[p])}`);
  out.push('Subject To');
  byChild.forEach((ps, c) => {
    if (ps.length > 0) out.push(` child${c}:${terms(ps, () => 1)} <= 1`);
  });
  bySchool.forEach((ps, s) => {
    if (ps.length > 0) out.push(` school${s}:${terms(ps, () => 1)} <= ${vacancies[s]}`);
  });
  byLimit.forEach((ps, l) => {
    if (ps.length > 0) out.push(` year${l}:${terms(ps, () => 1)} <= ${limits[l].places}`);
  });
  if (objective.phase !== 'placed' && pairCount > 0) out.push(` placed:${terms(all, () => 1)} >= ${objective.placed}`);
  if (objective.phase === 'score' && objective.framework !== undefined && onFramework.length > 0)
    out.push(` framework:${terms(onFramework, () => 1)} >= ${objective.framework}`);
  out.push('Bounds');
  for (let p = 0; p < pairCount; p++) out.push(` 0 <= x${p} <= 1`);
  out.push('End', '');
  return out.join('\n');
}

/**
 * A sum of terms, broken into lines of 8 (LP readers limit line length). Zero coefficients are written too, so every
 * variable appears.
 */
function terms(pairs: readonly number[], coefficient: (p: number) => number): string {
  if (pairs.length === 0) return ' 0 x0';
  let text = '';
  pairs.forEach((p, i) => {
    if (i > 0 && i % 8 === 0) text += '\n  ';
    const c = coefficient(p);
    text += c === 1 ? ` + x${p}` : ` + ${c} x${p}`;
  });
  return text;
}
