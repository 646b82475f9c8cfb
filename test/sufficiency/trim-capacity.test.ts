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
    expect(trimCapacity(ev, [10, 20])).toEqual([10, 9]);
    expect(trimCapacity(ev, [30, 0])).toEqual([19, 0]);
    expect(ev.objective([10, 9])).toBe(ev.objective([10, 20]));
  });

  it('leaves a purchase where every place serves a child', () => {
    const candidates = [srpCandidate('early', 2026)];
    const ev = createCapacityEvaluator(parseScenario(overflowScenario()), candidates, 'spend');
    expect(trimCapacity(ev, [7])).toEqual([7]);
  });
});
