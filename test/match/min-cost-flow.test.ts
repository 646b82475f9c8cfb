import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { minCostFlow, type FlowNetwork } from '../../src/match/min-cost-flow.js';
import { isValidationError } from '../../src/schema/validation-error.js';
import { networkArb } from './flow-networks.js';

type Highs = { solve(lp: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number } };
let highs: Highs;
beforeAll(async () => {
  highs = (await (await import('highs')).default()) as unknown as Highs;
});

/** Max flow, then min cost among max flows, by two LPs (f = arc flows, r = units routed per source). */
function lpOptimum(net: FlowNetwork): { routed: number; cost: number } {
  const m = net.from.length;
  const rows: string[] = [];
  for (let v = 0; v < net.nodeCount; v++) {
    if (v === net.sink) continue;
    let row = '';
    for (let i = 0; i < m; i++) {
      if (net.from[i] === v) row += ` + f${i}`;
      if (net.to[i] === v) row += ` - f${i}`;
    }
    const k = Array.from(net.sources).indexOf(v);
    if (k >= 0) row += ` - r${k}`;
    if (row !== '') rows.push(` n${v}:${row} = 0`);
  }
  const bounds = [
    ...Array.from({ length: m }, (_, i) => ` 0 <= f${i} <= ${net.capacity[i]}`),
    ...Array.from({ length: net.sources.length }, (_, k) => ` 0 <= r${k} <= ${net.supplies[k]}`),
  ];
  const routedSum = Array.from({ length: net.sources.length }, (_, k) => ` + r${k}`).join('') || ' 0 f0';
  const costSum = Array.from({ length: m }, (_, i) => ` + ${net.cost[i]} f${i}`).join('') || ' 0 f0';
  const lp = (head: string, extra: string[]) => [head, ...rows, ...extra, 'Bounds', ...bounds, 'End', ''].join('\n');
  const first = highs.solve(lp(`Maximize\n obj:${routedSum}\nSubject To`, []), { output_flag: false });
  expect(first.Status).toBe('Optimal');
  const routed = Math.round(first.ObjectiveValue);
  const second = highs.solve(lp(`Minimize\n obj:${costSum}\nSubject To`, [` total:${routedSum} >= ${routed}`]), {
    output_flag: false,
  });
  expect(second.Status).toBe('Optimal');
  return { routed, cost: second.ObjectiveValue };
}

describe('minCostFlow', () => {
  it('routes the cheaper of two competing sources through a shared bottleneck', () => {
    const s = minCostFlow({
      nodeCount: 4,
      sink: 3,
      sources: [0, 1],
      supplies: [1, 1],
      from: [0, 1, 2],
      to: [2, 2, 3],
      capacity: [1, 1, 1],
      cost: [5, 2, 0],
    });
    expect(s.routedUnits).toBe(1);
    expect(Array.from(s.routed)).toEqual([0, 1]);
    expect(Array.from(s.flow)).toEqual([0, 1, 1]);
    expect(s.totalCost).toBe(2);
  });

  it('prefers one more unit routed over any saving in cost', () => {
    // Source 0 can use arc a (cost 0) or b (cost 100); source 1 only a. Max flow needs 0 on b.
    const s = minCostFlow({
      nodeCount: 3,
      sink: 2,
      sources: [0, 1],
      supplies: [1, 1],
      from: [0, 0, 1],
      to: [2, 2, 2],
      capacity: [1, 1, 0],
      cost: [0, 100, 0],
    });
    expect(s.routedUnits).toBe(1);
    const t = minCostFlow({
      nodeCount: 4,
      sink: 3,
      sources: [0, 1],
      supplies: [1, 1],
      from: [0, 0, 1, 2],
      to: [2, 3, 2, 3],
      capacity: [1, 1, 1, 1],
      cost: [0, 100, 0, 0],
    });
    expect(t.routedUnits).toBe(2);
    expect(t.totalCost).toBe(100);
  });

  it('equals the LP optimum (max flow, then min cost) on random networks', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        const s = minCostFlow(net);
        const lp = lpOptimum(net);
        expect(s.routedUnits).toBe(lp.routed);
        expect(Math.abs(s.totalCost - lp.cost)).toBeLessThan(1e-6);
        // The flow is feasible: capacities, conservation, and routed units per source.
        const net2 = new Float64Array(net.nodeCount);
        for (let i = 0; i < net.from.length; i++) {
          expect(s.flow[i]).toBeGreaterThanOrEqual(0);
          expect(s.flow[i]).toBeLessThanOrEqual(net.capacity[i]);
          net2[net.from[i]] += s.flow[i];
          net2[net.to[i]] -= s.flow[i];
        }
        for (let v = 0; v < net.nodeCount; v++) {
          if (v === net.sink) continue;
          const k = Array.from(net.sources).indexOf(v);
          expect(net2[v]).toBe(k >= 0 ? s.routed[k] : 0);
        }
      }),
      { numRuns: 100, seed: 20261127 },
    );
  });

  it('gives the same flow on every run (deterministic tie-breaking)', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        expect(Array.from(minCostFlow(net).flow)).toEqual(Array.from(minCostFlow(net).flow));
      }),
      { numRuns: 50, seed: 7 },
    );
  });

  it('rejects a bad network listing every problem', () => {
    try {
      minCostFlow({
        nodeCount: 2,
        sink: 5,
        sources: [0],
        supplies: [-1],
        from: [0],
        to: [2],
        capacity: [1.5],
        cost: [-3],
      });
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      const paths = (e as { issues: { path: string }[] }).issues.map((i) => i.path);
      expect(paths).toEqual(['sink', 'supplies[0]', 'to[0]', 'capacity[0]', 'cost[0]']);
    }
  });
});
