import type { ResidualGraph } from './residual-graph.js';

/**
 * The breadth-first search of Dinic's algorithm (raiseToMaxFlow): each node's distance from the
 * source over arcs with room, up to the sink's distance (nodes farther stay at -1), level by level.
 *
 * Direction-optimising (Beamer, Asanović and Patterson, "Direction-optimizing breadth-first
 * search", 2012) for unit arcs: a node whose every dense arc is the forward arc of a unit arc (a
 * child: its pair arcs) need not scan them top-down. The nodes those arcs lead to (schools, NC-year
 * limits) can instead look bottom-up through their sparse arcs, the reverse arcs, for a tail on the
 * current level, stopping at the first. Each level takes the direction that reads fewer arcs at
 * most: the frontier's unit arcs, or the sparse arcs of the heads not yet reached. The distances
 * are the same either way (a breadth-first search's levels do not depend on the order a level is
 * scanned in), so the maximum flow and the allocation are the same as with a plain search; only
 * the work changes: in an allocation network most schools are reached early, and the many children
 * on the later levels then cost nothing.
 *
 * @example
 * const search = new LevelSearch(graph, source, sink);
 * search.label(level); // true when the sink is reached; level[v] = distance or -1
 */
export class LevelSearch {
  private readonly queue: Int32Array;
  /** 1 for a node whose dense arcs are all unit forward arcs (and there is at least one). */
  private readonly unitOnly: Uint8Array;
  /** The heads of unit-only nodes' arcs: the nodes that may look bottom-up, in node order. */
  private readonly heads: Int32Array;
  private readonly isHead: Uint8Array;
  /** Sum of `heads`' sparse-arc counts. */
  private readonly headArcs: number;
  /** During a search: nodes queued; unit arcs of the next level's nodes; sparse arcs of the heads not reached. */
  private write = 0;
  private nextUnitArcs = 0;
  private headArcsLeft = 0;

  constructor(
    private readonly graph: ResidualGraph,
    private readonly source: number,
    private readonly sink: number,
  ) {
    const n = graph.nodeCount;
    const { first, denseEnd, head, partner, sparse } = graph;
    this.queue = new Int32Array(n);
    this.unitOnly = new Uint8Array(n);
    this.isHead = new Uint8Array(n);
    for (let v = 0; v < n; v++) {
      let unit = denseEnd[v] > first[v];
      for (let a = first[v]; unit && a < denseEnd[v]; a++) unit = sparse[partner[a]] === 1;
      if (!unit || v === source) continue;
      this.unitOnly[v] = 1;
      for (let a = first[v]; a < denseEnd[v]; a++) this.isHead[head[a]] = 1;
    }
    const heads: number[] = [];
    let headArcs = 0;
    for (let w = 0; w < n; w++) {
      if (this.isHead[w] === 0) continue;
      heads.push(w);
      headArcs += first[w + 1] - denseEnd[w];
    }
    this.heads = Int32Array.from(heads);
    this.headArcs = headArcs;
  }

  /** Labels `level` (distance from the source, -1 beyond the sink or unreached); whether the sink is reached. */
  label(level: Int32Array): boolean {
    const { queue, sink } = this;
    level.fill(-1);
    this.write = 0;
    this.nextUnitArcs = 0;
    this.headArcsLeft = this.headArcs;
    this.reach(this.source, 0, level);
    let start = 0;
    for (let depth = 0; start < this.write && level[sink] < 0; depth++) {
      const end = this.write;
      // The frontier's unit arcs against the unreached heads' sparse arcs, both counted as nodes were reached.
      const bottomUp = this.headArcsLeft < this.nextUnitArcs;
      this.nextUnitArcs = 0;
      for (let i = start; i < end; i++) this.scanDown(queue[i], level, bottomUp);
      if (bottomUp) this.lookUp(depth, level);
      start = end;
    }
    return level[sink] >= 0;
  }

  /** Labels w at distance d and counts what the level choice needs. */
  private reach(w: number, d: number, level: Int32Array): void {
    const { first, denseEnd } = this.graph;
    level[w] = d;
    this.queue[this.write++] = w;
    if (this.unitOnly[w] === 1) this.nextUnitArcs += denseEnd[w] - first[w];
    if (this.isHead[w] === 1) this.headArcsLeft -= first[w + 1] - denseEnd[w];
  }

  /** Top-down from v: its dense arcs (unless v is unit-only and the level looks bottom-up) and its list. */
  private scanDown(v: number, level: Int32Array, bottomUp: boolean): void {
    const { first, denseEnd, head, residual, listHead, listNext } = this.graph;
    const down = level[v] + 1;
    if (!(bottomUp && this.unitOnly[v] === 1)) {
      for (let a = first[v], end = denseEnd[v]; a < end; a++) {
        const w = head[a];
        if (residual[a] > 0 && level[w] < 0) this.reach(w, down, level);
      }
    }
    for (let a = listHead[v]; a >= 0; a = listNext[a]) {
      const w = head[a];
      if (level[w] < 0) this.reach(w, down, level);
    }
  }

  /**
   * Bottom-up: each head not yet reached looks through its sparse arcs for a unit-only tail at
   * `depth` whose forward arc has room (the sparse arc then has none: a unit is on one or the other).
   */
  private lookUp(depth: number, level: Int32Array): void {
    const { denseEnd, first, head, residual } = this.graph;
    const { heads, unitOnly } = this;
    for (let k = 0; k < heads.length; k++) {
      const w = heads[k];
      if (level[w] >= 0) continue;
      for (let b = denseEnd[w], end = first[w + 1]; b < end; b++) {
        const u = head[b];
        if (residual[b] === 0 && level[u] === depth && unitOnly[u] === 1) {
          this.reach(w, depth + 1, level);
          break;
        }
      }
    }
  }
}
