import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../src/match/allocate-dijkstra-heap.js';

describe('MinHeap', () => {
  it('pops each node once, by its smallest key queued, equal keys by lower node', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 50 })), { maxLength: 60 }),
        (items) => {
          const heap = new MinHeap(51);
          for (const [key, node] of items) heap.push(key, node);
          const popped: number[] = [];
          while (heap.size > 0) popped.push(heap.popNode());
          const best = new Map<number, number>();
          for (const [key, node] of items) best.set(node, Math.min(key, best.get(node) ?? Infinity));
          const expected = [...best].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([node]) => node);
          expect(popped).toEqual(expected);
        },
      ),
      { numRuns: 200, seed: 1 },
    );
  });

  it('can be reused after clear, and interleaves pushes with pops', () => {
    const heap = new MinHeap(8);
    heap.push(3, 1);
    heap.push(4, 2);
    heap.clear();
    expect(heap.size).toBe(0);
    heap.push(5, 2);
    heap.push(1, 4);
    expect(heap.popNode()).toBe(4);
    heap.push(1, 4); // popped nodes may be queued again
    heap.push(0, 2);
    expect([heap.popNode(), heap.popNode()]).toEqual([2, 4]);
    expect(heap.size).toBe(0);
  });
});
