import { CHART_DEFAULTS } from './chart-defaults.js';
import { textWidth } from './text-width.js';

/** A box on the chart, in pixels: its left, top, right and bottom edges. */
type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places a bold label beside each point so that no label overlaps another label or a point: right of the point
 * when that is free, else left, above, then below; a label with no free side keeps the right. Points are placed
 * in the order given (the most important first), each seeing the labels placed before it.
 *
 * @param points each point and its label
 * @param bounds the plot's box: a side that would leave it is not free
 * @returns for each point, where its label's text starts (x, baseline y) and how it is anchored
 * @example
 * placePointLabels([{ x: 100, y: 100, text: '1' }, { x: 112, y: 100, text: '2' }], [0, 0, 400, 300]);
 * // [{ x: 91, y: 104.2, anchor: 'end' }, { x: 121, y: 104.2, anchor: 'start' }]: the first has a dot on its right
 */
export function placePointLabels(
  points: readonly { x: number; y: number; text: string }[],
  bounds: Box,
): { x: number; y: number; anchor: 'start' | 'end' | 'middle' }[] {
  const font = CHART_DEFAULTS.fontSize;
  const dots: Box[] = points.map((p) => [p.x - 5, p.y - 5, p.x + 5, p.y + 5]);
  const placed: Box[] = [];
  return points.map((p, i) => {
    const w = textWidth(p.text, font, true);
    const sides = [
      {
        x: p.x + 9,
        y: p.y + font * 0.35,
        anchor: 'start' as const,
        box: [p.x + 9, p.y - font / 2, p.x + 9 + w, p.y + font / 2],
      },
      {
        x: p.x - 9,
        y: p.y + font * 0.35,
        anchor: 'end' as const,
        box: [p.x - 9 - w, p.y - font / 2, p.x - 9, p.y + font / 2],
      },
      { x: p.x, y: p.y - 8, anchor: 'middle' as const, box: [p.x - w / 2, p.y - 8 - font, p.x + w / 2, p.y - 8] },
      {
        x: p.x,
        y: p.y + 8 + font,
        anchor: 'middle' as const,
        box: [p.x - w / 2, p.y + 8, p.x + w / 2, p.y + 8 + font],
      },
    ].map((s) => ({ ...s, box: s.box as Box }));
    const inside = (b: Box) => b[0] >= bounds[0] && b[1] >= bounds[1] && b[2] <= bounds[2] && b[3] <= bounds[3];
    const free = (b: Box) =>
      inside(b) && !placed.some((q) => overlaps(b, q)) && !dots.some((d, k) => k !== i && overlaps(b, d));
    const side = sides.find((s) => free(s.box)) ?? sides[0];
    placed.push(side.box);
    return { x: side.x, y: side.y, anchor: side.anchor };
  });
}
