import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../src/match/allocate-dijkstra-heap.js';

describe('MinHeap', () => {
  it('pops by key, equal keys by lower node, growing past its first size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 50 })), { maxLength: 60 }), (items) => {
        const heap = new MinHeap(2);
        for (const [key, node] of items) heap.push(key, node);
        const popped: number[] = [];
        while (heap.size > 0) popped.push(heap.popNode());
        const expected = [...items].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, node]) => node);
        expect(popped).toEqual(expected);
      }),
      { numRuns: 200, seed: 1 },
    );
  });
});
