import type { CapacityCandidate } from '../schema/capacity-candidate.js';
import type { Scenario } from '../schema/scenario.js';
import { compileScenario } from './compile-scenario.js';
import type { PlanObjective } from './plan-capacity-options.js';
import { type SufficiencyRow, runTotals } from './project-sufficiency.js';

/** Places bought of each candidate, in the candidates' order. Internal. */
export type Purchase = readonly number[];

/**
 * The scenario with the purchased places added to its capacity plans: one addition per candidate
 * with places, in the candidates' order, each with `source` and the candidate's own source. Internal.
 *
 * @example
 * // srpNorth: { id: 'srp-north', setting: 'srp', year: 2027, maxPlaces: 60, capitalGbpPerPlace: 35000 }
 * const plan = withPurchase(kent, [srpNorth], [40], 'planCapacity');
 * plan.capacity.srp.additions.at(-1); // { year: 2027, places: 40, source: 'planCapacity: candidate srp-north' }
 */
export function withPurchase(
  s: Scenario,
  candidates: readonly CapacityCandidate[],
  places: Purchase,
  source: string,
): Scenario {
  const capacity = { ...s.capacity };
  candidates.forEach((c, i) => {
    if (places[i] <= 0) return;
    const plan = capacity[c.setting];
    if (!plan) return; // parsePlanOptions rejects candidates for an uncapped setting
    const addition = {
      year: c.year,
      places: places[i],
      ...(c.need ? { need: c.need } : {}),
      source: `${source}: candidate ${c.id}${c.source ? ` (capital cost: ${c.source})` : ''}`,
    };
    capacity[c.setting] = { ...plan, additions: [...plan.additions, addition] };
  });
  return { ...s, capacity };
}

/** What the plan minimises, summed over a projection's years. */
function objectiveOf(objective: PlanObjective, totals: { independent: number[]; spend: number[] }): number {
  const values = objective === 'spend' ? totals.spend : totals.independent;
  return values.reduce((t, x) => t + x, 0);
}

/**
 * The objective of a projection's rows, summed from the base year to the end year: what planCapacity
 * reports as `baseline` and what `saving` is measured in, so re-projecting its scenario gives it back.
 *
 * @example
 * rowsObjective(projectSufficiency(kent).rows, 'independentPlacements'); // 6112.52...: place-years 2025-2030
 */
export function rowsObjective(rows: readonly SufficiencyRow[], objective: PlanObjective): number {
  return objectiveOf(objective, {
    independent: rows.map((r) => r.independentPlacements),
    spend: rows.map((r) => r.spend),
  });
}

/** The objective of any purchase, remembered; see createCapacityEvaluator. Internal. */
export type CapacityEvaluator = {
  objective(places: Purchase): number;
  /** Projections run so far (cache misses): the search's cost. */
  readonly projections: number;
};

/**
 * Evaluates purchases for the search: the objective (unrounded) of the scenario with the places
 * added. The scenario is compiled once; each purchase recompiles only its capacity (the moves and
 * joiners, the expensive part, are shared) and runs the fast path without breakdowns. Results are
 * cached by purchase, since the greedy runs at each budget level of the frontier revisit the same ones.
 *
 * @example
 * const ev = createCapacityEvaluator(kentWithoutPlan, [srpNorth], 'spend'); // Kent with no capacity added
 * ev.objective([0]) - ev.objective([40]); // 8158073.3...: 40 places at srp-north save £8.16m over 2025-2030
 */
export function createCapacityEvaluator(
  s: Scenario,
  candidates: readonly CapacityCandidate[],
  objective: PlanObjective,
): CapacityEvaluator {
  const compiled = compileScenario(s);
  // Only the capacity plans matter to the caps: compiling a copy without census, joiners and rules is cheap.
  const capacityOnly: Scenario = { ...s, stock: [], transitions: [], joiners: { ...s.joiners, entries: [] } };
  const cache = new Map<string, number>();
  let projections = 0;
  return {
    objective(places) {
      const key = places.join(',');
      const known = cache.get(key);
      if (known !== undefined) return known;
      const { caps } = compileScenario(withPurchase(capacityOnly, candidates, places, 'search'));
      const value = objectiveOf(objective, runTotals({ ...compiled, caps }));
      projections++;
      cache.set(key, value);
      return value;
    },
    get projections() {
      return projections;
    },
  };
}
