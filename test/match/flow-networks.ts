// Random small flow networks for the flow solvers' tests: up to 8 nodes and 20 arcs, sources with
// supplies, parallel arcs and zero capacities included.
import fc from 'fast-check';
import type { FlowNetwork } from '../../src/match/min-cost-flow.js';
import { ResidualGraph } from '../../src/match/residual-graph.js';

/** A random network with whole capacities (0-3) and costs (0-20), sources other than the sink. */
export const networkArb: fc.Arbitrary<FlowNetwork> = fc
  .integer({ min: 2, max: 8 })
  .chain((nodeCount) => {
    const node = fc.integer({ min: 0, max: nodeCount - 1 });
    const arc = fc
      .record({ from: node, to: node, capacity: fc.integer({ min: 0, max: 3 }), cost: fc.integer({ min: 0, max: 20 }) })
      .filter((a) => a.from !== a.to);
    return fc.record({
      nodeCount: fc.constant(nodeCount),
      sink: node,
      arcs: fc.array(arc, { maxLength: 20 }),
      sources: fc.uniqueArray(node, { minLength: 1, maxLength: Math.min(4, nodeCount) }),
      supplies: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
    });
  })
  .filter((x) => !x.sources.includes(x.sink))
  .map(({ nodeCount, sink, arcs, sources, supplies }) => ({
    nodeCount,
    sink,
    sources,
    supplies: supplies.slice(0, sources.length),
    from: arcs.map((a) => a.from),
    to: arcs.map((a) => a.to),
    capacity: arcs.map((a) => a.capacity),
    cost: arcs.map((a) => a.cost),
  }));

/**
 * The network as a residual graph with one more node, a super source (the last node), whose arcs
 * to the sources carry their supplies: input arc i is arc i, then one arc per source.
 */
export function superSourceGraph(net: FlowNetwork): { graph: ResidualGraph; source: number } {
  const source = net.nodeCount;
  const k = net.sources.length;
  const graph = new ResidualGraph(
    net.nodeCount + 1,
    [...Array.from(net.from), ...Array.from({ length: k }, () => source)],
    [...Array.from(net.to), ...Array.from(net.sources)],
    [...Array.from(net.capacity), ...Array.from(net.supplies)],
    [...Array.from(net.cost), ...Array.from({ length: k }, () => 0)],
  );
  return { graph, source };
}
