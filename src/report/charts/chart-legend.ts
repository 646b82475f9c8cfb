import { CHART_DEFAULTS } from './chart-defaults.js';
import { svgElement, svgText } from './svg-markup.js';
import { textWidth } from './text-width.js';

/** One legend entry: its label and the mark it stands for. */
export type LegendItem = {
  label: string;
  color: string;
  /** `line` solid, `dash` dashed, `area` a pale block, `box` a solid block, `point` a dot, `square` a square dot. */
  mark: 'line' | 'dash' | 'area' | 'box' | 'point' | 'square';
  /** Opacity of an `area` mark (default 0.25). */
  opacity?: number;
};

const SWATCH = 22;
const GAP = 18;

function swatch(item: LegendItem, x: number, y: number): string {
  const mid = y - CHART_DEFAULTS.fontSize * 0.35;
  switch (item.mark) {
    case 'line':
    case 'dash':
      return svgElement('line', {
        x1: x,
        x2: x + SWATCH,
        y1: mid,
        y2: mid,
        stroke: item.color,
        'stroke-width': 2.5,
        'stroke-dasharray': item.mark === 'dash' ? '6 4' : undefined,
      });
    case 'point':
      return svgElement('circle', { cx: x + SWATCH / 2, cy: mid, r: 5, fill: item.color });
    case 'square':
      return svgElement('rect', { x: x + SWATCH / 2 - 5, y: mid - 5, width: 10, height: 10, fill: item.color });
    default:
      return svgElement('rect', {
        x,
        y: mid - 6,
        width: SWATCH,
        height: 12,
        fill: item.color,
        'fill-opacity': item.mark === 'area' ? (item.opacity ?? 0.25) : undefined,
      });
  }
}

/**
 * A legend that flows left to right and wraps onto more rows when the chart is narrow.
 *
 * @param top the first row's top edge
 * @returns the markup and the height it takes
 *
 * @example
 * legend([{ label: 'With the plan', color: '#0072B2', mark: 'line' }], 8, 400, 344).height; // 21.6
 */
export function legend(
  items: readonly LegendItem[],
  left: number,
  top: number,
  width: number,
): { markup: string; height: number } {
  const row = CHART_DEFAULTS.fontSize * 1.6;
  let x = left;
  let y = top + CHART_DEFAULTS.fontSize;
  const parts: string[] = [];
  for (const item of items) {
    const w = SWATCH + 6 + textWidth(item.label, CHART_DEFAULTS.fontSize);
    if (x > left && x + w > left + width) {
      x = left;
      y += row;
    }
    parts.push(swatch(item, x, y) + svgText(item.label, x + SWATCH + 6, y));
    x += w + GAP;
  }
  return {
    markup: items.length === 0 ? '' : svgElement('g', { class: 'legend' }, parts.join('')),
    height: items.length === 0 ? 0 : y - top + row * 0.5,
  };
}
