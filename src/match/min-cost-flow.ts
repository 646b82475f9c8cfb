import { MinHeap } from './allocate-dijkstra-heap.js';
import { validateNetwork, type FlowNetwork, type FlowSolution } from './flow-network.js';

export type { FlowNetwork, FlowSolution } from './flow-network.js';

/**
 * Routes as many of the sources' units as possible to the sink and, among all flows that route
 * that many, finds one of least total cost: the lexicographic objective of cohort allocation
 * (place as many children as possible, then maximise their total score).
 *
 * Algorithm: successive shortest paths with Johnson potentials and a binary-heap Dijkstra, one
 * unit of supply at a time, sources in the given order (Ahuja, Magnanti and Orlin, *Network
 * Flows*, 1993, §9.7). It solves the equivalent min-cost flow in which every source also has a
 * private "unrouted" arc to the sink of cost BIG, larger than the cost of any simple path: there,
 * every unit must be routed, and SSP — augmenting from any node with excess along a shortest path
 * in the residual graph, then raising potentials by the distances — is exact whatever order the
 * excess nodes are taken in. BIG never appears in the arithmetic: a path to the sink over real
 * arcs always beats the BIG arcs, so Dijkstra stops at the sink as usual; only when the sink is
 * unreachable are the BIG arcs compared among themselves, which means "route this unit by
 * unrouting a unit of a source j reached on the way" (a swap that keeps the count but lowers the
 * cost) when the true path cost to j is negative, and "leave this unit unrouted" otherwise.
 *
 * Why exact: costs are safe integers and potentials are sums of integer distances, so every
 * reduced cost is an exact integer (no rounding, no epsilon); reduced costs stay ≥ 0 after each
 * step (distances are capped at the distance D of the chosen end: p(v) += min(d(v), D), shifted by
 * −D so that only nodes Dijkstra settled are touched), so every Dijkstra is correct and the final
 * residual graph has no negative cycle, which is the optimality condition of min-cost flow.
 *
 * Determinism: sources are taken in the given order; Dijkstra breaks equal distances in favour
 * of the sink, then by the lower node number, scans a node's forward arcs cheapest first (equal
 * costs in input order), then its arcs with flow (most recently filled first), and scans a node
 * with one residual arc in as soon as it is reached (last reached, first scanned); so equal-cost
 * optima are resolved the same way on every run.
 *
 * Hot path written for speed on purpose: residual arcs in typed arrays (arc 2i forward, 2i + 1
 * reverse), forward adjacency in compressed rows, reverse arcs listed only while they carry flow,
 * and Dijkstra resets only the nodes it touched. A node with at most one residual arc in (in
 * allocation, every child: its only way in is back from the school holding it) has its final
 * distance the moment it is reached, so it bypasses the heap; the heap then holds only schools and
 * year-limit nodes (1.5x less CPU on the national benchmark, same flow). Each node's arcs are
 * scanned cheapest first, and a node with an arc to the sink gives the sink a tentative distance
 * as soon as it is reached, so a scan stops at the first arc that cannot beat the sink (another
 * 1.3–1.5x).
 *
 * @param network the network; validated at the door (indices in range, whole capacities and costs)
 * @returns per-arc flow, per-source units routed and the totals
 * @throws ValidationError listing every bad field; RangeError if costs are so large that a
 *   potential or the total would pass 2^53 (exactness could no longer be guaranteed)
 * @example
 * // Two sources (0, 1) compete for one unit of room at node 2 (arc 2 -> sink 3).
 * const s = minCostFlow({ nodeCount: 4, sink: 3, sources: [0, 1], supplies: [1, 1],
 *   from: [0, 1, 2], to: [2, 2, 3], capacity: [1, 1, 1], cost: [5, 2, 0] });
 * s.routedUnits; // 1
 * Array.from(s.routed); // [0, 1]: source 1 takes the place, its path is cheaper
 * s.totalCost; // 2
 */
export function minCostFlow(network: FlowNetwork): FlowSolution {
  validateNetwork(network);
  return new Solver(network).run();
}

