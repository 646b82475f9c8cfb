import { PriceUpdate } from './price-update.js';
import type { ResidualGraph } from './residual-graph.js';

/**
 * How much ε shrinks from one refine to the next. Goldberg (1997) found 8 to 24 best on his
 * families; on the national benchmark 16 beat 8, 32 and 64 (see bench/README.md).
 */
const ALPHA = 16;

/**
 * Largest magnitude a price may reach. Prices are whole numbers held in doubles; below 2^53 every
 * sum and comparison is exact, and this leaves a factor of 4 for a reduced cost's three terms.
 */
const PRICE_LIMIT = 2 ** 51;

/** The longest path discharge grows before moving units along it (2, 4 and 8 measured alike nationally). */
const MAX_PATH = 4;

/**
 * Global price updates: one at the start of each refine, then after every `nodeCount` relabels,
 * unless fewer than this share of the nodes still has an excess (a full update then costs more
 * than the relabels it saves; measured on the national benchmark, see bench/README.md).
 */
const UPDATE_MIN_ACTIVE_SHARE = 0.01;

/** `currentInList` before the scan has reached v's list: start at its head. */
const ENTER_LIST = -2;

/** Thrown inside when a price passes PRICE_LIMIT: the caller then solves with exact successive shortest paths. */
export class PriceOverflow extends Error {
  override name = 'PriceOverflow' as const;
}

/**
 * Makes the feasible flow held in `graph` a least-cost one, without changing any node's net flow
 * (supplies stay met): Goldberg's cost-scaling push-relabel method (Goldberg and Tarjan, "Finding
 * minimum-cost circulations by successive approximation", 1990; Goldberg, "An efficient
 * implementation of a scaling minimum-cost flow algorithm", 1997), with LIFO discharge along short
 * augmenting paths ("partial augment-relabel", as in LEMON's CostScaling), global price updates
 * (PriceUpdate) and sparse rows for unit arcs (ResidualGraph).
 *
 * A flow is ε-optimal when prices p exist with c(v,w) + p(v) − p(w) ≥ −ε on every residual arc.
 * Each `refine` turns an αε-optimal flow into an ε-optimal one: it saturates every arc of negative
 * reduced cost, then sends the excesses this makes on along arcs of negative reduced cost,
 * lowering a node's price by at least ε when it has none. Exactness: the costs are multiplied by
 * `scale` = (longest simple cycle of the network) + 1, so that a 1-optimal flow of the scaled costs
 * leaves every cycle of the real costs above −1, hence ≥ 0 as costs are whole: optimal, not
 * approximately so. All arithmetic is on whole numbers below 2^53 (PriceOverflow otherwise).
 *
 * Hot path written for speed on purpose: typed arrays, no allocation in the loops.
 *
 * @param graph holds a feasible flow (every node's supply met); costs whole numbers, multiplied by
 *   `scale` in place
 * @param scale a whole number larger than the number of arcs on any simple cycle
 * @throws PriceOverflow when a price would pass 2^51
 * @example
 * // A unit already on the dear arc 0 -> 1 -> 3 moves to the cheap one 0 -> 2 -> 3.
 * const g = new ResidualGraph(4, [0, 0, 1, 2], [1, 2, 3, 3], [1, 1, 1, 1], [5, 1, 0, 0]);
 * g.push(g.forward[0], 1); g.push(g.forward[2], 1);
 * minimiseCost(g, 5);
 * [g.flowOn(0), g.flowOn(1)]; // [0, 1]
 */
export function minimiseCost(graph: ResidualGraph, scale: number): void {
  new CostScaling(graph, scale).run();
}

/** One run of cost scaling; a class only to share its typed arrays between steps. */
class CostScaling {
  private readonly g: ResidualGraph;
  private readonly c: Float64Array;
  private readonly price: Float64Array;
  private readonly excess: Int32Array;
  private readonly current: Int32Array;
  private readonly currentInList: Int32Array;
  private readonly pathArcs = new Int32Array(MAX_PATH);
  /** The nodes with an excess, as a stack: the newest is discharged first (see refine). */
  private readonly active: Int32Array;
  private readonly queued: Uint8Array;
  private size = 0;
  private readonly updater: PriceUpdate;
  private relabels = 0;

