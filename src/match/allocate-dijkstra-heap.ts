/**
 * The priority queue of minCostFlow's Dijkstra: a binary min-heap of (key, node) pairs in typed
 * arrays, with lazy deletion (a node may be queued again with a smaller key; the caller skips the
 * stale entry). Equal keys pop the lower node first, which makes the search order, and so the
 * tie-breaking between equal optima, deterministic. Written for speed on purpose: no objects.
 *
 * @example
 * const heap = new MinHeap(4);
 * heap.push(2, 7); heap.push(1, 9); heap.push(1, 3);
 * heap.popNode(); // 3 (key 1, lower node)
 * heap.popNode(); // 9
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  /** Empties the heap, keeping its arrays. */
  clear(): void {
    this.size = 0;
  }

  /** Queues `node` with priority `key` (smaller first). */
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    const { keys, nodes } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] < key || (keys[parent] === key && nodes[parent] <= node)) break;
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** The smallest key queued (the heap must not be empty). */
  peekKey(): number {
    return this.keys[0];
  }

  /** Removes and returns the node with the smallest key (the heap must not be empty). */
  popNode(): number {
    const { keys, nodes } = this;
    const top = nodes[0];
    const last = --this.size;
    const key = keys[last];
    const node = nodes[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (keys[right] < keys[child] || (keys[right] === keys[child] && nodes[right] < nodes[child]))) child = right;
      if (key < keys[child] || (key === keys[child] && node <= nodes[child])) break;
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }
}
