import type { AllocationInstance } from './allocate-instance.js';
import { allocationNetwork } from './allocate-network.js';
import { maximumPlacement } from './maximum-placement.js';
import { minCostFlow } from './min-cost-flow.js';
import { ResidualGraph } from './residual-graph.js';

/**
 * The exact allocation by successive shortest paths (minCostFlow), one child at a time: the
 * reference optimalAssignment is checked against in the tests, and its fallback. Same network and
 * same objective: the first two levels (children placed, then at schools on the framework) from
 * maximumPlacement fix the hub's capacity; minCostFlow then routes every child it can, children
 * in `routeOrder` (input order when absent), at least total cost.
 *
 * @param instance eligible pairs and places (see AllocationInstance)
 * @returns for each child, the number of its school, or -1 when unplaced
 * @example
 * Array.from(referenceAssignment({ childCount: 2, vacancies: [1], pairChild: [0, 1], pairSchool: [0, 0],
 *   pairScore: [0.4, 0.9], pairLimit: [-1, -1], limits: [] })); // [-1, 0]
 */
export function referenceAssignment(instance: AllocationInstance): Int32Array {
  const net = allocationNetwork(instance);
  const { offFramework } = maximumPlacement(
    new ResidualGraph(net.nodeCount, net.from, net.to, net.capacity, net.cost),
    net,
  );
  const capacity = Int32Array.from(net.capacity);
  capacity[net.hubArc] = offFramework;
  // The source's arcs are left out: minCostFlow takes the children as sources of one unit each.
  const keep = (arcs: Int32Array | Float64Array) => [
    ...arcs.subarray(0, net.firstSourceArc),
    ...arcs.subarray(net.firstSourceArc + instance.childCount),
  ];
  const order = instance.routeOrder ?? Int32Array.from({ length: instance.childCount }, (_, c) => c);
  const solution = minCostFlow({
    nodeCount: net.nodeCount,
    sink: net.sink,
    sources: Array.from(order, (c) => net.childNode[c]),
    supplies: new Int32Array(instance.childCount).fill(1),
    from: keep(net.from),
    to: keep(net.to),
    capacity: keep(capacity),
    cost: keep(net.cost),
  });
  const assigned = new Int32Array(instance.childCount).fill(-1);
  for (let p = 0; p < instance.pairChild.length; p++)
    if (net.pairArc[p] >= 0 && solution.flow[net.pairArc[p]] > 0)
      assigned[instance.pairChild[p]] = instance.pairSchool[p];
  return assigned;
}
