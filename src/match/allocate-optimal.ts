import type { AllocationInstance } from './allocate-instance.js';
import { minCostFlow } from './min-cost-flow.js';

/**
 * Score resolution of the exact allocator: scores are compared as whole multiples of 2^-30
 * (about 1e-9). The optimum over rounded scores is within childCount × 2^-30 of the optimum over
 * the raw scores (2^-30 × 50,000 ≈ 5e-5 on a national run whose total is tens of thousands), and
 * costs stay whole numbers, which is what makes the flow solver exact. Path costs stay below
 * 2 × childCount × 2^30, far inside the 2^53 of exact doubles.
 *
 * @example
 * Math.round(0.123456789 * SCORE_UNITS) / SCORE_UNITS; // 0.1234567891806364, within 2^-31 of the score
 */
export const SCORE_UNITS = 2 ** 30;

/**
 * The exact allocation of an instance: as many children placed as possible, then the largest total
 * score, within school vacancies and per-(school, NC year) limits.
 *
 * The network: child -> (school, year) limit node when the school reports places by year, else
 * child -> school, capacity 1, cost SCORE_UNITS - round(score × SCORE_UNITS) (≥ 0; since every
 * placed child crosses exactly one such arc, least cost among maximum flows = greatest total score
 * among maximum placements); limit node -> school with capacity the year's places; school -> sink
 * with capacity its vacancies. minCostFlow routes children in `routeOrder` (input order when
 * absent; the order changes the work, never the optimum) and breaks distance ties by its fixed
 * rules (queued nodes by node number: schools in input order; a child's arcs cheapest first, equal
 * scores by school number) — so equal optima resolve the same way every run.
 *
 * @param instance eligible pairs and places (see AllocationInstance)
 * @returns for each child, the number of its school, or -1 when unplaced
 * @example
 * // One place, two children: the better-scoring pair wins.
 * Array.from(optimalAssignment({ childCount: 2, vacancies: [1], pairChild: [0, 1], pairSchool: [0, 0],
 *   pairScore: [0.4, 0.9], pairLimit: [-1, -1], limits: [] })); // [-1, 0]
 */
export function optimalAssignment(instance: AllocationInstance): Int32Array {
  const { childCount, vacancies, pairChild, pairSchool, pairScore, pairLimit, limits } = instance;
  const schoolCount = vacancies.length;
  const pairCount = pairChild.length;
  const schoolNode = childCount;
  const limitNode = childCount + schoolCount;
  const sink = limitNode + limits.length;
  const arcCount = pairCount + limits.length + schoolCount;
  const from = new Int32Array(arcCount);
  const to = new Int32Array(arcCount);
  const capacity = new Int32Array(arcCount);
  const cost = new Float64Array(arcCount);
  // Children are numbered in routing order, so that the children a search meets together sit
  // together in the solver's arrays (memory locality matters more than arithmetic here).
  const sources = instance.routeOrder
    ? Int32Array.from(instance.routeOrder)
    : Int32Array.from({ length: childCount }, (_, c) => c);
  const nodeOf = new Int32Array(childCount);
  sources.forEach((c, node) => {
    nodeOf[c] = node;
  });
  for (let p = 0; p < pairCount; p++) {
    from[p] = nodeOf[pairChild[p]];
    to[p] = pairLimit[p] >= 0 ? limitNode + pairLimit[p] : schoolNode + pairSchool[p];
    capacity[p] = 1;
    const score = Math.min(1, Math.max(0, pairScore[p]));
    cost[p] = SCORE_UNITS - Math.round(score * SCORE_UNITS);
  }
  limits.forEach((limit, l) => {
    const a = pairCount + l;
    from[a] = limitNode + l;
    to[a] = schoolNode + limit.school;
    capacity[a] = limit.places;
  });
  for (let s = 0; s < schoolCount; s++) {
    const a = pairCount + limits.length + s;
    from[a] = schoolNode + s;
    to[a] = sink;
    capacity[a] = vacancies[s];
  }
  const solution = minCostFlow({
    nodeCount: sink + 1,
    sink,
    sources: Int32Array.from({ length: childCount }, (_, node) => node),
    supplies: new Int32Array(childCount).fill(1),
    from,
    to,
    capacity,
    cost,
  });
  const assigned = new Int32Array(childCount).fill(-1);
  for (let p = 0; p < pairCount; p++) if (solution.flow[p] > 0) assigned[pairChild[p]] = pairSchool[p];
  return assigned;
}
