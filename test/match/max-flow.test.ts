import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { raiseToMaxFlow } from '../../src/match/max-flow.js';
import { minCostFlow } from '../../src/match/min-cost-flow.js';
import { ResidualGraph } from '../../src/match/residual-graph.js';
import { networkArb, superSourceGraph } from './flow-networks.js';

describe('raiseToMaxFlow', () => {
  it('routes as many units as successive shortest paths on random networks, in a feasible flow', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        const { graph, source } = superSourceGraph(net);
        const units = raiseToMaxFlow(graph, source, net.sink);
        expect(units).toBe(minCostFlow(net).routedUnits);
        const balance = new Int32Array(graph.nodeCount);
        for (let i = 0; i < net.from.length + net.sources.length; i++) {
          const a = graph.forward[i];
          const flow = graph.flowOn(i);
          expect(flow).toBeGreaterThanOrEqual(0);
          expect(graph.residual[a]).toBeGreaterThanOrEqual(0);
          balance[graph.head[graph.partner[a]]] -= flow;
          balance[graph.head[a]] += flow;
        }
        balance.forEach((b, v) => {
          if (v !== source && v !== net.sink) expect(b).toBe(0);
        });
        expect(balance[net.sink]).toBe(units);
        expect(raiseToMaxFlow(graph, source, net.sink)).toBe(0);
      }),
      { numRuns: 300, seed: 51 },
    );
  });

  it('raises a flow it is given to the maximum, keeping what the sink already receives', () => {
    // Two children (1, 2) and two schools (3, 4); child 1 can go to either, child 2 only to 3.
    const g = new ResidualGraph(
      6,
      [0, 0, 1, 1, 2, 3, 4],
      [1, 2, 3, 4, 3, 5, 5],
      [1, 1, 1, 1, 1, 1, 0], // school 4 closed: built with no place, as setCapacity is not for unit arcs
      [0, 0, 0, 0, 0, 0, 0],
    );
    expect(raiseToMaxFlow(g, 0, 5)).toBe(1);
    g.setCapacity(6, 1);
    expect(raiseToMaxFlow(g, 0, 5)).toBe(1);
    expect(g.flowOn(5)).toBe(1); // school 3 still full
    expect([g.flowOn(2), g.flowOn(3), g.flowOn(4)]).toEqual([0, 1, 1]);
  });

  it('refuses to change the capacity of a unit arc, whose room the level search reads from the arc alone', () => {
    const g = new ResidualGraph(3, [0, 1], [1, 2], [1, 2], [0, 0]);
    expect(() => g.setCapacity(0, 0)).toThrow('arc 0 was built as a unit arc');
    g.setCapacity(1, 3);
    expect(raiseToMaxFlow(g, 0, 2)).toBe(1);
  });
});
