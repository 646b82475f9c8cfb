import type { Policy } from '../schema/policy.js';
import { CRITERIA } from './criteria.js';
import type { Contributions } from './evaluate.js';

/**
 * TOPSIS closeness (Hwang and Yoon, 1981) of each candidate: criteria vector-normalised over the
 * candidates, weighted, then the distance to the worst candidate over the distances to the best and
 * the worst. All five criteria are benefits (higher is better).
 *
 * Unlike the weighted sum, TOPSIS normalises over the candidate list by definition, so adding or
 * removing a school can reorder the others (rank reversal). It is offered for analysts who want to
 * compare it; the default weighted sum has no rank reversal, and a test pins that.
 *
 * @param criteria each candidate's criterion scores in [0, 1]
 * @param weights the policy's weights (normalised here)
 * @returns closeness in [0, 1] per candidate; 1 when every candidate is the same
 * @example
 * topsisCloseness([{ need: 1, quality: 1, capacity: 1, cost: 1, travel: 1 },
 *   { need: 0, quality: 0, capacity: 0, cost: 0, travel: 0 }], DEFAULT_POLICY.weights); // [1, 0]
 */
export function topsisCloseness(criteria: readonly Contributions[], weights: Policy['weights']): number[] {
  const total = weights.need + weights.quality + weights.capacity + weights.cost + weights.travel;
  const best = new Array<number>(CRITERIA.length).fill(-Infinity);
  const worst = new Array<number>(CRITERIA.length).fill(Infinity);
  const weighted = criteria.map(() => new Array<number>(CRITERIA.length));
  CRITERIA.forEach((name, j) => {
    let sumSquares = 0;
    for (const row of criteria) sumSquares += row[name] * row[name];
    const norm = Math.sqrt(sumSquares);
    criteria.forEach((row, i) => {
      const v = norm === 0 ? 0 : (weights[name] / total) * (row[name] / norm);
      weighted[i][j] = v;
      if (v > best[j]) best[j] = v;
      if (v < worst[j]) worst[j] = v;
    });
  });
  return weighted.map((row) => {
    let toBest = 0;
    let toWorst = 0;
    row.forEach((v, j) => {
      toBest += (v - best[j]) ** 2;
      toWorst += (v - worst[j]) ** 2;
    });
    const dBest = Math.sqrt(toBest);
    const dWorst = Math.sqrt(toWorst);
    return dBest + dWorst === 0 ? 1 : dWorst / (dBest + dWorst);
  });
}
