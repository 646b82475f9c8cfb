/**
 * Keeps the best `k` of a stream of items in typed arrays, without allocating per item: a binary
 * heap whose root is the worst item kept, so a newcomer is compared with one item and most are
 * rejected at once. The order is the ranking order: key descending, then distance ascending, then
 * URN rank ascending (the position of the URN in text order). Written for speed on purpose.
 *
 * @example
 * const heap = new TopKHeap(2);
 * heap.push(7, 0.5, 3, 0); heap.push(8, 0.9, 5, 1); heap.push(9, 0.7, 1, 2);
 * heap.sorted(); // [8, 9]: best first
 */
export class TopKHeap {
  readonly capacity: number;
  size = 0;
  private readonly ids: Int32Array;
  private readonly keys: Float64Array;
  private readonly distances: Float64Array;
  private readonly urnRanks: Int32Array;

  /** @param k how many of the best items to keep (0 or more) */
  constructor(k: number) {
    this.capacity = k;
    this.ids = new Int32Array(k);
    this.keys = new Float64Array(k);
    this.distances = new Float64Array(k);
    this.urnRanks = new Int32Array(k);
  }

  /** Empties the heap so it can be reused for the next child. */
  clear(): void {
    this.size = 0;
  }

  /** Offers an item; keeps it if it is among the best `k` so far. */
  push(id: number, key: number, distance: number, urnRank: number): void {
    if (this.size < this.capacity) {
      let i = this.size++;
      // Sift up: the parent must be worse than or equal to the child.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(key, distance, urnRank, parent)) break;
        this.copy(parent, i);
        i = parent;
      }
      this.set(i, id, key, distance, urnRank);
      return;
    }
    if (this.capacity === 0 || !this.better(key, distance, urnRank, 0)) return;
    // Replace the root (the worst kept) and sift down.
    let i = 0;
    const n = this.size;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let worst = left;
      if (right < n && this.worseAt(right, left)) worst = right;
      if (!this.worse(this.keys[worst], this.distances[worst], this.urnRanks[worst], i, key, distance, urnRank)) break;
      this.copy(worst, i);
      i = worst;
    }
    this.set(i, id, key, distance, urnRank);
  }

  /** The ids kept, best first. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => (this.worseAt(a, b) ? 1 : this.worseAt(b, a) ? -1 : 0));
    return order.map((i) => this.ids[i]);
  }

  /** Whether (key, distance, urnRank) ranks below slot `j` (or below the given item when passed). */
  private worse(
    key: number,
    distance: number,
    urnRank: number,
    j: number,
    jKey = this.keys[j],
    jDist = this.distances[j],
    jUrn = this.urnRanks[j],
  ): boolean {
    if (key !== jKey) return key < jKey;
    if (distance !== jDist) return distance > jDist;
    return urnRank > jUrn;
  }

  private better(key: number, distance: number, urnRank: number, j: number): boolean {
    const jKey = this.keys[j];
    if (key !== jKey) return key > jKey;
    const jDist = this.distances[j];
    if (distance !== jDist) return distance < jDist;
    return urnRank < this.urnRanks[j];
  }

  private worseAt(a: number, b: number): boolean {
    return this.worse(this.keys[a], this.distances[a], this.urnRanks[a], b);
  }

  private copy(from: number, to: number): void {
    this.ids[to] = this.ids[from];
    this.keys[to] = this.keys[from];
    this.distances[to] = this.distances[from];
    this.urnRanks[to] = this.urnRanks[from];
  }

  private set(i: number, id: number, key: number, distance: number, urnRank: number): void {
    this.ids[i] = id;
    this.keys[i] = key;
    this.distances[i] = distance;
    this.urnRanks[i] = urnRank;
  }
}
