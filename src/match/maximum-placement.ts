import type { AllocationNetwork } from './allocate-network.js';
import { SinkSearch } from './sink-search.js';
import { raiseToMaxFlow } from './max-flow.js';
import type { ResidualGraph } from './residual-graph.js';

/**
 * The first two levels of the allocation objective, as a flow in `graph` (the network of
 * `net`): as many children placed as possible, then, under framework-first, as many of them as
 * possible off the hub (at schools on the framework or state-funded). The maximum flow with the
 * hub closed places the most children the framework can; opening the hub then only adds flow, and
 * augmenting paths never take flow off an arc into the sink (a path ends at the sink and never
 * leaves it), so the framework keeps every child it had. The hub arc's capacity is then set to the
 * flow through it, so that no later step may place more children off the framework. Each maximum
 * flow starts from a greedy one (placeGreedily), which leaves the augmenting paths only the few
 * children that need others moved.
 *
 * @returns children placed, and how many of them off the framework
 * @example
 * const graph = new ResidualGraph(net.nodeCount, net.from, net.to, net.capacity, net.cost);
 * maximumPlacement(graph, net); // e.g. { placed: 134, offFramework: 81 }
 */
export function maximumPlacement(
  graph: ResidualGraph,
  net: AllocationNetwork,
): { placed: number; offFramework: number } {
  const search = new SinkSearch(graph, net.source, net.sink); // one for both maximum flows
  let placed = placeGreedily(graph, net) + raiseToMaxFlow(graph, net.source, net.sink, search);
  if (net.offPlaces === 0) return { placed, offFramework: 0 };
  graph.setCapacity(net.hubArc, net.offPlaces);
  placed += placeGreedily(graph, net) + raiseToMaxFlow(graph, net.source, net.sink, search);
  const offFramework = graph.flowOn(net.hubArc);
  graph.setCapacity(net.hubArc, offFramework);
  return { placed, offFramework };
}

/**
 * Places each unplaced child, in node order, at its cheapest school with room on the way to the
 * sink (a free place in the child's NC year and at the school, and room at the hub for a school
 * off the framework; equal costs to the school first in the child's row): a flow to start the
 * maximum flow from.
 *
 * @returns children placed
 * @example
 * placeGreedily(graph, net); // most of the children a maximum flow places
 */
export function placeGreedily(graph: ResidualGraph, net: AllocationNetwork): number {
  const { residual, forward } = graph;
  const hubArc = forward[net.hubArc];
  let placed = 0;
  for (let k = 0; k < net.childCount; k++) {
    const sourceArc = forward[net.firstSourceArc + k];
    if (residual[sourceArc] === 0) continue;
    let best = -1;
    for (let i = net.childArcs[k]; i < net.childArcs[k + 1]; i++)
      if ((best < 0 || net.cost[i] < net.cost[best]) && hasRoom(graph, net, i)) best = i;
    if (best < 0) continue;
    graph.push(sourceArc, 1);
    graph.push(forward[best], 1);
    const to = net.to[best];
    if (to < net.firstSchool) graph.push(forward[net.firstLimitArc + to - net.firstLimit], 1); // a limit node
    const school = schoolArcOf(net, best);
    graph.push(forward[school], 1);
    if (graph.head[forward[school]] === net.hub) graph.push(hubArc, 1);
    placed++;
  }
  return placed;
}

/** The school → sink (or hub) arc a unit on pair arc i goes on to, through the pair's limit node if it has one. */
function schoolArcOf(net: AllocationNetwork, i: number): number {
  const to = net.to[i];
  const school = to < net.firstSchool ? net.to[net.firstLimitArc + to - net.firstLimit] : to;
  return net.firstSchoolArc + school - net.firstSchool;
}

/** Whether one more unit fits on pair arc i's way to the sink: the pair, its NC year's places, the school, the hub. */
function hasRoom(graph: ResidualGraph, net: AllocationNetwork, i: number): boolean {
  const { residual, forward } = graph;
  if (residual[forward[i]] === 0) return false;
  const to = net.to[i];
  if (to < net.firstSchool && residual[forward[net.firstLimitArc + to - net.firstLimit]] === 0) return false;
  const school = forward[schoolArcOf(net, i)];
  if (residual[school] === 0) return false;
  return graph.head[school] !== net.hub || residual[forward[net.hubArc]] > 0;
}
