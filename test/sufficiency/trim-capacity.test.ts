// Trimming places that save nothing from a purchase.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { createCapacityEvaluator } from '../../src/sufficiency/capacity-evaluator.js';
import { trimCapacity } from '../../src/sufficiency/trim-capacity.js';
import { overflowScenario, srpCandidate } from './overflow-scenario.js';

describe('trimCapacity', () => {
  it('takes off the places no child would fill, keeping the objective exactly', () => {
    // 10 children want a place in 2026 and 9 more in 2027: 19 places serve them all.
    const candidates = [srpCandidate('early', 2026, 30), srpCandidate('late', 2027, 30)];
    const ev = createCapacityEvaluator(parseScenario(overflowScenario()), candidates, 'spend');
    expect(trimCapacity(ev, candidates, [10, 20])).toEqual([10, 9]);
    expect(trimCapacity(ev, candidates, [30, 0])).toEqual([19, 0]);
    expect(ev.objective([10, 9])).toBe(ev.objective([10, 20]));
  });

  it('leaves a purchase where every place serves a child', () => {
    const candidates = [srpCandidate('early', 2026)];
    const ev = createCapacityEvaluator(parseScenario(overflowScenario()), candidates, 'spend');
    expect(trimCapacity(ev, candidates, [7])).toEqual([7]);
  });

  it('takes off the dearer places where two candidates serve the same children, whichever is listed first', () => {
    // 19 children in all; 15 places at £10,000 and 10 at £30,000 open in 2026: 4 of the dear ones are needed.
    const cheap = srpCandidate('cheap', 2026, 15, 10_000);
    const dear = srpCandidate('dear', 2026, 20, 30_000);
    const ev = createCapacityEvaluator(parseScenario(overflowScenario()), [cheap, dear], 'spend');
    expect(trimCapacity(ev, [cheap, dear], [15, 10])).toEqual([15, 4]);
    const reversed = createCapacityEvaluator(parseScenario(overflowScenario()), [dear, cheap], 'spend');
    expect(trimCapacity(reversed, [dear, cheap], [10, 15])).toEqual([4, 15]);
  });

  it("gives up dear places for a cheaper candidate's unbought ones that save as much", () => {
    const candidates = [srpCandidate('cheap', 2026, 15, 10_000), srpCandidate('dear', 2026, 20, 30_000)];
    const ev = createCapacityEvaluator(parseScenario(overflowScenario()), candidates, 'spend');
    // 12 cheap and 7 dear places serve all 19 children for £330,000; 15 and 4 do for £270,000.
    expect(trimCapacity(ev, candidates, [12, 7])).toEqual([15, 4]);
    expect(ev.objective([15, 4])).toBe(ev.objective([12, 7]));
  });

  it('keeps dearer places that serve children the cheaper cannot reach', () => {
    // The cheap places open a year late: the dear ones keep 2026's 10 children out of independent placements.
    const candidates = [srpCandidate('cheap', 2027, 30, 10_000), srpCandidate('dear', 2026, 10, 30_000)];
    const ev = createCapacityEvaluator(parseScenario(overflowScenario()), candidates, 'spend');
    expect(trimCapacity(ev, candidates, [9, 10])).toEqual([9, 10]);
  });
});
