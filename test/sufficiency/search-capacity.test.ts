// The search at each budget level of the frontier.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { createCapacityEvaluator } from '../../src/sufficiency/capacity-evaluator.js';
import { capitalOf } from '../../src/sufficiency/greedy-capacity.js';
import { frontierBudgets, searchCapacity } from '../../src/sufficiency/search-capacity.js';
import { overflowScenario, srpCandidate } from './overflow-scenario.js';

describe('frontierBudgets', () => {
  it('splits the budget into equal levels ending exactly at it', () => {
    expect(frontierBudgets(8_000_000, 4)).toEqual([2_000_000, 4_000_000, 6_000_000, 8_000_000]);
    expect(frontierBudgets(1, 3).at(-1)).toBe(1);
  });
});

describe('searchCapacity', () => {
  it('finds a purchase within each level, each saving at least as much as the level below', () => {
    const candidates = [srpCandidate('a', 2026), srpCandidate('b', 2027, 3, 5_000)];
    const ev = createCapacityEvaluator(parseScenario(overflowScenario()), candidates, 'spend');
    const levels = searchCapacity(ev, candidates, 100_000, 10, 1e-3);
    expect(levels.map((l) => l.budgetGbp)).toEqual(frontierBudgets(100_000, 8));
    for (const [k, level] of levels.entries()) {
      expect(capitalOf(candidates, level.places)).toBeLessThanOrEqual(level.budgetGbp);
      if (k > 0) expect(ev.objective(level.places)).toBeLessThanOrEqual(ev.objective(levels[k - 1].places));
    }
    expect(levels.at(-1)?.places).toEqual([9, 2]); // the optimum, where greedy alone stops at [8, 3]
  });
});