  constructor(graph: ResidualGraph, scale: number) {
    this.g = graph;
    const n = graph.nodeCount;
    // Scaled in place: the graph is the caller's scratch, and a copy would be 16 bytes an arc.
    this.c = graph.cost;
    for (let a = 0; a < this.c.length; a++) this.c[a] *= scale;
    this.price = new Float64Array(n);
    this.excess = new Int32Array(n);
    this.current = new Int32Array(n);
    this.currentInList = new Int32Array(n);
    this.active = new Int32Array(n);
    this.queued = new Uint8Array(n);
    this.updater = new PriceUpdate(graph, this.c, this.price, this.excess);
  }

  run(): void {
    let epsilon = 0;
    for (let a = 0; a < this.c.length; a++) epsilon = Math.max(epsilon, Math.abs(this.c[a]));
    // With every price 0 the flow is ε-optimal for ε = the largest |cost|.
    while (epsilon > 1) {
      epsilon = Math.max(1, Math.floor(epsilon / ALPHA));
      this.refine(epsilon);
    }
  }

  /** Turns the (ALPHA·ε)-optimal flow into an ε-optimal one. */
  private refine(epsilon: number): void {
    const g = this.g;
    for (let v = 0; v < g.nodeCount; v++) this.saturateFrom(v);
    for (let v = 0; v < g.nodeCount; v++) this.resetCurrent(v);
    this.updatePrices(epsilon);
    const fewActive = g.nodeCount * UPDATE_MIN_ACTIVE_SHARE;
    // Last in, first out: a child a school has just pushed out looks for its next school at once,
    // while the prices that displaced it are current, instead of after every other active node
    // (first in, first out took 10-20% longer nationally; see bench/README.md).
    while (this.size > 0) {
      this.discharge(this.nextActive(), epsilon);
      if (this.relabels >= g.nodeCount && this.size >= fewActive) this.updatePrices(epsilon);
    }
  }

  /** Saturates every residual arc out of v with a negative reduced cost. */
  private saturateFrom(v: number): void {
    const { g, c, price } = this;
    const { head, residual, listNext } = g;
    const pv = price[v];
    for (let a = g.first[v], end = g.denseEnd[v]; a < end; a++) {
      if (residual[a] > 0 && c[a] + pv - price[head[a]] < 0) this.move(v, a, residual[a]);
    }
    for (let a = g.listHead[v]; a >= 0; ) {
      const next = listNext[a]; // moving the unit unlinks a
      if (c[a] + pv - price[head[a]] < 0) this.move(v, a, 1);
      a = next;
    }
  }

  /**
   * Sends v's excess on along paths of admissible arcs (residual, negative reduced cost) — the
   * "partial augment-relabel" variant of push-relabel: a path is grown from v one admissible arc at
   * a time until it reaches a node with a deficit or MAX_PATH arcs, then the units move along the
   * whole path at once, so the nodes in between never hold an excess or join the stack. A node
   * with no admissible arc is relabelled and the path retreats from it.
   */
  private discharge(v: number, epsilon: number): void {
    const { excess } = this;
    const { head } = this.g;
    const path = this.pathArcs;
    while (excess[v] > 0) {
      let depth = 0;
      let u = v;
      for (;;) {
        const a = this.admissibleArc(u);
        if (a < 0) {
          // A node the path reached with no residual arc out at all (a school without places) ends
          // the path: it takes the units and, holding them, gains the arc back.
          if (depth > 0 && !this.relabel(u, epsilon)) {
            this.sendAlongPath(v, depth);
            break;
          }
          if (depth === 0 && !this.relabel(u, epsilon)) throw new PriceOverflow('a node with excess has no arc out');
          this.resetCurrent(u);
          if (depth === 0) break;
          depth--;
          u = depth === 0 ? v : head[path[depth - 1]];
          continue;
        }
        path[depth++] = a;
        if (excess[head[a]] < 0 || depth === MAX_PATH) {
          this.sendAlongPath(v, depth);
          break;
        }
        u = head[a];
      }
    }
  }

