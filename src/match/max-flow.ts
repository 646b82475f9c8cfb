import type { ResidualGraph } from './residual-graph.js';
import { SinkSearch } from './sink-search.js';

/**
 * Raises the flow in `graph` from `source` to `sink` to a maximum, starting from the flow it holds
 * (so a caller can first maximise over part of the network, then open the rest): Dinic's
 * algorithm — a breadth-first search labels nodes by their level on the shortest paths in the
 * residual graph (SinkSearch: searched from the sink's side, so that nodes off every shortest path
 * are left out; bottom-up where that reads fewer arcs), then depth-first searches push a blocking
 * flow along arcs that go one level further, until the sink is out of reach. On
 * allocation networks (unit arcs out of children) this takes O(m √n). A node's residual arcs are
 * its dense arcs and its list of sparse arcs with a unit (see ResidualGraph), so a school's scan
 * reads the children it holds, not all it could take.
 * Deterministic: arcs are tried in row order. Iterative, so deep residual paths cannot overflow
 * the call stack.
 *
 * @param search the level search of this graph, source and sink, when the caller keeps one for several
 *   calls (it depends only on which arcs are unit arcs, not on the flow)
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
  const n = graph.nodeCount;
  const level = new Int32Array(n);
  const next = new Int32Array(n);
  const inList = new Int32Array(n);
  const pathArcs = new Int32Array(n);
  let added = 0;
  while (search.label(level)) {
    next.set(graph.first.subarray(0, n));
    inList.fill(ENTER_LIST);
    added += blockingFlow(graph, source, sink, level, next, inList, pathArcs);
  }
  return added;
}

/** `inList[v]` before v's scan has reached its list of sparse arcs: start at the list's head. */
const ENTER_LIST = -2;

/**
 * Pushes flow along level-increasing paths until none is left (a blocking flow). `next[v]` is the
 * first dense arc of v not yet found useless, then `inList[v]` the next sparse one; a node with
 * none left is cut from the level graph.
 */
function blockingFlow(
  graph: ResidualGraph,
  source: number,
  sink: number,
  level: Int32Array,
  next: Int32Array,
  inList: Int32Array,
  pathArcs: Int32Array,
): number {
  const { head, residual } = graph;
  let added = 0;
  let depth = 0; // the path is pathArcs[0 .. depth), from the source
  let v = source;
  for (;;) {
    if (v === sink) {
      let units = 0x7fffffff;
      for (let k = 0; k < depth; k++) units = Math.min(units, residual[pathArcs[k]]);
      let back = depth;
      for (let k = depth - 1; k >= 0; k--) {
        const a = pathArcs[k];
        const tail = k === 0 ? source : head[pathArcs[k - 1]];
        if (graph.sparse[a] === 1 && inList[tail] === a) inList[tail] = graph.listNext[a]; // a leaves the list
        graph.push(a, units);
        if (residual[a] === 0) back = k;
      }
      added += units;
      // Resume from the tail of the first arc the push saturated.
      depth = back;
      v = depth === 0 ? source : head[pathArcs[depth - 1]];
      continue;
    }
    const a = usefulArc(graph, v, level, next, inList);
    if (a >= 0) {
      pathArcs[depth++] = a;
      v = head[a];
      continue;
    }
    if (v === source) return added;
    level[v] = -1; // a dead end: no path to the sink through v in this phase
    depth--;
    v = depth === 0 ? source : head[pathArcs[depth - 1]];
  }
}

/** The first arc out of v with room to a node one level further, from where v's scan stopped; -1 when none. */
function usefulArc(graph: ResidualGraph, v: number, level: Int32Array, next: Int32Array, inList: Int32Array): number {
  const { denseEnd, head, residual, listHead, listNext } = graph;
  const down = level[v] + 1;
  const end = denseEnd[v];
  let a = next[v];
  while (a < end && !(residual[a] > 0 && level[head[a]] === down)) a++;
  next[v] = a;
  if (a < end) return a;
  let e = inList[v] === ENTER_LIST ? listHead[v] : inList[v];
  while (e >= 0 && level[head[e]] !== down) e = listNext[e];
  inList[v] = e;
  return e;
}
