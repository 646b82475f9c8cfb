import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocationNetwork } from '../../src/match/allocate-network.js';
import { LevelSearch } from '../../src/match/level-search.js';
import { raiseToMaxFlow } from '../../src/match/max-flow.js';
import { placeGreedily } from '../../src/match/maximum-placement.js';
import { ResidualGraph } from '../../src/match/residual-graph.js';
import { networkArb, superSourceGraph } from './flow-networks.js';

/** Distances from the source over every residual arc, whole rows read; -1 past the sink's distance or unreached. */
function plainLevels(graph: ResidualGraph, source: number, sink: number): Int32Array {
  const level = new Int32Array(graph.nodeCount).fill(-1);
  const queue = [source];
  level[source] = 0;
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (let a = graph.first[v]; a < graph.first[v + 1]; a++) {
      const w = graph.head[a];
      if (graph.residual[a] > 0 && level[w] < 0) {
        level[w] = level[v] + 1;
        queue.push(w);
      }
    }
  }
  if (level[sink] >= 0) for (let v = 0; v < level.length; v++) if (level[v] > level[sink]) level[v] = -1;
  return level;
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

describe('LevelSearch', () => {
  it('labels the distances of a plain breadth-first search on random networks, before and after a maximum flow', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        const { graph, source } = superSourceGraph(net);
        const search = new LevelSearch(graph, source, net.sink);
        const level = new Int32Array(graph.nodeCount);
        for (const step of [0, 1]) {
          if (step === 1) raiseToMaxFlow(graph, source, net.sink);
          const reached = search.label(level);
          const expected = plainLevels(graph, source, net.sink);
          expect(Array.from(level)).toEqual(Array.from(expected));
          expect(reached).toBe(expected[net.sink] >= 0);
        }
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('labels the distances of a plain search in rounds where schools look bottom-up (after a greedy start)', () => {
    fc.assert(
      fc.property(roundArb, (instance) => {
        const net = allocationNetwork(instance);
        const graph = new ResidualGraph(net.nodeCount, net.from, net.to, net.capacity, net.cost);
        placeGreedily(graph, net);
        const level = new Int32Array(graph.nodeCount);
        const reached = new LevelSearch(graph, net.source, net.sink).label(level);
        const expected = plainLevels(graph, net.source, net.sink);
        expect(Array.from(level)).toEqual(Array.from(expected));
        expect(reached).toBe(expected[net.sink] >= 0);
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  it('reaches a school through a child whose pair arc it finds bottom-up', () => {
    // Source 0 -> children 1, 2 (unit) and school 3 (2 places); each child -> schools 3, 4 (unit
    // pair arcs); schools -> sink 5. On level 1 the children's four pair arcs outnumber the two
    // reverse arcs of school 4, the one school not reached, so school 4 looks for a child instead.
    const g = new ResidualGraph(
      6,
      [0, 0, 0, 1, 1, 2, 2, 3, 4],
      [1, 2, 3, 3, 4, 3, 4, 5, 5],
      [1, 1, 2, 1, 1, 1, 1, 2, 2],
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
    );
    const level = new Int32Array(6);
    expect(new LevelSearch(g, 0, 5).label(level)).toBe(true);
    expect(Array.from(level)).toEqual([0, 1, 1, 1, 2, 2]);
  });
});
