import type { ResidualGraph } from './residual-graph.js';
import { SinkSearch } from './sink-search.js';

/** `inList[v]` before v's scan has reached its list of sparse arcs: start at the list's head. */
const ENTER_LIST = -2;

/**
 * Raises the flow in `graph` from `source` to `sink` to a maximum, starting from the flow it holds
 * (so a caller can first maximise over part of the network, then open the rest): the shortest
 * augmenting path algorithm with distance labels (Ahuja and Orlin, "Distance-directed augmenting
 * path algorithms for maximum flow and parametric maximum flow problems", 1991). Each node keeps a
 * label d(v), a lower bound of its distance to the sink over arcs with room, exact after a
 * breadth-first search from the sink (SinkSearch). A path grows from the source along arcs with
 * room to a node one label lower; at the sink the units move along it; a node with no such arc
 * takes the label one above its lowest neighbour's and the path retreats from it. The search is
 * redone after every `nodeCount` relabels, and the flow is maximal when the source's label reaches
 * nodeCount or a label no node holds cuts it off from the sink (the gap rule).
 *
 * Unlike Dinic's algorithm, which this replaced, it does not search the whole graph again for each
 * length of path: when places are scarce nationally the paths grow from 6 to 32 arcs, 25 searches
 * of 2 million arcs, where a few suffice here (bench/README.md). Nodes that cannot reach the sink
 * (children who cannot be placed) start at nodeCount and are never entered. A node's residual arcs
 * are its dense arcs and its list of sparse arcs with a unit (see ResidualGraph), so a school's
 * scan reads the children it holds, not all it could take. Deterministic: arcs are tried in row
 * order. Iterative, so deep residual paths cannot overflow the call stack.
 *
 * @param search the breadth-first search of this graph, source and sink, when the caller keeps one
 *   for several calls (it depends only on which arcs are unit arcs, not on the flow)
 * @returns the units added
 * @example
 * // Two children (1, 2) want one place at school 3; the school has room for one (arc 3 -> sink 4).
 * const g = new ResidualGraph(5, [0, 0, 1, 2, 3], [1, 2, 3, 3, 4], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0]);
 * raiseToMaxFlow(g, 0, 4); // 1
 */
export function raiseToMaxFlow(
  graph: ResidualGraph,
  source: number,
  sink: number,
  search = new SinkSearch(graph, source, sink),
): number {
  const labels = new DistanceLabels(graph, search);
  const { head } = graph;
  const { d } = labels;
  const path = new Int32Array(graph.nodeCount);
  let added = 0;
  let depth = 0; // the path is path[0 .. depth), from the source
  let v = source;
  while (d[source] < graph.nodeCount) {
    if (v === sink) {
      const [units, back] = augment(graph, labels, path, depth, source);
      added += units;
      depth = back; // resume from the tail of the first arc the units saturated
    } else {
      const a = labels.admissibleArc(v);
      if (a >= 0) {
        path[depth++] = a;
        v = head[a];
        continue;
      }
      if (labels.relabel(v, source)) break;
      if (labels.relabelled >= graph.nodeCount) {
        labels.search();
        depth = 0;
      } else if (depth > 0) depth--;
    }
    v = depth === 0 ? source : head[path[depth - 1]];
  }
  return added;
}

/**
 * Moves as many units as the path's arcs allow along path[0 .. depth) from the source.
 *
 * @returns the units moved, and the number of arcs before the first one they saturated
 */
function augment(
  graph: ResidualGraph,
  labels: DistanceLabels,
  path: Int32Array,
  depth: number,
  source: number,
): [number, number] {
  const { head, residual } = graph;
  let units = 0x7fffffff;
  for (let k = 0; k < depth; k++) units = Math.min(units, residual[path[k]]);
  let back = depth;
  for (let k = depth - 1; k >= 0; k--) {
    const a = path[k];
    labels.leaving(k === 0 ? source : head[path[k - 1]], a);
    graph.push(a, units);
    if (residual[a] === 0) back = k;
  }
  return [units, back];
}

/**
 * The distance labels of raiseToMaxFlow, with each node's current arc: `next[v]`, the first dense
 * arc not yet found useless, then `inList[v]`, the next sparse one. An arc passed over stays
 * useless until v is relabelled (labels never fall), so no arc is read twice between relabels.
 */
class DistanceLabels {
  readonly d: Int32Array;
  /** Nodes holding each label, 0 .. nodeCount. */
  private readonly count: Int32Array;
  private readonly next: Int32Array;
  private readonly inList: Int32Array;
  /** Relabels since the last search. */
  relabelled = 0;

  constructor(
    private readonly graph: ResidualGraph,
    private readonly searcher: SinkSearch,
  ) {
    const n = graph.nodeCount;
    this.d = new Int32Array(n);
    this.count = new Int32Array(n + 1);
    this.next = new Int32Array(n);
    this.inList = new Int32Array(n);
    this.search();
  }

  /** Exact labels from a breadth-first search from the sink; nodeCount for a node that cannot reach it. */
  search(): void {
    const { d, count, graph } = this;
    const n = graph.nodeCount;
    this.searcher.distances(d);
    count.fill(0);
    for (let v = 0; v < n; v++) {
      if (d[v] < 0) d[v] = n;
      count[d[v]]++;
    }
    this.next.set(graph.first.subarray(0, n));
    this.inList.fill(ENTER_LIST);
    this.relabelled = 0;
  }

  /** The first arc out of v with room to a node one label lower, from v's current arc; -1 when none. */
  admissibleArc(v: number): number {
    const { denseEnd, head, residual, listHead, listNext } = this.graph;
    const { d } = this;
    const down = d[v] - 1;
    const end = denseEnd[v];
    let a = this.next[v];
    while (a < end && !(residual[a] > 0 && d[head[a]] === down)) a++;
    this.next[v] = a;
    if (a < end) return a;
    let e = this.inList[v] === ENTER_LIST ? listHead[v] : this.inList[v];
    while (e >= 0 && d[head[e]] !== down) e = listNext[e];
    this.inList[v] = e;
    return e;
  }

  /**
   * Gives v the label one above its lowest neighbour over arcs with room (nodeCount when none).
   *
   * @returns true when the source is then cut off from the sink: no node is left with v's old label
   *   (every path to the sink steps down one label at a time) and the source's label is above it
   */
  relabel(v: number, source: number): boolean {
    const { first, denseEnd, head, residual, listHead, listNext } = this.graph;
    const { d, count } = this;
    let low = this.graph.nodeCount;
    for (let a = first[v], end = denseEnd[v]; a < end; a++)
      if (residual[a] > 0 && d[head[a]] + 1 < low) low = d[head[a]] + 1;
    for (let a = listHead[v]; a >= 0; a = listNext[a]) if (d[head[a]] + 1 < low) low = d[head[a]] + 1;
    const old = d[v];
    d[v] = low;
    count[old]--;
    count[low]++;
    this.next[v] = first[v];
    this.inList[v] = ENTER_LIST;
    this.relabelled++;
    return count[old] === 0 && d[source] > old;
  }

  /** Arc a out of u is about to lose its last unit: a sparse arc leaves u's list, so u's scan moves past it first. */
  leaving(u: number, a: number): void {
    if (this.graph.sparse[a] === 1 && this.inList[u] === a) this.inList[u] = this.graph.listNext[a];
  }
}
