// The scenario with a purchase added, and the evaluator the search asks.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { createCapacityEvaluator, rowsObjective, withPurchase } from '../../src/sufficiency/capacity-evaluator.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { overflowScenario, srpCandidate } from './overflow-scenario.js';

const scenario = parseScenario(overflowScenario());

describe('withPurchase', () => {
  it('adds one addition per candidate with places, with a source naming the plan and the cost', () => {
    const candidates = [
      { ...srpCandidate('a', 2026), need: 'ASD' as const, source: 'assumption: a remodelled classroom' },
      srpCandidate('b', 2027),
    ];
    const plan = withPurchase(scenario, candidates, [4, 0], 'planCapacity');
    expect(plan.capacity.srp?.additions).toEqual([
      {
        year: 2026,
        places: 4,
        need: 'ASD',
        source: 'planCapacity: candidate a (capital cost: assumption: a remodelled classroom)',
      },
    ]);
    expect(scenario.capacity.srp?.additions).toEqual([]); // the input is left as it was
  });
});

describe('createCapacityEvaluator', () => {
  it("gives the objective of the scenario with the places added, as projectSufficiency's rows do", () => {
    const candidates = [srpCandidate('a', 2026)];
    const ev = createCapacityEvaluator(scenario, candidates, 'spend');
    const rows = projectSufficiency(withPurchase(scenario, candidates, [10], 'x')).rows;
    expect(ev.objective([10])).toBeCloseTo(rowsObjective(rows, 'spend'), 4);
    expect(ev.objective([0]) - ev.objective([10])).toBeCloseTo(893_000, 4);
  });

  it('counts independent place-years for that objective', () => {
    const ev = createCapacityEvaluator(scenario, [srpCandidate('a', 2026)], 'independentPlacements');
    // Without places: 0, 10 and 19 children in independent placements in 2025-2027; with 10: 0, 0 and 9.
    expect(ev.objective([0])).toBeCloseTo(29, 9);
    expect(ev.objective([10])).toBeCloseTo(9, 9);
  });

  it('projects each purchase once', () => {
    const ev = createCapacityEvaluator(scenario, [srpCandidate('a', 2026)], 'spend');
    ev.objective([3]);
    ev.objective([3]);
    ev.objective([4]);
    expect(ev.projections).toBe(2);
  });
});
