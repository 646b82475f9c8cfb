import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopKHeap } from '../../src/match/top-k-heap.js';

describe('TopKHeap', () => {
  it('keeps the best k, best first', () => {
    const heap = new TopKHeap(2);
    heap.push(7, 0.5, 3, 0);
    heap.push(8, 0.9, 5, 1);
    heap.push(9, 0.7, 1, 2);
    expect(heap.sorted()).toEqual([8, 9]);
  });

  it('matches a full sort by key desc, distance asc, URN rank asc', () => {
    const item = fc.record({ key: fc.integer({ min: 0, max: 4 }), distance: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 0, max: 10 }), (items, k) => {
        const heap = new TopKHeap(k);
        items.forEach((it, i) => heap.push(i, it.key, it.distance, i));
        const expected = items
          .map((it, i) => ({ ...it, i }))
          .sort((a, b) => b.key - a.key || a.distance - b.distance || a.i - b.i)
          .slice(0, k)
          .map((x) => x.i);
        expect(heap.sorted()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('starts empty again after clear', () => {
    const heap = new TopKHeap(3);
    heap.push(1, 1, 1, 1);
    heap.clear();
    expect(heap.sorted()).toEqual([]);
  });
});
