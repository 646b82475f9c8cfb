import type { CapacityCandidate } from '../schema/capacity-candidate.js';
import type { CapacityEvaluator, Purchase } from './capacity-evaluator.js';
import { capitalOf } from './greedy-capacity.js';

/**
 * Takes each candidate in `order` down to the fewest places that keep the objective at most
 * `target`, found by bisection (the projection is monotone in places).
 */
function lean(ev: CapacityEvaluator, from: Purchase, order: number[], target: number): number[] {
  const places = from.slice();
  for (const i of order) {
    if (places[i] === 0) continue;
    // Most candidates' last place serves a child: one projection says so, without bisecting.
    const less = places.slice();
    less[i] -= 1;
    if (ev.objective(less) > target) continue;
    let lo = 0;
    let hi = places[i] - 1;
    // Invariant: hi places keep the objective at target; lo - 1 places do not (or lo is 0).
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const next = places.slice();
      next[i] = mid;
      if (ev.objective(next) <= target) hi = mid;
      else lo = mid + 1;
    }
    places[i] = hi;
  }
  return places;
}

/**
 * Takes off places that save nothing: steps buy places in blocks, and the last places of a block
 * can find no child to serve (9 children turned away, a step of 10). Dearest capital per place
 * first (then the candidate listed first), so where two candidates' places serve the same children
 * the cheaper stay; and where a cheaper candidate has places left, they are tried in place of dearer
 * ones, kept if they save as much for less capital. The saving never falls; the capital freed is no
 * longer spent. Internal.
 *
 * @example
 * trimCapacity(ev, candidates, [10, 10]); // [10, 9] when the tenth place of the second candidate serves no one
 */
export function trimCapacity(
  ev: CapacityEvaluator,
  candidates: readonly CapacityCandidate[],
  start: Purchase,
): number[] {
  const target = ev.objective(start);
  const cost = (i: number) => candidates[i].capitalGbpPerPlace;
  const order = candidates.map((_, i) => i).sort((a, b) => cost(b) - cost(a) || a - b);
  const kept = lean(ev, start, order, target);
  const dearest = Math.max(0, ...kept.map((p, i) => (p > 0 ? cost(i) : 0)));
  const fuller = kept.map((p, i) => (cost(i) < dearest ? candidates[i].maxPlaces : p));
  if (fuller.every((p, i) => p === kept[i])) return kept;
  const swapped = lean(ev, fuller, order, target);
  const cheaper = capitalOf(candidates, swapped) < capitalOf(candidates, kept);
  return cheaper && ev.objective(swapped) <= target ? swapped : kept;
}
