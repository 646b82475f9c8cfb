import type { AllocationInstance } from './allocate-instance.js';

/**
 * First come, first served on an instance: children in input order, each to their highest-scoring
 * eligible school that still has room (overall and in the child's NC year); equal scores go to the
 * school listed first. The baseline the exact allocator is measured against.
 *
 * @param instance eligible pairs and places (see AllocationInstance)
 * @returns for each child, the number of its school, or -1 when unplaced
 * @example
 * // The first child takes the one place, although the second scores higher there.
 * Array.from(greedyAssignment({ childCount: 2, vacancies: [1], pairChild: [0, 1], pairSchool: [0, 0],
 *   pairScore: [0.4, 0.9], pairLimit: [-1, -1], limits: [] })); // [0, -1]
 */
export function greedyAssignment(instance: AllocationInstance): Int32Array {
  const { childCount, vacancies, pairChild, pairSchool, pairScore, pairLimit, limits } = instance;
  const room = Int32Array.from(vacancies);
  const limitRoom = Int32Array.from(limits, (l) => l.places);
  const assigned = new Int32Array(childCount).fill(-1);
  let p = 0;
  for (let c = 0; c < childCount; c++) {
    let best = -1;
    // Pairs are sorted by child, so this child's pairs are the run starting at p.
    for (; p < pairChild.length && pairChild[p] === c; p++) {
      if (room[pairSchool[p]] === 0 || (pairLimit[p] >= 0 && limitRoom[pairLimit[p]] === 0)) continue;
      if (best < 0 || pairScore[p] > pairScore[best]) best = p;
    }
    if (best < 0) continue;
    assigned[c] = pairSchool[best];
    room[pairSchool[best]]--;
    if (pairLimit[best] >= 0) limitRoom[pairLimit[best]]--;
  }
  return assigned;
}
