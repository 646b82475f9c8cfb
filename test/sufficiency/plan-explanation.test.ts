import { describe, expect, it } from 'vitest';
import { planSummary } from '../../src/sufficiency/plan-explanation.js';
import { planCapacity } from '../../src/sufficiency/plan-capacity.js';
import { overflowScenario, srpCandidate } from './overflow-scenario.js';

const summaryOf = (places: number[]) =>
  planSummary({
    candidates: [srpCandidate('early', 2026), srpCandidate('late', 2027)],
    places,
    budgetGbp: 100_000,
    baseline: 2_596_700_000,
    saving: 502_429,
    objective: 'spend',
    years: [2025, 2030],
    independentLast: [1639, 1638],
  });

describe('planSummary', () => {
  it('says one place bought in the singular: "1 place ... it saves ... without it"', () => {
    const one = summaryOf([1, 0]);
    expect(one).toContain('buys 1 place at 1 of 2 candidates; it saves £502,429 of spend');
    expect(one).toContain('1,639 without it, 1,638 with it.');
    expect(one).not.toMatch(/1 places|they save|them/);
  });

  it('keeps the plural for more places', () => {
    const two = summaryOf([1, 1]);
    expect(two).toContain('buys 2 places at 2 of 2 candidates; they save £502,429 of spend');
    expect(two).toContain('1,639 without them, 1,638 with them.');
  });
});

describe('candidateOutcomes', () => {
  it('says a one-place candidate bought whole as "its 1 place bought", not "all 1 places bought"', () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 100_000, candidates: [srpCandidate('one', 2026, 1)] });
    expect(plan.why.candidates[0]).toMatchObject({ id: 'one', places: 1, code: 'all-bought' });
    expect(plan.why.candidates[0].reason).toBe('its 1 place bought');
    expect(plan.why.summary).toMatch(/buys 1 place at 1 of 1 candidates; it saves/);
  });
});
