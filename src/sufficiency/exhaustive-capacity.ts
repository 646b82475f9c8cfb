import type { CapacityCandidate } from '../schema/capacity-candidate.js';
import type { CapacityEvaluator } from './capacity-evaluator.js';
import { capitalOf } from './greedy-capacity.js';

/**
 * The true optimum of a small instance: every purchase (0 to maxPlaces places of each candidate, in
 * multiples of `grain`, and each candidate's maxPlaces itself) within the budget, evaluated, the
 * lowest objective kept (ties to the purchase enumerated first). Exponential in the candidates:
 * for tests and the benchmark's baseline only, never for a real plan. Internal.
 *
 * @example
 * const best = exhaustiveCapacity(ev, candidates, 1_000_000, 1);
 * best.objective <= greedyCapacity(ev, candidates, 1_000_000, 1, 0).objective; // true
 */
export function exhaustiveCapacity(
  ev: CapacityEvaluator,
  candidates: readonly CapacityCandidate[],
  budgetGbp: number,
  grain: number,
): { places: number[]; objective: number; capitalGbp: number } {
  const levels = candidates.map((c) => {
    const out: number[] = [];
    for (let p = 0; p < c.maxPlaces; p += grain) out.push(p);
    out.push(c.maxPlaces);
    return out;
  });
  const places = candidates.map(() => 0);
  let best = { places: places.slice(), objective: ev.objective(places), capitalGbp: 0 };
  const visit = (i: number): void => {
    if (i === candidates.length) {
      const objective = ev.objective(places);
      if (objective < best.objective)
        best = { places: places.slice(), objective, capitalGbp: capitalOf(candidates, places) };
      return;
    }
    for (const p of levels[i]) {
      places[i] = p;
      // Places only add capital: once over the budget, more of this candidate is too.
      if (capitalOf(candidates, places) > budgetGbp) break;
      visit(i + 1);
    }
    places[i] = 0;
  };
  visit(0);
  return best;
}
