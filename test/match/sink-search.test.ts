import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocationNetwork } from '../../src/match/allocate-network.js';
import { raiseToMaxFlow } from '../../src/match/max-flow.js';
import { placeGreedily } from '../../src/match/maximum-placement.js';
import { ResidualGraph } from '../../src/match/residual-graph.js';
import { SinkSearch } from '../../src/match/sink-search.js';
import { networkArb, superSourceGraph } from './flow-networks.js';

/**
 * Each node's distance to the sink from a plain search, every arc of every row read, walking the
 * arcs with room backwards; -1 for a node that cannot reach the sink.
 */
function plainDistances(graph: ResidualGraph, sink: number): Int32Array {
  const into: number[][] = Array.from({ length: graph.nodeCount }, () => []);
  for (let v = 0; v < graph.nodeCount; v++)
    for (let a = graph.first[v]; a < graph.first[v + 1]; a++) if (graph.residual[a] > 0) into[graph.head[a]].push(v);
  const distance = new Int32Array(graph.nodeCount).fill(-1);
  const queue = [sink];
  distance[sink] = 0;
  for (let i = 0; i < queue.length; i++)
    for (const u of into[queue[i]])
      if (distance[u] < 0) {
        distance[u] = distance[queue[i]] + 1;
        queue.push(u);
      }
  return distance;
}

/** SinkSearch's distances on a network of free arcs from node 0 to the last node, checked against the plain search. */
function distancesToSink(nodeCount: number, from: number[], to: number[], capacity: number[]): number[] {
  const graph = new ResidualGraph(
    nodeCount,
    from,
    to,
    capacity,
    from.map(() => 0),
  );
  const sink = nodeCount - 1;
  const distance = new Int32Array(nodeCount);
  new SinkSearch(graph, 0, sink).distances(distance);
  expect(Array.from(distance)).toEqual(Array.from(plainDistances(graph, sink)));
  return Array.from(distance);
}

/** A random allocation-like network: children with unit pair arcs to schools of few places, as in a round. */
const roundArb = fc
  .record({ childCount: fc.integer({ min: 1, max: 30 }), schoolCount: fc.integer({ min: 1, max: 6 }) })
  .chain(({ childCount, schoolCount }) =>
    fc.record({
      childCount: fc.constant(childCount),
      vacancies: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: schoolCount, maxLength: schoolCount }),
      eligible: fc.array(fc.array(fc.boolean(), { minLength: schoolCount, maxLength: schoolCount }), {
        minLength: childCount,
        maxLength: childCount,
      }),
    }),
  )
  .map(({ childCount, vacancies, eligible }) => {
    const pairChild: number[] = [];
    const pairSchool: number[] = [];
    eligible.forEach((row, c) =>
      row.forEach((ok, s) => {
        if (ok) {
          pairChild.push(c);
          pairSchool.push(s);
        }
      }),
    );
    const pairScore = pairChild.map(() => 0.5);
    const pairLimit = pairChild.map(() => -1);
    return { childCount, vacancies, pairChild, pairSchool, pairScore, pairLimit, limits: [] };
  });

describe('SinkSearch', () => {
  it('finds the distances of a plain search on random networks, before and after a maximum flow', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        const { graph, source } = superSourceGraph(net);
        const search = new SinkSearch(graph, source, net.sink);
        const distance = new Int32Array(graph.nodeCount);
        for (const step of [0, 1]) {
          if (step === 1) raiseToMaxFlow(graph, source, net.sink);
          search.distances(distance);
          expect(Array.from(distance)).toEqual(Array.from(plainDistances(graph, net.sink)));
        }
        expect(distance[source]).toBe(-1); // a maximum flow leaves no path from the source
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('finds the distances of a plain search in rounds where children look bottom-up (after a greedy start)', () => {
    fc.assert(
      fc.property(roundArb, (instance) => {
        const net = allocationNetwork(instance);
        const graph = new ResidualGraph(net.nodeCount, net.from, net.to, net.capacity, net.cost);
        placeGreedily(graph, net);
        const distance = new Int32Array(graph.nodeCount);
        new SinkSearch(graph, net.source, net.sink).distances(distance);
        expect(Array.from(distance)).toEqual(Array.from(plainDistances(graph, net.sink)));
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  it('leaves out the nodes that cannot reach the sink, and finds a child bottom-up', () => {
    // Source 0 -> children 1, 2, 3 (unit); children 1 and 2 -> school 4 (unit pair arcs), child 3 ->
    // school 5; school 4 -> sink 6 (room for 2), school 5 has no place. From the sink, school 4's
    // level reads its two sparse arcs, fewer than the three children's pair arcs, so it reads them
    // top-down; child 3 and school 5 cannot reach the sink, and so neither can the source through them.
    expect(distancesToSink(7, [0, 0, 0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 4, 5, 6, 6], [1, 1, 1, 1, 1, 1, 2, 0])).toEqual([
      3, 2, 2, -1, 1, -1, 0,
    ]);
    // A school with many would-be children: children 1 to 5 each have a pair arc to school 6, which
    // has room for all five; only children 1 and 2 hang off the source. Every child is one step from
    // the school, so each is at distance 2 whether the search reads the school's arcs or the children look.
    expect(distancesToSink(8, [0, 0, 1, 2, 3, 4, 5, 6], [1, 2, 6, 6, 6, 6, 6, 7], [1, 1, 1, 1, 1, 1, 1, 5])).toEqual([
      3, 2, 2, 2, 2, 2, 1, 0,
    ]);
  });

  it("finds no distance but the sink's own when nothing can reach it", () => {
    const g = new ResidualGraph(3, [0, 1], [1, 2], [1, 0], [0, 0]);
    const distance = new Int32Array(3).fill(7);
    new SinkSearch(g, 0, 2).distances(distance);
    expect(Array.from(distance)).toEqual([-1, -1, 0]);
  });
});
