import type { ResidualGraph } from './residual-graph.js';

/**
 * The breadth-first search of the maximum flow (raiseToMaxFlow), run from the sink's side: each
 * node's distance to the sink over arcs with room, -1 for a node that cannot reach it (a child who
 * cannot be placed, and everything only it leads to).
 *
 * Direction-optimising (Beamer, Asanović and Patterson, "Direction-optimizing breadth-first
 * search", 2012) for unit arcs: a school's row holds a sparse arc for every child that could go
 * there (hundreds), and reading them all, level after level, would cost more than the search from
 * the source. A node whose every dense arc is the forward arc of a unit arc (a child: its pair
 * arcs) can instead look bottom-up for a head on the current level, stopping at the first, on the
 * levels where that reads fewer arcs: the unreached children's pair arcs against the sparse arcs of
 * the level's schools. The distances are the same either way.
 *
 * @example
 * const search = new SinkSearch(graph, source, sink);
 * search.distances(distance); // distance[sink] = 0; -1 where the sink is out of reach
 */
export class SinkSearch {
  private readonly distance: Int32Array;
  private readonly frontier: Int32Array;
  /** The nodes whose dense arcs are all unit forward arcs (children), which may look bottom-up. */
  private readonly lookers: Int32Array;
  private readonly isLooker: Uint8Array;
  /** 1 for a node with sparse arcs whose every tail is a looker: its sparse arcs may be left to them. */
  private readonly lookedAt: Uint8Array;
  /** Sum of the lookers' dense-arc counts. */
  private readonly lookerArcs: number;

  constructor(
    private readonly graph: ResidualGraph,
    source: number,
    private readonly sink: number,
  ) {
    const n = graph.nodeCount;
    const { first, denseEnd, head, unit } = graph;
    this.distance = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.isLooker = new Uint8Array(n);
    const lookers: number[] = [];
    let lookerArcs = 0;
    for (let v = 0; v < n; v++) {
      let onlyUnit = v !== source && v !== sink && denseEnd[v] > first[v];
      for (let a = first[v]; onlyUnit && a < denseEnd[v]; a++) onlyUnit = unit[a] === 1;
      if (!onlyUnit) continue;
      this.isLooker[v] = 1;
      lookers.push(v);
      lookerArcs += denseEnd[v] - first[v];
    }
    this.lookers = Int32Array.from(lookers);
    this.lookerArcs = lookerArcs;
    this.lookedAt = new Uint8Array(n);
    for (let w = 0; w < n; w++) {
      let all = first[w + 1] > denseEnd[w];
      for (let a = denseEnd[w]; all && a < first[w + 1]; a++) all = this.isLooker[head[a]] === 1;
      this.lookedAt[w] = all ? 1 : 0;
    }
  }

  /** Every node's distance to the sink over arcs with room, into `out`; -1 for a node that cannot reach it. */
  distances(out: Int32Array): void {
    const { graph, distance, frontier, sink, lookedAt } = this;
    const { first, denseEnd } = graph;
    distance.fill(-1);
    distance[sink] = 0;
    frontier[0] = sink;
    let start = 0;
    let end = 1;
    let lookerArcsLeft = this.lookerArcs;
    const reach = (u: number, d: number) => {
      distance[u] = d;
      frontier[end++] = u;
      if (this.isLooker[u] === 1) lookerArcsLeft -= denseEnd[u] - first[u];
    };
    for (let d = 0; start < end; d++) {
      const levelEnd = end;
      let sparseArcs = 0;
      for (let i = start; i < levelEnd; i++) {
        const v = frontier[i];
        if (lookedAt[v] === 1) sparseArcs += first[v + 1] - denseEnd[v];
      }
      const bottomUp = lookerArcsLeft < sparseArcs;
      for (let i = start; i < levelEnd; i++) this.scanInto(frontier[i], d, bottomUp, reach);
      if (bottomUp) this.lookUp(d, reach);
      start = levelEnd;
    }
    out.set(distance);
  }

  /**
   * Reaches every node u with a residual arc into v (the partner of an arc of v's row): for a unit
   * arc or its sparse reverse, the partner has room exactly when the arc itself has none. A node
   * whose sparse arcs the lookers cover skips them on a bottom-up level. Hot loop.
   */
  private scanInto(v: number, d: number, bottomUp: boolean, reach: (u: number, d: number) => void): void {
    const { first, denseEnd, head, partner, residual, unit } = this.graph;
    const distance = this.distance;
    for (let a = first[v], end = denseEnd[v]; a < end; a++) {
      const u = head[a];
      if (distance[u] < 0 && (unit[a] === 1 ? residual[a] === 0 : residual[partner[a]] > 0)) reach(u, d + 1);
    }
    if (bottomUp && this.lookedAt[v] === 1) return;
    for (let a = denseEnd[v], end = first[v + 1]; a < end; a++) {
      const u = head[a];
      if (distance[u] < 0 && residual[a] === 0) reach(u, d + 1);
    }
  }

  /** Each looker not reached looks for an arc with room to a node of level d whose sparse arcs were skipped. */
  private lookUp(d: number, reach: (u: number, d: number) => void): void {
    const { first, denseEnd, head, residual } = this.graph;
    const { distance, lookers, lookedAt } = this;
    for (let k = 0; k < lookers.length; k++) {
      const u = lookers[k];
      if (distance[u] >= 0) continue;
      for (let a = first[u], end = denseEnd[u]; a < end; a++) {
        const w = head[a];
        if (distance[w] === d && lookedAt[w] === 1 && residual[a] === 1) {
          reach(u, d + 1);
          break;
        }
      }
    }
  }
}
