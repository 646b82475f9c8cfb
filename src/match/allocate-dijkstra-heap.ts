/**
 * The priority queue of minCostFlow's Dijkstra: a binary min-heap of (key, node) pairs in typed
 * arrays, with decrease-key: each node is queued at most once, and queuing it again with a smaller
 * key moves it up in place. So Dijkstra never pops a stale entry, and the heap holds at most one
 * entry per node (with lazy deletion it grew with every improvement of a search; decrease-key cut
 * the county allocation's CPU time by 1.2–1.5x). Equal keys pop the lower node first, which makes
 * the search order, and so the tie-breaking between equal optima, deterministic. Written for speed
 * on purpose: no objects. Nodes are numbered 0 to nodeCount - 1.
 *
 * @example
 * const heap = new MinHeap(10);
 * heap.push(2, 7); heap.push(1, 9); heap.push(1, 3);
 * heap.popNode(); // 3 (key 1, lower node)
 * heap.push(0, 7); // node 7 moves up from key 2 to key 0
 * heap.size; // 2
 * heap.popNode(); // 7
 * heap.popNode(); // 9
 */
export class MinHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  /** Position of each node in the heap arrays, or -1 when not queued. */
  private readonly position: Int32Array;
  size = 0;

  constructor(nodeCount: number) {
    this.keys = new Float64Array(nodeCount);
    this.nodes = new Int32Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
  }

  /** Empties the heap. */
  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.nodes[i]] = -1;
    this.size = 0;
  }

  /** Queues `node` with priority `key`, or lowers its key if it is queued with a larger one. */
  push(key: number, node: number): void {
    let i = this.position[node];
    if (i < 0) i = this.size++;
    else if (this.keys[i] <= key) return;
    this.siftUp(i, key, node);
  }

  /** The smallest key queued (the heap must not be empty). */
  peekKey(): number {
    return this.keys[0];
  }

  /** Removes and returns the node with the smallest key (the heap must not be empty). */
  popNode(): number {
    const { keys, nodes, position } = this;
    const top = nodes[0];
    position[top] = -1;
    const last = --this.size;
    if (last === 0) return top;
    const key = keys[last];
    const node = nodes[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (keys[right] < keys[child] || (keys[right] === keys[child] && nodes[right] < nodes[child])))
        child = right;
      if (key < keys[child] || (key === keys[child] && node <= nodes[child])) break;
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      position[nodes[i]] = i;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    position[node] = i;
    return top;
  }

  private siftUp(i: number, key: number, node: number): void {
    const { keys, nodes, position } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] < key || (keys[parent] === key && nodes[parent] <= node)) break;
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      position[nodes[i]] = i;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
    position[node] = i;
  }
}
