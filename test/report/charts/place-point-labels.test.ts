import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placePointLabels } from '../../../src/report/charts/place-point-labels.js';

describe('placePointLabels', () => {
  it('holds its doc example', () => {
    expect(
      placePointLabels(
        [
          { x: 100, y: 100, text: '1' },
          { x: 112, y: 100, text: '2' },
        ],
        [0, 0, 400, 300],
      ),
    ).toEqual([
      { x: 91, y: 104.2, anchor: 'end' },
      { x: 121, y: 104.2, anchor: 'start' },
    ]);
  });

  it('moves a label to a free side when its right side is taken by a neighbour', () => {
    const [first, second] = placePointLabels(
      [
        { x: 100, y: 100, text: '10' },
        { x: 110, y: 100, text: '11' },
      ],
      [0, 0, 400, 300],
    );
    expect(first.anchor).not.toBe('start'); // the neighbour's dot is on its right
    expect(second.anchor).toBe('start');
  });

  it('never overlaps two labels while the points are spread out enough for every label to have a free side', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 8 }), (cells) => {
        const points = cells.map((c, i) => ({
          x: 40 + (c % 4) * 60,
          y: 40 + Math.floor(c / 4) * 50,
          text: String(i + 1),
        }));
        const placed = placePointLabels(points, [0, 0, 400, 300]);
        const boxes = placed.map((p) => {
          const left = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - 14 : p.x - 7;
          return [left, p.y - 12, left + 14, p.y];
        });
        for (let a = 0; a < boxes.length; a++)
          for (let b = a + 1; b < boxes.length; b++) {
            const [p, q] = [boxes[a], boxes[b]];
            expect(p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]).toBe(false);
          }
      }),
    );
  });
});
