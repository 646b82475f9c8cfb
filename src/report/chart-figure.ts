import type { ChartLayout } from './charts/chart-defaults.js';
import { escapeHtml } from './html.js';

/**
 * A chart in the report: drawn in both layouts, the wide one for screens and print and the narrow one for phones;
 * the stylesheet shows the one that fits, so chart text is never shrunk below a readable size. An optional note
 * under the chart says how to read it.
 *
 * @param draw draws the chart in a layout (a chart function with `layout` set)
 *
 * @example
 * await chartFigure((layout) => sufficiencyChart({ projection, layout }));
 * // '<figure><div class="chart-wide"><svg ...</div><div class="chart-narrow"><svg ...</div></figure>'
 */
export async function chartFigure(draw: (layout: ChartLayout) => Promise<string>, note?: string): Promise<string> {
  const [wide, narrow] = await Promise.all([draw('wide'), draw('narrow')]);
  return [
    '<figure>',
    `<div class="chart-wide">${wide}</div>`,
    `<div class="chart-narrow">${narrow}</div>`,
    note ? `<figcaption class="muted">${escapeHtml(note)}</figcaption>` : '',
    '</figure>',
  ].join('');
}
