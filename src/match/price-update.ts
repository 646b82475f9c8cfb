import type { ResidualGraph } from './residual-graph.js';

const PRICE_LIMIT = 2 ** 51;

/**
 * The global price update of cost scaling (Goldberg 1997, §5): a backward Dijkstra search in
 * units of ε from the nodes with a deficit, over residual arcs with the length
 * ⌊reduced cost / ε⌋ + 1 (≥ 0 on an ε-optimal flow), then every node's price lowered by ε times
 * its distance. Afterwards every node with excess has an admissible path to a deficit, which saves
 * most of the relabels push-relabel would otherwise make one ε at a time. It keeps ε-optimality:
 * an arc's reduced cost changes by ε × (the difference of its ends' distances), which its length
 * bounds. The search stops after the level at which the last node with excess is reached; the
 * nodes not reached by then count as one level further.
 *
 * Buckets (Dial's algorithm) hold the nodes by distance, up to nodeCount levels. Hot path: typed
 * arrays, nothing allocated per run.
 *
 * @example
 * const update = new PriceUpdate(graph, scaledCosts, prices, excess);
 * update.run(epsilon); // false only when a price would leave the exact range
 */
export class PriceUpdate {
  /**
   * Per node: its bucket's distance while it waits in one, -1 - d once it has been scanned at
   * distance d, and UNREACHED before either (one array, so a relaxation reads one place per node).
   */
  private readonly distance: Int32Array;
  private readonly bucketFirst: Int32Array;
  private readonly nextInBucket: Int32Array;
  private readonly prevInBucket: Int32Array;

  /**
   * @param graph the residual graph
   * @param cost the costs cost scaling works with, per residual arc
   * @param price the prices, updated in place
   * @param excess each node's excess (negative: a deficit)
   */
  constructor(
    private readonly graph: ResidualGraph,
    private readonly cost: Float64Array,
    private readonly price: Float64Array,
    private readonly excess: Int32Array,
  ) {
    const n = graph.nodeCount;
    this.distance = new Int32Array(n);
    this.bucketFirst = new Int32Array(n + 1);
    this.nextInBucket = new Int32Array(n);
    this.prevInBucket = new Int32Array(n);
  }

  /** Runs one update at `epsilon`; returns false (prices untouched) when a price would pass 2^51. */
  run(epsilon: number): boolean {
    const n = this.graph.nodeCount;
    const { distance, excess, bucketFirst, nextInBucket, prevInBucket } = this;
    const top = n; // the deepest level kept; farther nodes count as unreached
    distance.fill(top + 1);
    bucketFirst.fill(-1);
    let active = 0;
    for (let v = 0; v < n; v++) {
      if (excess[v] > 0) active++;
      else if (excess[v] < 0) this.place(v, 0);
    }
    if (active === 0) return true;
    let level = 0;
    for (; level <= top; level++) {
      for (let v = bucketFirst[level]; v >= 0; v = bucketFirst[level]) {
        const next = nextInBucket[v]; // v is the bucket's first node: take it off the front
        bucketFirst[level] = next;
        if (next >= 0) prevInBucket[next] = -1;
        distance[v] = -1 - level;
        if (excess[v] > 0) active--;
        this.relaxInto(v, level, epsilon, top);
      }
      if (active === 0) break;
    }
    const beyond = Math.min(level, top) + 1;
    return this.lowerPrices(epsilon, beyond);
  }

  /**
   * Offers every node u with a residual arc into v a distance through v. The arc u -> v is the
   * partner of an arc of v's row, with the opposite cost; for a unit arc or its sparse reverse the
   * partner's residual is 1 minus its own, so the partner itself is never read there. Hot loop,
   * written for speed on purpose.
   */
  private relaxInto(v: number, level: number, epsilon: number, top: number): void {
    const { first, denseEnd, head, partner, residual, unit } = this.graph;
    const { cost, price, distance } = this;
    const base = price[v];
    for (let a = first[v], end = denseEnd[v]; a < end; a++) {
      if (unit[a] === 1 ? residual[a] === 1 : residual[partner[a]] === 0) continue;
      const u = head[a];
      const du = distance[u];
      if (du < 0) continue; // scanned
      const d = level + Math.floor((price[u] - cost[a] - base) / epsilon) + 1;
      if (d < du && d <= top) this.move(u, du, d, top);
    }
    for (let a = denseEnd[v], end = first[v + 1]; a < end; a++) {
      if (residual[a] === 1) continue;
      const u = head[a];
      const du = distance[u];
      if (du < 0) continue;
      const d = level + Math.floor((price[u] - cost[a] - base) / epsilon) + 1;
      if (d < du && d <= top) this.move(u, du, d, top);
    }
  }

  /** Moves u from bucket `from` (none when beyond `top`) to the nearer bucket d. */
  private move(u: number, from: number, d: number, top: number): void {
    if (from <= top) this.unplace(u, from);
    this.place(u, d);
  }

  /**
   * p(v) −= ε·d(v), with d = `beyond` for the nodes not scanned, then every price shifted by the same
   * amount so that the highest is 0 (reduced costs only see differences, and this keeps the
   * magnitudes from drifting); false, prices untouched, if one would leave the exact range.
   */
  private lowerPrices(epsilon: number, beyond: number): boolean {
    const { price, distance } = this;
    const n = price.length;
    let high = -Infinity;
    let low = Infinity;
    for (let v = 0; v < n; v++) {
      const next = price[v] - (distance[v] < 0 ? -1 - distance[v] : beyond) * epsilon;
      if (next > high) high = next;
      if (next < low) low = next;
    }
    if (!(high - low < PRICE_LIMIT)) return false;
    for (let v = 0; v < n; v++) price[v] -= (distance[v] < 0 ? -1 - distance[v] : beyond) * epsilon + high;
    return true;
  }

  private place(v: number, d: number): void {
    this.distance[v] = d;
    const old = this.bucketFirst[d];
    this.nextInBucket[v] = old;
    this.prevInBucket[v] = -1;
    if (old >= 0) this.prevInBucket[old] = v;
    this.bucketFirst[d] = v;
  }

  private unplace(v: number, d: number): void {
    const prev = this.prevInBucket[v];
    const next = this.nextInBucket[v];
    if (prev >= 0) this.nextInBucket[prev] = next;
    else this.bucketFirst[d] = next;
    if (next >= 0) this.prevInBucket[next] = prev;
  }
}
