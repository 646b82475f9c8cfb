/**
 * A flow network as a residual graph in compressed rows, shared by the max-flow and cost-scaling
 * steps of the exact allocator: every arc i of the input becomes a forward residual arc (capacity
 * left, cost c) and a reverse one (flow to cancel, cost −c), both in their tail's row, so a node's
 * row holds every residual arc leaving it. Residual arc a goes to `head[a]`, has `residual[a]`
 * units left and costs `cost[a]`; its partner is `partner[a]`; node v's arcs are
 * `first[v] .. first[v + 1] - 1`.
 *
 * Unit arcs get special care: a school's row holds the reverse arc of every eligible child's
 * pair arc, hundreds of them, nearly all without flow. So the reverse of each input arc of
 * capacity 1 is "sparse": it sits at the end of its row (from `denseEnd[v]`), and the ones that
 * can carry a unit back (flow on the pair arc) are also kept in a linked list per node
 * (`listHead`, `listNext`), updated by `push`. A scan of what can leave a school then reads its
 * few dense arcs and the children it holds, not every child it could take. Hot-path data, so
 * typed arrays throughout.
 *
 * @example
 * // 0 -> 1 -> 2, capacity 1 each.
 * const g = new ResidualGraph(3, [0, 1], [1, 2], [1, 1], [5, 0]);
 * g.push(g.forward[0], 1);
 * g.flowOn(0); // 1
 * g.listHead[1] === g.partner[g.forward[0]]; // true: node 1 can send the unit back
 */
export class ResidualGraph {
  readonly nodeCount: number;
  readonly first: Int32Array;
  /** Node v's dense arcs are first[v] .. denseEnd[v] - 1; its sparse arcs follow, to first[v + 1] - 1. */
  readonly denseEnd: Int32Array;
  readonly head: Int32Array;
  readonly partner: Int32Array;
  readonly residual: Int32Array;
  readonly cost: Float64Array;
  /** 1 for a sparse arc: the reverse of an input arc of capacity 1. */
  readonly sparse: Uint8Array;
  /** 1 for the forward arc of an input arc of capacity 1 (its partner is sparse). */
  readonly unit: Uint8Array;
  /** Per node, the first sparse arc with a unit left (-1: none); then listNext, listPrev by arc. */
  readonly listHead: Int32Array;
  readonly listNext: Int32Array;
  readonly listPrev: Int32Array;
  /** The forward residual arc of each input arc. */
  readonly forward: Int32Array;

  /**
   * @param nodeCount nodes are 0 .. nodeCount - 1
   * @param from tail of each arc
   * @param to head of each arc
   * @param capacity units each arc carries at most (whole numbers from 0)
   * @param cost cost per unit of each arc (whole numbers)
   */
  constructor(
    nodeCount: number,
    from: ArrayLike<number>,
    to: ArrayLike<number>,
    capacity: ArrayLike<number>,
    cost: ArrayLike<number>,
  ) {
    const m = from.length;
    this.nodeCount = nodeCount;
    const dense = new Int32Array(nodeCount);
    const total = new Int32Array(nodeCount);
    for (let i = 0; i < m; i++) {
      dense[from[i]]++;
      total[from[i]]++;
      total[to[i]]++;
      if (capacity[i] !== 1) dense[to[i]]++;
    }
    const first = new Int32Array(nodeCount + 1);
    for (let v = 0; v < nodeCount; v++) first[v + 1] = first[v] + total[v];
    this.first = first;
    this.denseEnd = Int32Array.from({ length: nodeCount }, (_, v) => first[v] + dense[v]);
    this.head = new Int32Array(2 * m);
    this.partner = new Int32Array(2 * m);
    this.residual = new Int32Array(2 * m);
    this.cost = new Float64Array(2 * m);
    this.sparse = new Uint8Array(2 * m);
    this.unit = new Uint8Array(2 * m);
    this.listHead = new Int32Array(nodeCount).fill(-1);
    this.listNext = new Int32Array(2 * m).fill(-1);
    this.listPrev = new Int32Array(2 * m).fill(-1);
    this.forward = new Int32Array(m);
    // Each part of a row keeps the input order of its arcs, which fixes the order the solvers scan
    // them (and so which of equal optima they return).
    const nextDense = first.slice(0, nodeCount);
    const nextSparse = this.denseEnd.slice();
    for (let i = 0; i < m; i++) {
      const a = nextDense[from[i]]++;
      const b = capacity[i] === 1 ? nextSparse[to[i]]++ : nextDense[to[i]]++;
      this.head[a] = to[i];
      this.head[b] = from[i];
      this.partner[a] = b;
      this.partner[b] = a;
      this.residual[a] = capacity[i];
      this.cost[a] = cost[i];
      this.cost[b] = -cost[i];
      this.sparse[b] = capacity[i] === 1 ? 1 : 0;
      this.unit[a] = capacity[i] === 1 ? 1 : 0;
      this.forward[i] = a;
    }
  }

  /** Units on input arc i: what its reverse residual arc could cancel. */
  flowOn(i: number): number {
    return this.residual[this.partner[this.forward[i]]];
  }

  /** Moves `units` along residual arc a (the caller checks there is room), keeping the sparse lists. */
  push(a: number, units: number): void {
    const b = this.partner[a];
    this.residual[a] -= units;
    this.residual[b] += units;
    if (this.sparse[a] === 1) this.unlink(a);
    else if (this.sparse[b] === 1) this.link(b);
  }

  /** Sets input arc i's capacity to `capacity`, keeping its flow (which must not exceed it); not for unit arcs. */
  setCapacity(i: number, capacity: number): void {
    const a = this.forward[i];
    // The searches read a unit arc's room from its own residual alone (see `unit`).
    if (this.unit[a] === 1) throw new Error(`setCapacity: arc ${i} was built as a unit arc`);
    this.residual[a] = capacity - this.residual[this.partner[a]];
  }

  private link(a: number): void {
    const v = this.head[this.partner[a]];
    const old = this.listHead[v];
    this.listNext[a] = old;
    this.listPrev[a] = -1;
    if (old >= 0) this.listPrev[old] = a;
    this.listHead[v] = a;
  }

  private unlink(a: number): void {
    const v = this.head[this.partner[a]];
    const prev = this.listPrev[a];
    const next = this.listNext[a];
    if (prev >= 0) this.listNext[prev] = next;
    else this.listHead[v] = next;
    if (next >= 0) this.listPrev[next] = prev;
  }
}
