import type { CapacityEvaluator, Purchase } from './capacity-evaluator.js';

/**
 * Takes off places that save nothing: steps buy places in blocks, and the last places of a block
 * can find no child to serve (9 children turned away, a step of 10). For each candidate in turn,
 * the fewest places that leave the objective no worse are found by bisection (the projection is
 * monotone in places). The saving is unchanged; the capital freed is no longer spent. Internal.
 *
 * @example
 * trimCapacity(ev, [10, 10]); // [10, 9] when the tenth place of the second candidate serves no one
 */
export function trimCapacity(ev: CapacityEvaluator, start: Purchase): number[] {
  const places = start.slice();
  const target = ev.objective(places);
  for (let i = 0; i < places.length; i++) {
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
