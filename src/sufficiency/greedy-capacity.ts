import type { CapacityCandidate } from '../schema/capacity-candidate.js';
import type { CapacityEvaluator, Purchase } from './capacity-evaluator.js';

/** Places added to one candidate in one step of the search, their capital and the saving they brought. Internal. */
export type PlanStep = { candidate: number; places: number; capitalGbp: number; saving: number };

/** A purchase found by a search, with the steps that built it in the order taken. Internal. */
export type SearchResult = { places: number[]; steps: PlanStep[]; capitalGbp: number; objective: number };

/**
 * Capital of a purchase, GBP, always summed the same way (place count times cost, in the
 * candidates' order), so a check against the budget never depends on the order steps were taken.
 *
 * @example
 * capitalOf([{ capitalGbpPerPlace: 30000 }, { capitalGbpPerPlace: 80000 }], [10, 5]); // 700000
 */
export function capitalOf(candidates: readonly Pick<CapacityCandidate, 'capitalGbpPerPlace'>[], places: Purchase) {
  let total = 0;
  for (let i = 0; i < candidates.length; i++) total += places[i] * candidates[i].capitalGbpPerPlace;
  return total;
}

/** The most places of candidate `i` the next step can add: a full step, or what is left of it or the budget. */
function stepSize(candidates: readonly CapacityCandidate[], places: number[], i: number, step: number, budget: number) {
  const c = candidates[i];
  let size = Math.min(step, c.maxPlaces - places[i]);
  if (c.capitalGbpPerPlace === 0) return size;
  const left = budget - capitalOf(candidates, places);
  size = Math.min(size, Math.floor(left / c.capitalGbpPerPlace));
  // Floor of a quotient can round up by one ulp; the budget is a hard limit, checked on the sum itself.
  const next = places.slice();
  while (size > 0) {
    next[i] = places[i] + size;
    if (capitalOf(candidates, next) <= budget) break;
    size--;
  }
  return Math.max(0, size);
}

type Option = { candidate: number; places: number; saving: number; perGbp: number };

/** Higher saving per pound first; then the bigger saving; then the candidate listed first (the documented tie rule). */
function better(a: Option, b: Option | undefined): boolean {
  if (!b) return true;
  if (a.perGbp !== b.perGbp) return a.perGbp > b.perGbp;
  if (a.saving !== b.saving) return a.saving > b.saving;
  return a.candidate < b.candidate;
}

/**
 * Greedy by marginal saving per pound: from no places, repeatedly add the step (`step` places of one
 * candidate, fewer when the candidate or the budget has fewer left) that saves the most per pound of
 * capital, until no affordable step saves more than rounding noise. Free places (no capital) rank
 * above any priced step. Every candidate's next step is re-evaluated after each choice, because
 * places interact: they fill the same demand, and a place opened early keeps a child out of
 * independent placements in every later year. Internal: planCapacity runs it at each budget level.
 *
 * @param noise a step must save more than this to be taken
 * @example
 * const ev = createCapacityEvaluator(kent, candidates, 'spend');
 * const r = greedyCapacity(ev, candidates, 12_000_000, 10, 1);
 * r.capitalGbp <= 12_000_000; // true
 */
export function greedyCapacity(
  ev: CapacityEvaluator,
  candidates: readonly CapacityCandidate[],
  budgetGbp: number,
  step: number,
  noise: number,
  start: Purchase = candidates.map(() => 0),
): SearchResult {
  const places = start.slice();
  const steps: PlanStep[] = [];
  let current = ev.objective(places);
  for (;;) {
    let best: Option | undefined;
    for (let i = 0; i < candidates.length; i++) {
      const size = stepSize(candidates, places, i, step, budgetGbp);
      if (size <= 0) continue;
      const next = places.slice();
      next[i] += size;
      const saving = current - ev.objective(next);
      if (!(saving > noise)) continue;
      const capital = size * candidates[i].capitalGbpPerPlace;
      const option = { candidate: i, places: size, saving, perGbp: capital === 0 ? Infinity : saving / capital };
      if (better(option, best)) best = option;
    }
    if (!best) break;
    places[best.candidate] += best.places;
    current = ev.objective(places);
    steps.push({
      candidate: best.candidate,
      places: best.places,
      capitalGbp: best.places * candidates[best.candidate].capitalGbpPerPlace,
      saving: best.saving,
    });
  }
  return { places, steps, capitalGbp: capitalOf(candidates, places), objective: current };
}
