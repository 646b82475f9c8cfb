import type { AllocationInstance } from './allocate-instance.js';

/**
 * First come, first served on an instance: children in input order, each to their highest-scoring
 * eligible school that still has room (overall and in the child's NC year); equal scores go to the
 * school listed first. Under framework-first (the instance has `offFramework`) a child takes a
 * school off the framework only when no other school of theirs has room at their turn. The
 * baseline the exact allocator is measured against.
 *
 * @param instance eligible pairs and places (see AllocationInstance)
 * @returns for each child, the number of its school, or -1 when unplaced
 * @example
 * // The first child takes the one place, although the second scores higher there.
 * Array.from(greedyAssignment({ childCount: 2, vacancies: [1], pairChild: [0, 1], pairSchool: [0, 0],
 *   pairScore: [0.4, 0.9], pairLimit: [-1, -1], limits: [] })); // [0, -1]
 */
export function greedyAssignment(instance: AllocationInstance): Int32Array {
  const { childCount, vacancies, pairChild, pairSchool, pairScore, pairLimit, limits, offFramework } = instance;
  const room = Int32Array.from(vacancies);
  const limitRoom = Int32Array.from(limits, (l) => l.places);
  const assigned = new Int32Array(childCount).fill(-1);
  let p = 0;
  for (let c = 0; c < childCount; c++) {
    // Pairs are sorted by child, so this child's pairs are the run [start, p).
    const start = p;
    while (p < pairChild.length && pairChild[p] === c) p++;
    // Best with room; under framework-first an on-framework pair beats any off-framework one.
    let best = -1;
    let bestOff = 1;
    for (let q = start; q < p; q++) {
      if (room[pairSchool[q]] === 0 || (pairLimit[q] >= 0 && limitRoom[pairLimit[q]] === 0)) continue;
      const off = offFramework === undefined ? 0 : offFramework[pairSchool[q]];
      if (best < 0 || off < bestOff || (off === bestOff && pairScore[q] > pairScore[best])) {
        best = q;
        bestOff = off;
      }
    }
    if (best < 0) continue;
    assigned[c] = pairSchool[best];
    room[pairSchool[best]]--;
    if (pairLimit[best] >= 0) limitRoom[pairLimit[best]]--;
  }
  return assigned;
}
