import type { CapacityCandidate } from '../schema/capacity-candidate.js';
import type { CapacityEvaluator } from './capacity-evaluator.js';
import { greedyCapacity } from './greedy-capacity.js';
import { DEFAULT_PLAN_CAPACITY } from './plan-capacity-options.js';
import { swapCapacity } from './swap-capacity.js';
import { trimCapacity } from './trim-capacity.js';

/** The best purchase found at one budget level. Internal. */
export type LevelPurchase = { budgetGbp: number; places: number[] };

/**
 * The budget levels of the frontier: budget × 1/L ... L/L, the last exactly the budget.
 *
 * @example
 * frontierBudgets(8_000_000, 4); // [2000000, 4000000, 6000000, 8000000]
 */
export function frontierBudgets(budgetGbp: number, levels: number): number[] {
  return Array.from({ length: levels }, (_, k) => (k + 1 === levels ? budgetGbp : (budgetGbp * (k + 1)) / levels));
}

/**
 * Takes off places that save nothing (or gives dearer places up for cheaper ones that save as much),
 * then spends what that frees on steps that do, until neither changes the purchase (three rounds at
 * most: each frees only capital that saved nothing).
 */
function settle(
  ev: CapacityEvaluator,
  candidates: readonly CapacityCandidate[],
  start: number[],
  budget: number,
  step: number,
  noise: number,
): number[] {
  let places = trimCapacity(ev, candidates, start);
  for (let round = 0; round < 3; round++) {
    const topped = trimCapacity(ev, candidates, greedyCapacity(ev, candidates, budget, step, noise, places).places);
    if (topped.every((p, i) => p === places[i])) break;
    places = topped;
  }
  return places;
}

/**
 * Searches the purchase at each budget level, smallest first: a fresh greedy search by saving per
 * pound, or the previous level's purchase topped up greedily with the extra budget when the fresh
 * one does not beat it by more than `noise`; at the last level (the plan) then exchanges
 * (swapCapacity), which only improve; and places that save nothing taken off, dearest first, or
 * given up for a cheaper candidate's that save as much (trimCapacity), the capital that frees spent
 * again. So a level never saves less than the one below it, by construction rather than by a
 * running maximum.
 * Internal: planCapacity's search.
 *
 * @example
 * const levels = searchCapacity(ev, candidates, 12_000_000, 10, 1); // ev: createCapacityEvaluator(...)
 * levels.at(-1).budgetGbp; // 12000000: the plan itself
 */
export function searchCapacity(
  ev: CapacityEvaluator,
  candidates: readonly CapacityCandidate[],
  budgetGbp: number,
  step: number,
  noise: number,
): LevelPurchase[] {
  const out: LevelPurchase[] = [];
  let carried = candidates.map(() => 0);
  const budgets = frontierBudgets(budgetGbp, DEFAULT_PLAN_CAPACITY.frontierLevels);
  for (const [k, budget] of budgets.entries()) {
    const topped = greedyCapacity(ev, candidates, budget, step, noise, carried).places;
    const fresh = greedyCapacity(ev, candidates, budget, step, noise).places;
    let best = ev.objective(fresh) < ev.objective(topped) - noise ? fresh : topped;
    // Exchanges are most of the search's cost and change a frontier level little: the plan's own level gets them.
    if (k === budgets.length - 1)
      best = swapCapacity(ev, candidates, best, budget, step, noise, DEFAULT_PLAN_CAPACITY.swapPasses);
    carried = settle(ev, candidates, best, budget, step, noise);
    out.push({ budgetGbp: budget, places: carried });
  }
  return out;
}
