import type { AllocationInstance } from './allocate-instance.js';
import { buildCohortInstance } from './allocate-instance.js';
import { allocationResult, type Allocation } from './allocate-result.js';
import { ignoredJourneys } from './match-options.js';
import { parseRankInput } from './parse-rank-input.js';

/**
 * The door and the report shared by allocateCohort and allocateGreedy: validates the input (one
 * ValidationError listing every problem), builds the instance of eligible pairs, lets `solve`
 * choose each child's school, and reports the allocation, with a warning for each travel table
 * entry that names a child or URN not in the input.
 *
 * @param solve per child, the number of its school or -1
 * @example
 * runAllocation(children, schools, undefined, undefined, optimalAssignment).totals.placed;
 */
export function runAllocation(
  children: unknown,
  schools: unknown,
  policy: unknown,
  options: unknown,
  solve: (instance: AllocationInstance) => Int32Array,
): Allocation {
  const input = parseRankInput({ children, schools, policy, options, what: 'allocation input' });
  const { children: validChildren, schools: validSchools, policy: validPolicy, travel } = input;
  const instance = buildCohortInstance(validChildren, validSchools, validPolicy, travel);
  const result = allocationResult(validChildren, validSchools, instance, solve(instance));
  if (travel !== undefined) {
    const childIds = new Set(validChildren.map((c) => c.id));
    const urns = new Set(validSchools.map((s) => s.urn));
    const warnings = ignoredJourneys(travel, childIds, urns);
    if (warnings.length > 0) result.warnings = warnings;
  }
  return result;
}
