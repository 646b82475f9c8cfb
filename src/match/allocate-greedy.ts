import type { ChildInput } from '../schema/child.js';
import type { SchoolInput } from '../schema/school.js';
import type { PolicyInput } from '../schema/policy.js';
import type { MatchOptionsInput } from './match-options.js';
import type { Loose } from '../schema/loose.js';
import { greedyAssignment } from './allocate-greedy-assignment.js';
import type { Allocation } from './allocate-result.js';
import { runAllocation } from './run-allocation.js';

/**
 * The "first come, first served" baseline: children in the given order, each to their
 * highest-scoring eligible school that still has room (ties to the school listed first); under
 * framework-first a school off the framework only when none of the others has room at their turn,
 * and `offFramework` names those schools, all full. Same
 * eligibility and result shape as allocateCohort, so the two can be compared directly: what the
 * exact allocation saves in children placed, score, cost and distance.
 *
 * A child's best school is the one with the highest weighted sum of criterion points (rankSchools'
 * `score` under `weighted-sum`) whatever `policy.strategy` says, as in allocateCohort, so that the
 * two allocations compare on the same scores.
 *
 * @param children the cohort in arrival order; validated (ids unique)
 * @param schools the schools with their places; validated (URNs unique)
 * @param policy placement policy; missing fields take DEFAULT_POLICY
 * @param options `{ travel }`: real journeys from a travel table (see MatchOptions)
 * @throws ValidationError listing every problem in the input
 * @example
 * const school = { urn: '900001', name: 'Oak School', kind: 'independent', lot: 'lot1', needs: ['ASD'],
 *   ncYears: [7, 11], sex: 'mixed', residential: false, location: { lat: 51.28, lon: 1.08 },
 *   capacity: 60, vacancies: 1, annualFee: 50000 };
 * const near = { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.09 } };
 * const far = { id: 'C2', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.50, lon: 1.08 } };
 * allocateGreedy([far, near], [school]).assignments.map((a) => a.childId); // ['C2']: first come
 */
export function allocateGreedy(
  children: Loose<readonly ChildInput[]>,
  schools: Loose<readonly SchoolInput[]>,
  policy?: Loose<PolicyInput>,
  options?: Loose<MatchOptionsInput>,
): Allocation {
  return runAllocation(children, schools, policy, options, greedyAssignment);
}
