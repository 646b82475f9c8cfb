import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimiseCost } from '../../src/match/cost-scaling.js';
import { raiseToMaxFlow } from '../../src/match/max-flow.js';
import { minCostFlow } from '../../src/match/min-cost-flow.js';
import { ResidualGraph } from '../../src/match/residual-graph.js';
import { networkArb, superSourceGraph } from './flow-networks.js';

describe('minimiseCost', () => {
  it('turns any maximum flow into one of least cost, as successive shortest paths finds it, on random networks', () => {
    fc.assert(
      fc.property(networkArb, fc.integer({ min: 1, max: 1000 }), (net, costScale) => {
        const scaled = { ...net, cost: Array.from(net.cost, (c) => c * costScale) };
        const { graph, source } = superSourceGraph(scaled);
        const units = raiseToMaxFlow(graph, source, net.sink);
        const before = Array.from({ length: net.from.length }, (_, i) => graph.flowOn(i));
        minimiseCost(graph, graph.nodeCount + 1);
        let cost = 0;
        const into = new Int32Array(graph.nodeCount);
        for (let i = 0; i < net.from.length; i++) {
          cost += graph.flowOn(i) * scaled.cost[i];
          into[net.to[i]] += graph.flowOn(i);
          into[net.from[i]] -= graph.flowOn(i);
        }
        const reference = minCostFlow(scaled);
        expect(cost).toBe(reference.totalCost);
        expect(into[net.sink]).toBe(units);
        expect(before.length).toBe(net.from.length);
      }),
      { numRuns: 300, seed: 52 },
    );
  });

  it('moves a unit from a dear path to a cheap one', () => {
    const g = new ResidualGraph(4, [0, 0, 1, 2], [1, 2, 3, 3], [1, 1, 1, 1], [5, 1, 0, 0]);
    g.push(g.forward[0], 1);
    g.push(g.forward[2], 1);
    minimiseCost(g, 5);
    expect([g.flowOn(0), g.flowOn(1)]).toEqual([0, 1]);
  });

  it('leaves a least-cost flow with costs of a billion units exactly as cheap (whole-number arithmetic)', () => {
    const big = 2 ** 30;
    const g = new ResidualGraph(4, [0, 0, 1, 2], [1, 2, 3, 3], [1, 1, 1, 1], [big - 1, big, 0, 0]);
    g.push(g.forward[1], 1);
    g.push(g.forward[3], 1);
    minimiseCost(g, 5);
    expect([g.flowOn(0), g.flowOn(1)]).toEqual([1, 0]);
  });
});