  /** Moves as much of v's excess as the path's arcs allow along the path's first `depth` arcs. */
  private sendAlongPath(v: number, depth: number): void {
    const { g, excess, pathArcs: path } = this;
    const { head, residual } = g;
    let units = excess[v];
    for (let k = 0; k < depth; k++) if (residual[path[k]] < units) units = residual[path[k]];
    for (let k = 0; k < depth; k++) this.pushOn(k === 0 ? v : head[path[k - 1]], path[k], units);
    const w = head[path[depth - 1]];
    excess[v] -= units;
    excess[w] += units;
    if (excess[w] > 0 && this.queued[w] === 0) this.activate(w);
  }

  /**
   * The first admissible arc out of v from where the last scan stopped (`current`, then
   * `currentInList` in v's list of sparse arcs), or -1 when none is left: an arc passed over stays
   * inadmissible until v is relabelled, so no arc is looked at twice between relabels.
   */
  private admissibleArc(v: number): number {
    const { g, c, price } = this;
    const { head, residual, listNext } = g;
    const pv = price[v];
    const denseEnd = g.denseEnd[v];
    let a = this.current[v];
    while (a < denseEnd && !(residual[a] > 0 && c[a] + pv - price[head[a]] < 0)) a++;
    this.current[v] = a;
    if (a < denseEnd) return a;
    let e = this.currentInList[v] === ENTER_LIST ? g.listHead[v] : this.currentInList[v];
    while (e >= 0 && !(c[e] + pv - price[head[e]] < 0)) e = listNext[e];
    this.currentInList[v] = e;
    return e;
  }

  /** Pushes along arc a out of u; a sparse arc leaves u's list, so u's scan moves past it first. */
  private pushOn(u: number, a: number, units: number): void {
    if (this.g.sparse[a] === 1 && this.currentInList[u] === a) this.currentInList[u] = this.g.listNext[a];
    this.g.push(a, units);
  }

  /** Moves `units` along residual arc a out of v, queueing the head when it gains an excess. */
  private move(v: number, a: number, units: number): void {
    const w = this.g.head[a];
    this.pushOn(v, a, units);
    this.excess[v] -= units;
    this.excess[w] += units;
    if (this.excess[w] > 0 && this.queued[w] === 0) this.activate(w);
  }

  private resetCurrent(v: number): void {
    this.current[v] = this.g.first[v];
    this.currentInList[v] = ENTER_LIST;
  }

  /**
   * Lowers v's price as little as it takes to make one of its residual arcs admissible (by at
   * least ε); false, price untouched, when v has no residual arc out.
   */
  private relabel(v: number, epsilon: number): boolean {
    const { g, c, price } = this;
    const { head, residual, listNext } = g;
    let best = -Infinity;
    for (let a = g.first[v], end = g.denseEnd[v]; a < end; a++) {
      if (residual[a] > 0) {
        const bound = price[head[a]] - c[a];
        if (bound > best) best = bound;
      }
    }
    for (let a = g.listHead[v]; a >= 0; a = listNext[a]) {
      const bound = price[head[a]] - c[a];
      if (bound > best) best = bound;
    }
    if (best === -Infinity) return false;
    const next = best - epsilon;
    if (!(next > -PRICE_LIMIT)) throw new PriceOverflow('price out of the exact range');
    price[v] = next;
    this.relabels++;
    return true;
  }

  private updatePrices(epsilon: number): void {
    if (!this.updater.run(epsilon)) throw new PriceOverflow('price out of the exact range');
    this.relabels = 0;
    for (let v = 0; v < this.g.nodeCount; v++) this.resetCurrent(v);
  }

  private activate(v: number): void {
    this.active[this.size++] = v;
    this.queued[v] = 1;
  }

  private nextActive(): number {
    const v = this.active[--this.size];
    this.queued[v] = 0;
    return v;
  }
}
