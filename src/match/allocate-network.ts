import type { AllocationInstance } from './allocate-instance.js';

/**
 * Score resolution of the exact allocator: scores are compared as whole multiples of 2^-30
 * (about 1e-9). The optimum over rounded scores is within childCount × 2^-30 of the optimum over
 * the raw scores (2^-30 × 50,000 ≈ 5e-5 on a national run whose total is tens of thousands), and
 * costs stay whole numbers, which is what makes the flow solvers exact.
 *
 * @example
 * Math.round(0.123456789 * SCORE_UNITS) / SCORE_UNITS; // 0.1234567891806364, within 2^-31 of the score
 */
export const SCORE_UNITS = 2 ** 30;

/**
 * The flow network of an allocation instance, as arc columns. Nodes: the source, one per child,
 * one per (school, NC year) limit, one per school, the framework hub (always present; unused
 * without framework-first), the sink. Arcs, in this order: one per eligible pair with a place at
 * its school and in its NC year (`pairArc`:
 * child → its limit node when the school gives places by year, else → the school; capacity 1,
 * cost SCORE_UNITS − round(score × SCORE_UNITS) ≥ 0), source → child (capacity 1, cost 0), limit →
 * school (the year's places), school → sink (its vacancies; → hub for a school off the framework
 * under framework-first), hub → sink (capacity 0: the allocator opens it as far as it may).
 * Since every placed child crosses exactly one pair arc, the least cost among flows placing N
 * children is the greatest total score among allocations placing N.
 */
export type AllocationNetwork = {
  nodeCount: number;
  source: number;
  sink: number;
  hub: number;
  /** Child nodes are firstChild .. firstChild + childCount - 1; child c's is childNode[c]. */
  firstChild: number;
  childCount: number;
  childNode: Int32Array;
  /** The arc of each pair; -1 for a pair whose school or NC year has no place (it gets no arc). */
  pairArc: Int32Array;
  /** The pair arcs of child node firstChild + k are childArcs[k] .. childArcs[k + 1] - 1, in school order. */
  childArcs: Int32Array;
  /** First limit and school nodes; limit → school arcs start at firstLimitArc, school arcs at firstSchoolArc. */
  firstLimit: number;
  firstSchool: number;
  firstLimitArc: number;
  firstSchoolArc: number;
  /** Index of the first source → child arc (then one per child node, in node order) and of the hub → sink arc. */
  firstSourceArc: number;
  hubArc: number;
  /** The places off the framework (0 without framework-first): an upper bound of the hub → sink flow. */
  offPlaces: number;
  from: Int32Array;
  to: Int32Array;
  capacity: Int32Array;
  cost: Float64Array;
};

/** The cost of a pair arc: SCORE_UNITS minus the score in whole units (scores clamped to [0, 1]). */
const costOf = (score: number) => SCORE_UNITS - Math.round(Math.min(1, Math.max(0, score)) * SCORE_UNITS);

/**
 * Builds the flow network of an instance (see AllocationNetwork).
 *
 * @example
 * const net = allocationNetwork({ childCount: 1, vacancies: [1], pairChild: [0], pairSchool: [0],
 *   pairScore: [1], pairLimit: [-1], limits: [] });
 * [net.nodeCount, net.from.length]; // [5, 4]: source, child, school, hub, sink; pair, source, school, hub arcs
 */
