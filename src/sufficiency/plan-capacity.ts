import type { Loose } from '../schema/loose.js';
import type { CapacitySetting } from '../schema/capacity-candidate.js';
import type { NeedCode } from '../needs.js';
import type { Scenario, ScenarioInput } from '../schema/scenario.js';
import { parseWithScenario } from './parse-with-scenario.js';
import { type Purchase, createCapacityEvaluator, rowsObjective, withPurchase } from './capacity-evaluator.js';
import { compileScenario } from './compile-scenario.js';
import { DEFAULT_SUFFICIENCY } from './defaults.js';
import { capitalOf } from './greedy-capacity.js';
import { type CandidateOutcome, candidateOutcomes, planSummary } from './plan-explanation.js';
import {
  DEFAULT_PLAN_CAPACITY,
  type ParsedPlanOptions,
  type PlanCapacityOptions,
  type PlanObjective,
  parsePlanOptions,
} from './plan-capacity-options.js';
import { type SavingUncertainty, savingUncertainty } from './plan-uncertainty.js';
import { type SufficiencyRow, runRows } from './project-sufficiency.js';
import { searchCapacity } from './search-capacity.js';

/** Places bought of one candidate, their capital, and their share of the saving. */
export type ChosenPlaces = {
  id: string;
  setting: CapacitySetting;
  need?: NeedCode;
  year: number;
  places: number;
  capitalGbp: number;
  /**
   * What these places save, adding the chosen candidates one by one in the order they are listed
   * (places interact, so another order would split the total differently); the shares add up to `saving`.
   */
  saving: number;
};

/** The best saving found at one budget level, and the capital its plan uses. */
export type FrontierPoint = { budgetGbp: number; capitalGbp: number; saving: number };

/** Result of planCapacity. Money is GBP; the objective is summed over the scenario's years. */
export type CapacityPlan = {
  objective: PlanObjective;
  budgetGbp: number;
  step: number;
  /** Candidates with places bought, in the order listed. */
  chosen: ChosenPlaces[];
  capitalGbp: number;
  /** The objective of the scenario as given: total spend (GBP) or independent place-years, base to end year. */
  baseline: number;
  /** baseline minus the objective of `scenario`: re-projecting `scenario` gives it back exactly. */
  saving: number;
  /** The input scenario with the chosen places added to its capacity plans, each with a source naming the plan. */
  scenario: Scenario;
  /** Best saving found at budget × 1/8 ... 8/8, never falling as the budget grows; the last is the plan. */
  frontier: FrontierPoint[];
  /** With `runs`: the saving across simulateSufficiency's runs, paired by seed. */
  uncertainty?: SavingUncertainty;
  why: { summary: string; method: string; candidates: CandidateOutcome[] };
};

const METHOD =
  'Greedy by marginal saving per pound: places are added in steps (the last of a candidate or of the budget may be ' +
  'smaller), each time the step that saves most per pound of capital, every step re-projected; then exchanges, ' +
  'each forcing one more step (or one place) of a candidate, paid for by the others, kept if the plan saves more; ' +
  "places no child would fill are taken off, dearest first, and dearer places given up for a cheaper candidate's " +
  'that save as much. Not guaranteed optimal: on 271 random small instances it found the exhaustive optimum in ' +
  '268, the worst at 91.9% of it (bench/README.md, "Capacity plans").';

/** Rows of the scenario with a purchase added: what the reported numbers are read from. */
function rowsWith(s: Scenario, o: ParsedPlanOptions, places: Purchase, source: string): SufficiencyRow[] {
  return runRows(compileScenario(withPurchase(s, o.candidates, places, source)));
}

/** Each chosen candidate's places, capital and share of the saving, added in the order listed. */
function chosenOf(s: Scenario, o: ParsedPlanOptions, places: Purchase, baseline: number, source: string) {
  const chosen: ChosenPlaces[] = [];
  const sofar = o.candidates.map(() => 0);
  let before = baseline;
  o.candidates.forEach((c, i) => {
    if (places[i] === 0) return;
    sofar[i] = places[i];
    const after = rowsObjective(rowsWith(s, o, sofar, source), o.objective);
    chosen.push({
      id: c.id,
      setting: c.setting,
      ...(c.need ? { need: c.need } : {}),
      year: c.year,
      places: places[i],
      capitalGbp: places[i] * c.capitalGbpPerPlace,
      saving: before - after,
    });
    before = after;
  });
  return chosen;
}

