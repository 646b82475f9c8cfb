import { CHART_DEFAULTS } from './chart-defaults.js';
import { svgText } from './svg-markup.js';
import { wrapText } from './text-width.js';

/**
 * A chart's title, bold and wrapped to the chart's width, with an optional muted subtitle (the value axis' name)
 * under it.
 *
 * @returns the markup and the height it takes, air below included
 *
 * @example
 * chartTitle('Independent placements by year', undefined, 8, 344).height; // 23
 */
export function chartTitle(
  title: string,
  subtitle: string | undefined,
  left: number,
  width: number,
): { markup: string; height: number } {
  const size = CHART_DEFAULTS.titleFontSize;
  const lines = wrapText(title, width, size, true);
  const titleStep = size * CHART_DEFAULTS.lineHeight;
  let markup = svgText(lines, left, size, { size, bold: true });
  let height = size + (lines.length - 1) * titleStep + 8;
  if (subtitle) {
    const sub = wrapText(subtitle, width, CHART_DEFAULTS.fontSize);
    markup += svgText(sub, left, height + CHART_DEFAULTS.fontSize, { fill: CHART_DEFAULTS.muted });
    height += CHART_DEFAULTS.fontSize * (1 + CHART_DEFAULTS.lineHeight * (sub.length - 1)) + 8;
  }
  return { markup, height };
}