export function allocationNetwork(instance: AllocationInstance): AllocationNetwork {
  const { childCount, vacancies, pairChild, limits, offFramework } = instance;
  const schoolCount = vacancies.length;
  const pairCount = pairChild.length;
  const firstChild = 1;
  const firstLimit = firstChild + childCount;
  const firstSchool = firstLimit + limits.length;
  const hub = firstSchool + schoolCount;
  const sink = hub + 1;
  let liveCount = 0;
  for (let p = 0; p < pairCount; p++) if (hasPlace(instance, p)) liveCount++;
  const arcCount = liveCount + childCount + limits.length + schoolCount + 1;
  const net: AllocationNetwork = {
    nodeCount: sink + 1,
    source: 0,
    sink,
    hub,
    firstChild,
    childCount,
    firstSourceArc: liveCount,
    hubArc: arcCount - 1,
    offPlaces: 0,
    childNode: new Int32Array(childCount),
    pairArc: new Int32Array(pairCount),
    childArcs: new Int32Array(childCount + 1),
    firstLimit,
    firstSchool,
    firstLimitArc: liveCount + childCount,
    firstSchoolArc: liveCount + childCount + limits.length,
    from: new Int32Array(arcCount),
    to: new Int32Array(arcCount),
    capacity: new Int32Array(arcCount),
    cost: new Float64Array(arcCount),
  };
  let a = 0;
  const arc = (from: number, to: number, capacity: number, cost = 0): number => {
    net.from[a] = from;
    net.to[a] = to;
    net.capacity[a] = capacity;
    net.cost[a] = cost;
    return ++a;
  };
  addPairArcs(instance, net, arc);
  for (let k = 0; k < childCount; k++) arc(0, firstChild + k, 1);
  for (let l = 0; l < limits.length; l++) arc(firstLimit + l, firstSchool + limits[l].school, limits[l].places);
  for (let s = 0; s < schoolCount; s++) {
    const off = offFramework !== undefined && offFramework[s] === 1;
    if (off) net.offPlaces += vacancies[s];
    arc(firstSchool + s, off ? hub : sink, vacancies[s]);
  }
  arc(hub, sink, 0);
  return net;
}

/** A pair whose school or NC year has no place can never carry a child: it gets no arc (pairArc -1). */
function hasPlace(instance: AllocationInstance, p: number): boolean {
  const { vacancies, pairSchool, pairLimit, limits } = instance;
  return vacancies[pairSchool[p]] > 0 && (pairLimit[p] < 0 || limits[pairLimit[p]].places > 0);
}

/**
 * Numbers the children and adds their pair arcs, child by child, through `arc` (which returns the
 * next arc's index); fills `childNode`, `pairArc` and `childArcs`. Children are numbered in routing
 * order (a sweep from south to north when the instance gives one), with their pair arcs in the same
 * order: the children a school's row points to then sit close together in memory, which matters
 * more than arithmetic in the solvers' scans.
 *
 */
function addPairArcs(
  instance: AllocationInstance,
  net: AllocationNetwork,
  arc: (from: number, to: number, capacity: number, cost: number) => number,
): void {
  const { childCount, pairChild, pairSchool, pairScore, pairLimit } = instance;
  const order = instance.routeOrder ?? Int32Array.from({ length: childCount }, (_, c) => c);
  const pairStart = new Int32Array(childCount + 1);
  for (let p = 0; p < pairChild.length; p++) pairStart[pairChild[p] + 1]++;
  for (let c = 0; c < childCount; c++) pairStart[c + 1] += pairStart[c];
  let next = 0;
  for (let k = 0; k < childCount; k++) {
    const c = order[k];
    net.childNode[c] = net.firstChild + k;
    net.childArcs[k] = next;
    for (let p = pairStart[c]; p < pairStart[c + 1]; p++) {
      net.pairArc[p] = -1;
      if (!hasPlace(instance, p)) continue;
      const to = pairLimit[p] >= 0 ? net.firstLimit + pairLimit[p] : net.firstSchool + pairSchool[p];
      net.pairArc[p] = next;
      next = arc(net.firstChild + k, to, 1, costOf(pairScore[p]));
    }
  }
  net.childArcs[childCount] = next;
}

/**
 * A bound on the number of arcs of any simple cycle of the network: each child node on a cycle
 * sits between two other nodes, so a cycle has at most twice as many nodes as there are
 * non-child nodes. Cost scaling needs it to be exact (see minimiseCost).
 *
 * @example
 * longestCycleBound(net); // 2 × (source + limits + schools + hub + sink)
 */
export function longestCycleBound(net: AllocationNetwork): number {
  return 2 * (net.nodeCount - net.childCount);
}