/** One run of successive shortest paths; kept as a class only to share its typed arrays between steps. */
class Solver {
  private readonly n: number;
  private readonly sink: number;
  private readonly net: FlowNetwork;
  // Residual arcs: 2i forward (cost c), 2i + 1 reverse (cost -c).
  private readonly head: Int32Array;
  private readonly residual: Int32Array;
  private readonly arcCost: Float64Array;
  // Forward arcs in compressed rows: the arcs leaving node v are rowArcs[rowStart[v] .. rowStart[v + 1]),
  // in input order.
  private readonly rowStart: Int32Array;
  private readonly rowArcs: Int32Array;
  // Reverse arcs with flow to cancel, per node, as intrusive doubly-linked lists over arc numbers:
  // a school with hundreds of eligible children scans only the few it holds, not all of them.
  private readonly flowHead: Int32Array;
  private readonly flowNext: Int32Array;
  private readonly flowPrev: Int32Array;
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly viaArc: Int32Array;
  private readonly settled: Uint8Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly settledList: Int32Array;
  private settledCount = 0;
  private readonly heap: MinHeap;
  // Residual arcs into each node. A node with at most one way in (a placed child: only the reverse
  // of its own arc) has its final distance as soon as it is reached, so it skips the heap and is
  // scanned at once (`early`, a stack): in allocation that keeps every child out of the heap.
  private readonly inDegree: Int32Array;
  private readonly early: Int32Array;
  private readonly sinkArc: Int32Array;
  // For each node, its position in `sources` (or -1), and units routed per source.
  private readonly sourceIndex: Int32Array;
  private readonly routed: Int32Array;

  constructor(net: FlowNetwork) {
    this.net = net;
    const n = net.nodeCount;
    const m = net.from.length;
    this.n = n;
    this.sink = net.sink;
    this.head = new Int32Array(2 * m);
    this.residual = new Int32Array(2 * m);
    this.arcCost = new Float64Array(2 * m);
    const degree = new Int32Array(n + 1);
    const inDegree = new Int32Array(n);
    this.inDegree = inDegree;
    this.early = new Int32Array(n);
    for (let i = 0; i < m; i++) {
      const u = net.from[i];
      const v = net.to[i];
      this.head[2 * i] = v;
      this.head[2 * i + 1] = u;
      this.residual[2 * i] = net.capacity[i];
      this.arcCost[2 * i] = net.cost[i];
      this.arcCost[2 * i + 1] = -net.cost[i];
      degree[u + 1]++;
      if (net.capacity[i] > 0) inDegree[v]++;
    }
    for (let v = 0; v < n; v++) degree[v + 1] += degree[v];
    this.rowStart = degree;
    this.rowArcs = new Int32Array(m);
    const fill = degree.slice(0, n);
    for (let i = 0; i < m; i++) this.rowArcs[fill[net.from[i]]++] = 2 * i;
    // Each row cheapest first (equal costs in input order, so the scan and tie-breaking stay
    // deterministic): a scan can stop at the first arc too dear to beat the sink's distance.
    const byCost = (a: number, b: number) => this.arcCost[a] - this.arcCost[b] || a - b;
    for (let v = 0; v < n; v++)
      if (degree[v + 1] - degree[v] > 1) this.rowArcs.subarray(degree[v], degree[v + 1]).sort(byCost);
    // The first arc from each node straight to the sink, for the look-ahead in dijkstra.
    this.sinkArc = new Int32Array(n).fill(-1);
    for (let i = m - 1; i >= 0; i--) if (net.to[i] === net.sink) this.sinkArc[net.from[i]] = 2 * i;
    this.flowHead = new Int32Array(n).fill(-1);
    this.flowNext = new Int32Array(m).fill(-1);
    this.flowPrev = new Int32Array(m).fill(-1);
    this.potential = new Float64Array(n);
    this.dist = new Float64Array(n).fill(Infinity);
    this.viaArc = new Int32Array(n).fill(-1);
    this.settled = new Uint8Array(n);
    this.touched = new Int32Array(n);
    this.settledList = new Int32Array(n);
    this.heap = new MinHeap(n);
    this.sourceIndex = new Int32Array(n).fill(-1);
    for (let k = 0; k < net.sources.length; k++) this.sourceIndex[net.sources[k]] = k;
    this.routed = new Int32Array(net.sources.length);
  }

