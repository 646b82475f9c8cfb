import type { AllocationInstance } from './allocate-instance.js';
import { allocationNetwork, longestCycleBound, type AllocationNetwork } from './allocate-network.js';
import { referenceAssignment } from './allocate-reference.js';
import { PriceOverflow, minimiseCost } from './cost-scaling.js';
import { maximumPlacement } from './maximum-placement.js';
import { ResidualGraph } from './residual-graph.js';

export { SCORE_UNITS } from './allocate-network.js';

/**
 * The exact allocation of an instance, lexicographically best: as many children placed as
 * possible; then, with framework-first (the instance has `offFramework`), as many of them as
 * possible at schools that are not off the framework; then the largest total score (scores in
 * whole units of 2^-30, SCORE_UNITS) — within school vacancies and per-(school, NC year) limits.
 *
 * Method: the flow network of allocationNetwork; the first two levels by maximum flow
 * (maximumPlacement: shortest augmenting paths); the score by cost scaling from that flow (minimiseCost, Goldberg's
 * push-relabel), which keeps every node's flow and so both levels. Cost scaling reaches the same
 * optimum as successive shortest paths (referenceAssignment, kept as the reference in the tests)
 * but moves many children per pass instead of one per search, which is what makes it fast when
 * places are scarce and children must be displaced. In the unlikely case that a price leaves the
 * range where doubles are exact, the same optimum comes from referenceAssignment.
 *
 * Deterministic: arcs are scanned in the network's order (pairs by child in input order, then by
 * school in input order) and active nodes discharged last in, first out, so among allocations
 * with the same three values the one returned is the same on every run.
 *
 * @param instance eligible pairs and places (see AllocationInstance)
 * @returns for each child, the number of its school, or -1 when unplaced
 * @example
 * // One place, two children: the better-scoring pair wins.
 * Array.from(optimalAssignment({ childCount: 2, vacancies: [1], pairChild: [0, 1], pairSchool: [0, 0],
 *   pairScore: [0.4, 0.9], pairLimit: [-1, -1], limits: [] })); // [-1, 0]
 */
export function optimalAssignment(instance: AllocationInstance): Int32Array {
  const net = allocationNetwork(instance);
  const graph = new ResidualGraph(net.nodeCount, net.from, net.to, net.capacity, net.cost);
  maximumPlacement(graph, net);
  try {
    minimiseCost(graph, longestCycleBound(net) + 1);
  } catch (e) {
    if (e instanceof PriceOverflow) return referenceAssignment(instance);
    throw e;
  }
  return assignmentOf(graph, net, instance);
}

/**
 * Reads each child's school off a flow: the units held at each school and (school, NC year) limit
 * node are exactly its list of sparse reverse arcs back to children (see ResidualGraph), so only
 * the placed children are visited, not every pair.
 *
 * @example
 * assignmentOf(graph, net, instance); // Int32Array: school per child, -1 unplaced
 */
export function assignmentOf(graph: ResidualGraph, net: AllocationNetwork, instance: AllocationInstance): Int32Array {
  const assigned = new Int32Array(instance.childCount).fill(-1);
  const childOf = new Int32Array(net.childCount);
  net.childNode.forEach((node, c) => {
    childOf[node - net.firstChild] = c;
  });
  const { head, listHead, listNext } = graph;
  const lastChild = net.firstChild + net.childCount;
  for (let node = net.firstLimit; node < net.hub; node++) {
    const school = node < net.firstSchool ? instance.limits[node - net.firstLimit].school : node - net.firstSchool;
    for (let a = listHead[node]; a >= 0; a = listNext[a]) {
      const child = head[a];
      if (child >= net.firstChild && child < lastChild) assigned[childOf[child - net.firstChild]] = school;
    }
  }
  return assigned;
}
