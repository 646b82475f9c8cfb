// The greedy search by saving per pound, on the hand-made overflow scenario (see overflow-scenario.ts).
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { createCapacityEvaluator } from '../../src/sufficiency/capacity-evaluator.js';
import { capitalOf, greedyCapacity } from '../../src/sufficiency/greedy-capacity.js';
import { overflowScenario, srpCandidate } from './overflow-scenario.js';

const scenario = parseScenario(overflowScenario());

function greedy(candidates: ReturnType<typeof srpCandidate>[], budgetGbp: number, step = 10) {
  const ev = createCapacityEvaluator(scenario, candidates, 'spend');
  return greedyCapacity(ev, candidates, budgetGbp, step, 1e-3);
}

describe('greedyCapacity', () => {
  it('takes the step that saves most per pound: places opened in 2026 serve two years, 2027 places one', () => {
    const r = greedy([srpCandidate('late', 2027), srpCandidate('early', 2026)], 100_000);
    expect(r.places).toEqual([0, 10]);
    expect(r.steps).toEqual([{ candidate: 1, places: 10, capitalGbp: 100_000, saving: 893_000 }]);
  });

  it('ranks by saving per pound, not by saving: cheaper late places come first', () => {
    const r = greedy([srpCandidate('early', 2026), srpCandidate('late', 2027, 10, 4_000)], 100_000);
    expect(r.steps.map((s) => s.candidate)).toEqual([1, 0]);
    expect(r.places).toEqual([6, 10]);
  });

  it('never spends more than the budget: the last step buys what is left of it', () => {
    const r = greedy([srpCandidate('early', 2026)], 55_000);
    expect(r.places).toEqual([5]);
    expect(r.capitalGbp).toBe(50_000);
  });

  it('takes free places before priced ones, and stops when no step saves anything', () => {
    const r = greedy([srpCandidate('priced', 2026), srpCandidate('free', 2026, 30, 0)], 1_000_000);
    expect(r.steps.map((s) => s.candidate)).toEqual([1, 1]);
    expect(r.places).toEqual([0, 20]); // 19 children want a place over the two years; the 20th place is a step's tail
  });

  it('buys nothing that saves nothing: places ring-fenced for a need no child has', () => {
    const r = greedy([{ ...srpCandidate('semh', 2026), need: 'SEMH' as const }], 1_000_000);
    expect(r.steps).toEqual([]);
    expect(r.capitalGbp).toBe(0);
  });

  it('breaks ties by the order listed', () => {
    const r = greedy([srpCandidate('first', 2026), srpCandidate('second', 2026)], 100_000);
    expect(r.places).toEqual([10, 0]);
  });

  it('can miss the optimum: cheap steps with the best ratio leave a remainder too small for a better one', () => {
    // b's 3 places save the most per pound, but after them £5,000 is left, half of a place of a; the
    // optimum buys 9 of a and 2 of b for the whole £100,000 (swap-capacity.test.ts mends it).
    const r = greedy([srpCandidate('a', 2026), srpCandidate('b', 2027, 3, 5_000)], 100_000);
    expect(r.places).toEqual([8, 3]);
    expect(r.capitalGbp).toBe(95_000);
  });
});

describe('capitalOf', () => {
  it('sums places times cost per place', () => {
    expect(capitalOf([{ capitalGbpPerPlace: 30_000 }, { capitalGbpPerPlace: 80_000 }], [10, 5])).toBe(700_000);
  });
});