/**
 * Where the next places should go: given a capital budget and candidate places (setting, need,
 * opening year, how many, capital cost per place), chooses how many of each to buy so that the
 * scenario's spend (or independent placements) over its years falls most, and shows the frontier:
 * the best saving found at eight budget levels up to the budget, i.e. what each further million
 * buys. The projection is monotone in places but not linear (overflow stops once a need's demand
 * is met; a place opened early keeps a child out of independent placements in every later year),
 * so the search is greedy by marginal saving per pound in steps of `step` places, every step
 * re-projected, then improved by exchanges of one step (or one place) at a time. It can miss the
 * optimum when the better plan needs several places exchanged at once (2 places of one candidate for
 * 3 of another), when steps are coarse against the budget, or when a candidate pays off only after
 * another is bought (places that compound); bench/README.md measures how often against exhaustive
 * search (268 of 271 small instances optimal, the worst at 91.9%). Ties go to the candidate listed first.
 *
 * @param scenario a Scenario or JSON to validate; its capacity plans are the starting point
 * @param options budgetGbp, candidates, objective ('spend' default, or 'independentPlacements'),
 *   step (10 places), runs and seed (with runs, the saving's p5/p50/p95 from simulateSufficiency)
 * @throws ValidationError for a bad scenario, or options listing every problem with its path
 * @example
 * // Kent with no capacity added, and data/kent/capacity-candidates.csv (see examples/plan-capacity.ts)
 * const plan = planCapacity(kentWithoutPlan, { budgetGbp: 12_000_000, candidates: kentCandidates });
 * [plan.chosen.length, plan.capitalGbp, Math.round(plan.saving / 1e4) / 100]; // [7, 11990000, 69.72]
 * plan.frontier.length; // 8
 */
export function planCapacity(scenario: Loose<ScenarioInput>, options: PlanCapacityOptions): CapacityPlan {
  const [s, o] = parseWithScenario(scenario, options, parsePlanOptions);
  const source = `capital plan (budget £${o.budgetGbp.toLocaleString('en-GB')})`;
  const ev = createCapacityEvaluator(s, o.candidates, o.objective);
  const none = o.candidates.map(() => 0);
  const years = s.endYear - s.baseYear + 1;
  // Rows keep DEFAULT_SUFFICIENCY.decimals places: a smaller difference is rounding, not a saving.
  const noise = Math.max(
    DEFAULT_PLAN_CAPACITY.noiseShare * Math.abs(ev.objective(none)),
    years * 10 ** -DEFAULT_SUFFICIENCY.decimals,
  );
  const levels = searchCapacity(ev, o.candidates, o.budgetGbp, o.step, noise);
  const baseRows = runRows(compileScenario(s));
  const baseline = rowsObjective(baseRows, o.objective);
  const savingOf = new Map<string, number>();
  const frontier = levels.map(({ budgetGbp, places }) => {
    const key = places.join(',');
    if (!savingOf.has(key)) savingOf.set(key, baseline - rowsObjective(rowsWith(s, o, places, source), o.objective));
    return { budgetGbp, capitalGbp: capitalOf(o.candidates, places), saving: savingOf.get(key) as number };
  });
  const places = levels[levels.length - 1].places;
  const planned = withPurchase(s, o.candidates, places, source);
  const planRows = runRows(compileScenario(planned));
  const saving = baseline - rowsObjective(planRows, o.objective);
  return {
    objective: o.objective,
    budgetGbp: o.budgetGbp,
    step: o.step,
    chosen: chosenOf(s, o, places, baseline, source),
    capitalGbp: capitalOf(o.candidates, places),
    baseline,
    saving,
    scenario: planned,
    frontier,
    ...(o.runs ? { uncertainty: savingUncertainty(s, planned, o.objective, o.runs, o.seed) } : {}),
    why: {
      summary: planSummary({
        candidates: o.candidates,
        places,
        budgetGbp: o.budgetGbp,
        baseline,
        saving,
        objective: o.objective,
        years: [s.baseYear, s.endYear],
        independentLast: [baseRows[years - 1].independentPlacements, planRows[years - 1].independentPlacements],
      }),
      method: METHOD,
      candidates: candidateOutcomes(ev, o.candidates, places, o.budgetGbp, o.step, noise, o.objective),
    },
  };
}
