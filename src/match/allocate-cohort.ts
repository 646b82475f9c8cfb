import type { ChildInput } from '../schema/child.js';
import type { SchoolInput } from '../schema/school.js';
import type { PolicyInput } from '../schema/policy.js';
import type { MatchOptionsInput } from './match-options.js';
import type { Loose } from '../schema/loose.js';
import { optimalAssignment } from './allocate-optimal.js';
import type { Allocation } from './allocate-result.js';
import { runAllocation } from './run-allocation.js';

/**
 * Allocates a whole cohort (a Year 7 transfer round, a waiting list) to limited places, provably
 * best, level by level: first as many children as possible are placed; then, under framework-first
 * (`policy.frameworkFirst`, on by default: Kent consults framework schools first), as many of them
 * as possible at schools that are not spot purchases off the framework (see isOffFramework); then
 * the total of their ranking scores is as large as possible. Each child gets at most one school
 * that passes its hard filters; no school takes more than its `vacancies`, nor more children of
 * one NC year than `vacanciesByNcYear[year]` where given.
 *
 * Semantics: eligibility is every hard filter of rankSchools except `no-vacancy` (places are what
 * allocation shares out; a school with 0 vacancies takes nobody) and framework-first, which is the
 * second level instead: placing a child off the framework beats not placing them, but never
 * happens while a framework school that could take them has room. Such a child's assignment
 * carries `offFramework`, naming the framework schools that could have taken them, all full. With
 * `frameworkFirst: false` only places and score count. Exact: maximum flow for the first two
 * levels, then cost scaling for the score (optimalAssignment; scores resolved to 2^-30), checked
 * against HiGHS and against successive shortest paths in the tests. Deterministic: among equal
 * optima the one returned is fixed by the solver's order (children by home latitude, then input
 * order; each child's schools cheapest first, then in input order), so the output is the same
 * byte for byte on every run.
 *
 * The score is the ranking's weighted sum of criterion points (rankSchools' `score`) whatever
 * `policy.strategy` says: `topsis` and `framework-first-nearest` order one child's list, while an
 * allocation adds scores across children, which needs a score that does not depend on the list.
 *
 * Travel: with `options.travel` a pair in the table is filtered and scored on its real km and
 * minutes (MatchOptions); entries for children or URNs not in the input are listed in `warnings`.
 *
 * @param children the cohort; validated (ids unique)
 * @param schools the schools with their places; validated (URNs unique)
 * @param policy placement policy; missing fields take DEFAULT_POLICY
 * @param options `{ travel }`: real journeys from a travel table (see MatchOptions)
 * @returns assignments and unassigned children in input order, and totals
 * @throws ValidationError listing every problem in the input
 * @example
 * const school = { urn: '900001', name: 'Oak School', kind: 'independent', lot: 'lot1', needs: ['ASD'],
 *   ncYears: [7, 11], sex: 'mixed', residential: false, location: { lat: 51.28, lon: 1.08 },
 *   capacity: 60, vacancies: 1, annualFee: 50000 };
 * const near = { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.09 } };
 * const far = { id: 'C2', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.50, lon: 1.08 } };
 * const result = allocateCohort([far, near], [school]);
 * result.assignments.map((a) => a.childId); // ['C1']: the nearer child scores higher
 * result.unassigned; // [{ childId: 'C2', reason: 'eligible-schools-full' }]
 */
export function allocateCohort(
  children: Loose<readonly ChildInput[]>,
  schools: Loose<readonly SchoolInput[]>,
  policy?: Loose<PolicyInput>,
  options?: Loose<MatchOptionsInput>,
): Allocation {
  return runAllocation(children, schools, policy, options, optimalAssignment);
}
