// Exchanges after the greedy search, and trimming places that serve no one.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { createCapacityEvaluator } from '../../src/sufficiency/capacity-evaluator.js';
import { exhaustiveCapacity } from '../../src/sufficiency/exhaustive-capacity.js';
import { greedyCapacity } from '../../src/sufficiency/greedy-capacity.js';
import { swapCapacity } from '../../src/sufficiency/swap-capacity.js';
import { overflowScenario, srpCandidate } from './overflow-scenario.js';

const scenario = parseScenario(overflowScenario());

describe('swapCapacity', () => {
  it("mends greedy's remainder: one place of b given up buys the ninth place of a", () => {
    const candidates = [srpCandidate('a', 2026), srpCandidate('b', 2027, 3, 5_000)];
    const ev = createCapacityEvaluator(scenario, candidates, 'spend');
    const greedy = greedyCapacity(ev, candidates, 100_000, 10, 1e-3);
    const swapped = swapCapacity(ev, candidates, greedy.places, 100_000, 10, 1e-3, 10);
    expect(swapped).toEqual([9, 2]);
    expect(swapped).toEqual(exhaustiveCapacity(ev, candidates, 100_000, 1).places);
    expect(ev.objective(greedy.places) - ev.objective(swapped)).toBeCloseTo(43_000, 6);
  });

  it('keeps a plan no exchange improves', () => {
    const candidates = [srpCandidate('early', 2026), srpCandidate('late', 2027)];
    const ev = createCapacityEvaluator(scenario, candidates, 'spend');
    expect(swapCapacity(ev, candidates, [10, 0], 100_000, 10, 1e-3, 10)).toEqual([10, 0]);
  });
});