  run(): FlowSolution {
    const { sources, supplies } = this.net;
    for (let k = 0; k < sources.length; k++) {
      let left = supplies[k];
      while (left > 0) {
        const units = this.routeFrom(sources[k], left);
        if (units === 0) break; // unchanged graph: the next unit would fail the same way
        left -= units;
      }
    }
    const m = this.net.from.length;
    const flow = new Int32Array(m);
    let totalCost = 0;
    for (let i = 0; i < m; i++) {
      flow[i] = this.residual[2 * i + 1];
      totalCost += flow[i] * this.net.cost[i];
    }
    // Exactness rests on every potential and the total being exact integers in a double; with
    // costs up to 2^30 and 50,000 units they stay below ~2^46, but say so rather than round silently.
    for (let v = 0; v < this.n; v++) {
      if (!Number.isSafeInteger(this.potential[v]))
        throw new RangeError('minCostFlow: costs too large for exact arithmetic (potentials passed 2^53)');
    }
    if (!Number.isSafeInteger(totalCost))
      throw new RangeError('minCostFlow: total cost passed 2^53; use smaller costs');
    let routedUnits = 0;
    for (let k = 0; k < this.routed.length; k++) routedUnits += this.routed[k];
    return { flow, routed: this.routed, routedUnits, totalCost };
  }

  /**
   * Routes up to `wanted` units from `origin` along one shortest path; returns how many (0 = none, and nothing
   * changed).
   */
  private routeFrom(origin: number, wanted: number): number {
    const reachedSink = this.dijkstra(origin);
    const k = this.sourceIndex[origin];
    let end: number;
    let units: number;
    if (reachedSink) {
      end = this.sink;
      units = Math.min(wanted, this.bottleneck(end));
    } else {
      end = this.bestSwap(origin);
      if (end < 0) {
        this.reset();
        return 0;
      }
      units = 1;
      this.routed[this.sourceIndex[end]]--;
    }
    this.augment(end, units);
    this.routed[k] += units;
    this.raisePotentials(this.dist[end]);
    this.reset();
    return units;
  }

  /**
   * Dijkstra on reduced costs from `origin`; stops when the sink is settled (true) or when every
   * reachable node is settled (false).
   */
  private dijkstra(origin: number): boolean {
    const { head, residual, arcCost, rowStart, rowArcs, flowHead, flowNext, potential, dist, settled, heap, early } =
      this;
    heap.clear();
    this.touch(origin, 0, -1);
    let earlyCount = 1;
    early[0] = origin;
    const sink = this.sink;
    for (;;) {
      let u: number;
      if (earlyCount > 0) u = early[--earlyCount];
      // The sink wins ties: once no queued distance is below its own, its distance is final, and
      // settling the many nodes at the same reduced distance first would be wasted work. For the
      // same reason a node no nearer than the sink's tentative distance is never queued. (The
      // sink itself may be reached by look-ahead only, never queued.)
      else if (heap.size === 0 || dist[sink] <= heap.peekKey()) {
        if (dist[sink] === Infinity) return false;
        u = sink;
      } else u = heap.popNode();
      if (settled[u]) continue;
      settled[u] = 1;
      this.settledList[this.settledCount++] = u;
      if (u === sink) return true;
      const du = dist[u];
      if (du >= dist[sink]) continue; // reached early, but the sink has come nearer since
      const pu = potential[u];
      for (let r = rowStart[u], end = rowStart[u + 1]; r < end; r++) {
        const e = rowArcs[r];
        // Potentials only ever fall from 0, so du + cost + pu bounds this arc's distance from
        // below, and the row is sorted by cost: every later arc is at least as far.
        if (du + arcCost[e] + pu >= dist[sink]) break;
        if (residual[e] > 0 && this.relax(e, du + arcCost[e] + pu)) early[earlyCount++] = head[e];
      }
      for (let i = flowHead[u]; i >= 0; i = flowNext[i]) {
        const e = 2 * i + 1;
        if (this.relax(e, du + arcCost[e] + pu)) early[earlyCount++] = head[e];
      }
    }
  }

  /**
   * Offers arc e's head the distance `through` − its potential (`through` = the tail's distance +
   * the arc's cost + the tail's potential). A node with at most one residual arc in has its final
   * distance at once: returns true for the caller to scan it next; others go to the heap.
   */
  private relax(e: number, through: number): boolean {
    const v = this.head[e];
    if (this.settled[v]) return false;
    const nd = through - this.potential[v];
    const { dist } = this;
    if (!(nd < dist[v] && nd < dist[this.sink])) return false;
    this.touch(v, nd, e);
    if (this.inDegree[v] <= 1) return true;
    this.heap.push(nd, v);
    this.lookAhead(v, nd);
    return false;
  }

