// The @example outputs in the capacity plan's doc comments, checked so they stay true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPACITY_CANDIDATE_COLUMNS, readCapacityCandidatesCsv } from '../../src/io/capacity-candidates-csv.js';
import {
  CAPACITY_PLAN_LIMITS,
  CAPACITY_SETTINGS,
  CapacityCandidateSchema,
} from '../../src/schema/capacity-candidate.js';
import { type Scenario, parseScenario } from '../../src/schema/scenario.js';
import { createCapacityEvaluator, rowsObjective, withPurchase } from '../../src/sufficiency/capacity-evaluator.js';
import { exhaustiveCapacity } from '../../src/sufficiency/exhaustive-capacity.js';
import { greedyCapacity } from '../../src/sufficiency/greedy-capacity.js';
import { DEFAULT_PLAN_CAPACITY, parsePlanOptions } from '../../src/sufficiency/plan-capacity-options.js';
import { planCapacity } from '../../src/sufficiency/plan-capacity.js';
import { candidateOutcomes, gbpText, objectiveText } from '../../src/sufficiency/plan-explanation.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { searchCapacity } from '../../src/sufficiency/search-capacity.js';
import { swapCapacity } from '../../src/sufficiency/swap-capacity.js';
import { codesOf } from '../support/issues-of.js';

const read = (file: string) => readFileSync(new URL(`../../data/kent/${file}`, import.meta.url), 'utf8');
const kent = parseScenario(JSON.parse(read('scenario-2025.json')));
const kentWithoutPlan: Scenario = {
  ...kent,
  capacity: {
    srp: { ...kent.capacity.srp!, additions: [] },
    'maintained-special': { ...kent.capacity['maintained-special']!, additions: [] },
  },
};
const kentCandidates = readCapacityCandidatesCsv(read('capacity-candidates.csv')).records;
const srpNorth = { id: 'srp-north', setting: 'srp' as const, year: 2027, maxPlaces: 60, capitalGbpPerPlace: 35_000 };

describe('doc examples of the capacity plan', () => {
  it('limits, settings, defaults and the candidate schema', () => {
    expect(CAPACITY_PLAN_LIMITS.maxCandidates).toBe(50);
    expect(CAPACITY_SETTINGS).toEqual(['srp', 'maintained-special']);
    expect(DEFAULT_PLAN_CAPACITY.step).toBe(10);
    const good = { id: 'srp-north', setting: 'srp', need: 'ASD', year: 2027, maxPlaces: 40, capitalGbpPerPlace: 30000 };
    expect(CapacityCandidateSchema.safeParse(good).success).toBe(true);
    const bad = { id: 'x', setting: 'college', year: 2027, maxPlaces: 40, capitalGbpPerPlace: -1 };
    expect(CapacityCandidateSchema.safeParse(bad).success).toBe(false);
    expect(CAPACITY_CANDIDATE_COLUMNS.capitalGbpPerPlace).toBe('number');
    const csv = 'id,setting,need,year,maxPlaces,capitalGbpPerPlace\nsrp-north,srp,ASD,2027,40,"£35,000"\n';
    expect(readCapacityCandidatesCsv(csv).records[0].capitalGbpPerPlace).toBe(35000);
  });

  it('parsePlanOptions', () => {
    expect(parsePlanOptions({ budgetGbp: 1e6, candidates: [] }, kent).step).toBe(10);
    expect(() => parsePlanOptions({ budgetGbp: -1, candidates: [] }, kent)).toThrow(
      'budgetGbp: budgetGbp must be 0 or more',
    );
    expect(codesOf(() => parsePlanOptions({ budgetGbp: -1, candidates: [] }, kent))).toEqual(['budgetGbp: too_small']);
  });

  it('withPurchase, rowsObjective and the evaluator', () => {
    const plan = withPurchase(kent, [srpNorth], [40], 'planCapacity');
    expect(plan.capacity.srp?.additions.at(-1)).toEqual({
      year: 2027,
      places: 40,
      source: 'planCapacity: candidate srp-north',
    });
    expect(rowsObjective(projectSufficiency(kent).rows, 'independentPlacements')).toBeCloseTo(6112.52, 2);
    const ev = createCapacityEvaluator(kentWithoutPlan, [srpNorth], 'spend');
    expect(ev.objective([0]) - ev.objective([40])).toBeCloseTo(8158073.3, 1);
  });

  it('the search: greedy, exchanges, exhaustive search and the levels', () => {
    const ev = createCapacityEvaluator(kentWithoutPlan, kentCandidates.slice(0, 2), 'spend');
    const candidates = kentCandidates.slice(0, 2);
    const greedy = greedyCapacity(ev, candidates, 1_000_000, 10, 1);
    expect(greedy.capitalGbp).toBeLessThanOrEqual(1_000_000);
    const better = swapCapacity(ev, candidates, greedy.places, 1_000_000, 10, 1, 3);
    expect(ev.objective(better)).toBeLessThanOrEqual(ev.objective(greedy.places));
    const best = exhaustiveCapacity(ev, candidates, 1_000_000, 10);
    expect(best.objective).toBeLessThanOrEqual(greedyCapacity(ev, candidates, 1_000_000, 10, 0).objective);
    expect(searchCapacity(ev, candidates, 1_000_000, 10, 1).at(-1)?.budgetGbp).toBe(1_000_000);
  });

  it("planCapacity on Kent, its summary and the first candidate's outcome", () => {
    const plan = planCapacity(kentWithoutPlan, { budgetGbp: 12_000_000, candidates: kentCandidates });
    expect([plan.chosen.length, plan.capitalGbp, Math.round(plan.saving / 1e4) / 100]).toEqual([7, 11990000, 69.72]);
    expect(plan.frontier.length).toBe(8);
    expect(plan.why.summary).toBe(
      '£11.99m of the £12.00m budget buys 342 places at 7 of 10 candidates; they save £69.72m of spend over ' +
        '2025-2030 (2.7% of £2,596.70m). Independent placements in 2030: 1,639 without them, 1,283 with them.',
    );
    const ev = createCapacityEvaluator(kentWithoutPlan, kentCandidates, 'spend');
    const places = kentCandidates.map((c) => plan.chosen.find((x) => x.id === c.id)?.places ?? 0);
    expect(candidateOutcomes(ev, kentCandidates, places, 12_000_000, 10, 1, 'spend')[0]).toEqual(
      plan.why.candidates[0],
    );
    expect(plan.why.candidates[0]).toEqual({
      id: 'srp-remodel-2026',
      places: 60,
      maxPlaces: 60,
      code: 'all-bought',
      reason: 'all 60 places bought',
    });
  });

  it('money and objective in sentences', () => {
    expect(gbpText(74_389_285)).toBe('£74.39m');
    expect(gbpText(35_000)).toBe('£35,000');
    expect(objectiveText(1511.4, 'independentPlacements')).toBe('1,511 place-years of independent placements');
  });
});
