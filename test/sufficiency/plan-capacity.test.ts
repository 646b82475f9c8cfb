// planCapacity on hand-made cases whose answers can be worked out (see overflow-scenario.ts).
import { describe, expect, it } from 'vitest';
import { planSummary } from '../../src/sufficiency/plan-explanation.js';
import { planCapacity } from '../../src/sufficiency/plan-capacity.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { overflowScenario, srpCandidate } from './overflow-scenario.js';

const both = [srpCandidate('early', 2026), srpCandidate('late', 2027)];

describe('planCapacity', () => {
  it('buys the places that save most: 10 places in 2026 keep 10 children out of independent placements 2 years', () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 100_000, candidates: both });
    expect(plan.chosen).toEqual([
      { id: 'early', setting: 'srp', year: 2026, places: 10, capitalGbp: 100_000, saving: 893_000 },
    ]);
    expect([plan.capitalGbp, plan.saving]).toEqual([100_000, 893_000]);
    expect(plan.why.candidates[1]).toEqual({
      id: 'late',
      places: 0,
      maxPlaces: 10,
      code: 'over-budget',
      reason: '10 places would save £416,700 but cost £100,000, more than the £0 left',
    });
  });

  it('buys only the places a child would fill, and says why not the rest', () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 200_000, candidates: both });
    expect(plan.chosen.map((c) => [c.id, c.places, c.saving])).toEqual([
      ['early', 10, 893_000],
      ['late', 9, 416_700],
    ]);
    expect(plan.capitalGbp).toBe(190_000);
    expect(plan.why.candidates[1].reason).toBe(
      '9 of 10 places bought; 1 more place would save nothing: demand for SRP places from 2027 is met without them',
    );
  });

  it('spends no capital that saves nothing when the budget does not bind: cheaper places before dearer ones', () => {
    // 19 children want a place; both candidates open in 2026, so 15 cheap places and 4 dear ones serve them all.
    const candidates = [srpCandidate('cheap', 2026, 15, 10_000), srpCandidate('dear', 2026, 20, 30_000)];
    const plan = planCapacity(overflowScenario(), { budgetGbp: 1_000_000, candidates });
    expect(plan.chosen.map((c) => [c.id, c.places, c.capitalGbp])).toEqual([
      ['cheap', 15, 150_000],
      ['dear', 4, 120_000],
    ]);
    // Before: 12 cheap and 7 dear places, £330,000, for the same saving.
    expect([plan.capitalGbp, plan.saving]).toEqual([270_000, 1_309_700]);
    // Every level that reaches the full saving uses the plan's capital, no more.
    const full = plan.frontier.filter((f) => f.saving === plan.saving);
    expect(full.map((f) => f.capitalGbp)).toEqual([270_000, 270_000, 270_000, 270_000, 270_000, 270_000]);
  });

  it('returns the scenario with the places added, which re-projects to exactly the saving', () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 200_000, candidates: both });
    expect(plan.scenario.capacity.srp?.additions.map((a) => [a.year, a.places])).toEqual([
      [2026, 10],
      [2027, 9],
    ]);
    expect(plan.scenario.capacity.srp?.additions[0].source).toBe('capital plan (budget £200,000): candidate early');
    const spend = (s: unknown) => projectSufficiency(s).rows.reduce((t, r) => t + r.spend, 0);
    expect(plan.baseline).toBe(spend(overflowScenario()));
    expect(plan.saving).toBe(plan.baseline - spend(plan.scenario));
  });

  it('draws the frontier at eight budget levels, the last the plan itself', () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 100_000, candidates: both });
    expect(plan.frontier.map((f) => f.budgetGbp)).toEqual([
      12_500, 25_000, 37_500, 50_000, 62_500, 75_000, 87_500, 100_000,
    ]);
    expect(plan.frontier[0]).toEqual({ budgetGbp: 12_500, capitalGbp: 10_000, saving: 89_300 });
    expect(plan.frontier.at(-1)).toEqual({ budgetGbp: 100_000, capitalGbp: 100_000, saving: 893_000 });
  });

  it('counts independent place-years with that objective', () => {
    const plan = planCapacity(overflowScenario(), {
      budgetGbp: 200_000,
      candidates: both,
      objective: 'independentPlacements',
    });
    expect(plan.baseline).toBe(29); // 0 + 10 + 19
    expect(plan.saving).toBe(29);
    expect(plan.why.summary).toContain('they save 29 place-years of independent placements over 2025-2027');
  });

  it("says a saving under a tenth of a percent is 'under 0.1%', not '0.0%', which reads as none", () => {
    const summary = planSummary({
      candidates: both,
      places: [1, 0],
      budgetGbp: 10_000,
      baseline: 2_596_700_000,
      saving: 502_429,
      objective: 'spend',
      years: [2025, 2030],
      independentLast: [1639, 1638],
    });
    expect(summary).toContain('over 2025-2030 (under 0.1% of £2,596.70m)');
  });

  it('an empty plan for a budget that buys nothing, saving 0, with the reason', () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 9_999, candidates: both });
    expect([plan.chosen, plan.capitalGbp, plan.saving]).toEqual([[], 0, 0]);
    expect(plan.frontier.every((f) => f.saving === 0)).toBe(true);
    expect(plan.why.summary).toBe(
      'The budget (£9,999) buys nothing: the cheapest candidate place costs £10,000. ' +
        'The plan is empty and saves nothing.',
    );
  });

  it('an empty plan when no place saves anything, and when no candidates are given', () => {
    const semh = [{ ...srpCandidate('semh', 2026), need: 'SEMH' as const }];
    const plan = planCapacity(overflowScenario(), { budgetGbp: 1e6, candidates: semh });
    expect([plan.chosen, plan.saving]).toEqual([[], 0]);
    expect(plan.why.summary).toMatch(/^No place the budget can buy saves anything/);
    expect(plan.why.candidates[0].code).toBe('saves-nothing');
    const none = planCapacity(overflowScenario(), { budgetGbp: 1e6, candidates: [] });
    expect([none.chosen, none.saving, none.why.summary]).toEqual([
      [],
      0,
      'No candidates were given, so the plan is empty and saves nothing.',
    ]);
  });

  it('with runs, reports the saving across simulated runs; an assumption with no range leaves it exact', () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 100_000, candidates: both, runs: 20, seed: 3 });
    // Nothing in the overflow scenario has a range or evidence, so every run is the projection itself.
    expect(plan.uncertainty).toEqual({ runs: 20, seed: 3, mean: 893_000, p5: 893_000, p50: 893_000, p95: 893_000 });
    expect(planCapacity(overflowScenario(), { budgetGbp: 100_000, candidates: both }).uncertainty).toBeUndefined();
  });

  it('gives the same plan for the same input', () => {
    const run = () =>
      JSON.stringify(planCapacity(overflowScenario(), { budgetGbp: 150_000, candidates: both, step: 3 }));
    expect(run()).toBe(run());
  });
});