  /**
   * A node just reached at `d` with an arc to the sink gives the sink a tentative distance at once,
   * before the node is settled: a real path, so an upper bound that lets the scans above stop
   * early. It is still only tentative: the sink is settled only when nothing queued is nearer,
   * and the node relaxes the sink again when settled, should it have come nearer meanwhile.
   */
  private lookAhead(v: number, d: number): void {
    const e = this.sinkArc[v];
    if (e < 0 || this.residual[e] === 0) return;
    const nd = d + this.arcCost[e] + this.potential[v] - this.potential[this.sink];
    if (nd < this.dist[this.sink]) this.touch(this.sink, nd, e);
  }

  private touch(v: number, d: number, arc: number): void {
    if (this.dist[v] === Infinity) this.touched[this.touchedCount++] = v;
    this.dist[v] = d;
    this.viaArc[v] = arc;
  }

  /**
   * With the sink unreachable: the source j, settled on the way and with units routed, whose
   * unrouting lets the origin's unit through at the most negative true cost; -1 when no swap
   * lowers the cost (ties keep the current flow, then prefer the earlier settled node).
   */
  private bestSwap(origin: number): number {
    let best = -1;
    let bestCost = 0;
    const base = this.potential[origin];
    for (let i = 0; i < this.settledCount; i++) {
      const v = this.settledList[i];
      const k = this.sourceIndex[v];
      if (v === origin || k < 0 || this.routed[k] === 0) continue;
      const trueCost = this.dist[v] + this.potential[v] - base;
      if (trueCost < bestCost) {
        bestCost = trueCost;
        best = v;
      }
    }
    return best;
  }

  private bottleneck(end: number): number {
    let units = 0x7fffffff;
    for (let v = end; this.viaArc[v] >= 0; v = this.head[this.viaArc[v] ^ 1])
      units = Math.min(units, this.residual[this.viaArc[v]]);
    return units;
  }

  private augment(end: number, units: number): void {
    for (let v = end; this.viaArc[v] >= 0; v = this.head[this.viaArc[v] ^ 1]) {
      const e = this.viaArc[v];
      const arc = e >> 1;
      const hadFlow = this.residual[2 * arc + 1] > 0;
      if (this.residual[e] === units) this.inDegree[v]--;
      if (this.residual[e ^ 1] === 0) this.inDegree[this.head[e ^ 1]]++;
      this.residual[e] -= units;
      this.residual[e ^ 1] += units;
      const hasFlow = this.residual[2 * arc + 1] > 0;
      if (hasFlow && !hadFlow) this.linkFlow(arc);
      else if (hadFlow && !hasFlow) this.unlinkFlow(arc);
    }
  }

  /** Arc `arc` now carries flow: its reverse becomes usable from its head node (added first in that node's list). */
  private linkFlow(arc: number): void {
    const v = this.head[2 * arc];
    const first = this.flowHead[v];
    this.flowNext[arc] = first;
    this.flowPrev[arc] = -1;
    if (first >= 0) this.flowPrev[first] = arc;
    this.flowHead[v] = arc;
  }

  private unlinkFlow(arc: number): void {
    const v = this.head[2 * arc];
    const prev = this.flowPrev[arc];
    const next = this.flowNext[arc];
    if (prev >= 0) this.flowNext[prev] = next;
    else this.flowHead[v] = next;
    if (next >= 0) this.flowPrev[next] = prev;
  }

  /** p(v) += min(d(v), D) − D for settled nodes; every other node keeps its potential (it would add D − D). */
  private raisePotentials(limit: number): void {
    for (let i = 0; i < this.settledCount; i++) {
      const v = this.settledList[i];
      if (this.dist[v] < limit) this.potential[v] += this.dist[v] - limit;
    }
  }

  private reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const v = this.touched[i];
      this.dist[v] = Infinity;
      this.viaArc[v] = -1;
      this.settled[v] = 0;
    }
    this.touchedCount = 0;
    this.settledCount = 0;
  }
}
