import { type AxisUnit, BOTTOM_AXIS_HEIGHT, axisTicks, bottomAxis } from './chart-axes.js';
import { CHART_DEFAULTS, type ChartLayout, chartWidth } from './chart-defaults.js';
import { type LegendItem, legend } from './chart-legend.js';
import { chartTitle } from './chart-title.js';
import { linearScale } from './linear-scale.js';
import { escapeHtml } from '../html.js';
import { svgDocument, svgElement, svgText } from './svg-markup.js';
import { textWidth, wrapText } from './text-width.js';

/** One row of a bar chart: its label, an optional muted note under it, its segments and the values at their ends. */
export type BarRow = {
  label: string;
  note?: string;
  /** Drawn longest first, so a shorter segment over a longer one stays visible. */
  segments: readonly { from: number; to: number; color: string; title: string }[];
  /** Text at a bar end: right of `at` (`after`) or left of it (`before`). */
  values?: readonly { at: number; text: string; side: 'before' | 'after' }[];
};

/** Everything a bar-rows chart shows. */
export type BarRowsSpec = {
  title: string;
  valueTitle: string;
  layout: ChartLayout;
  unit: AxisUnit;
  rows: readonly BarRow[];
  legend: readonly LegendItem[];
  /** A vertical reference line across the rows (a tornado's base case), labelled at its top. */
  rule?: { value: number; label: string };
  /** Values that must be inside the axis besides the segments (0 for a stacked bar). */
  include?: readonly number[];
};

const PAD = 8;
const BAR = 16;
/** The label column never takes more than this share of a wide chart: the bars need the rest. */
const LABEL_SHARE = 0.42;

/**
 * Horizontal bars, one row per item, drawn straight to SVG. Wide: labels in a column left of the bars, wrapped at
 * spaces. Narrow (a phone): each label on its own line above its bar, across the whole width, so long school and
 * assumption names stay whole and readable. Internal: tornadoChart and rankingChart build on it.
 *
 * @example
 * barRowsChart({ title: 'T', valueTitle: 'v', layout: 'narrow', unit: 'number', legend: [], rows: [
 *   { label: 'A', segments: [{ from: 0, to: 2, color: '#0072B2', title: 'A: 2' }] }] }).startsWith('<svg'); // true
 */
export function barRowsChart(spec: BarRowsSpec): string {
  const width = chartWidth(spec.layout);
  const font = CHART_DEFAULTS.fontSize;
  const step = font * CHART_DEFAULTS.lineHeight;
  const narrow = spec.layout === 'narrow';
  const head = chartTitle(spec.title, spec.valueTitle, PAD, width - 2 * PAD);

  const widest = Math.max(...spec.rows.map((r) => Math.max(textWidth(r.label, font), textWidth(r.note ?? '', font))));
  const labelWidth = narrow ? width - 2 * PAD : Math.min(widest, width * LABEL_SHARE);
  const labels = spec.rows.map((r) => ({
    lines: wrapText(r.label, labelWidth, font),
    note: r.note ? wrapText(r.note, labelWidth, font) : [],
  }));
  const plotLeft = narrow ? PAD : PAD + labelWidth + 10;
  const plotRight = width - PAD;
  const values = spec.rows.flatMap((r) => r.values ?? []);
  const room = (side: 'before' | 'after') =>
    Math.max(0, ...values.filter((v) => v.side === side).map((v) => textWidth(v.text, font) + 6));
  const extent = [
    ...spec.rows.flatMap((r) => r.segments.flatMap((s) => [s.from, s.to])),
    ...(spec.include ?? []),
    ...(spec.rule ? [spec.rule.value] : []),
  ];
  const x = linearScale(
    [Math.min(...extent), Math.max(...extent)],
    [plotLeft + room('before'), Math.max(plotLeft + room('before') + 60, plotRight - room('after'))],
  );

  const ruleRoom = spec.rule ? font + 6 : 0;
  let y = head.height + ruleRoom;
  const rowsMarkup: string[] = [];
  // Where bars are drawn: narrow rows put labels between them, so gridlines and the rule skip the label lines.
  const barSpans: [number, number][] = [];
  spec.rows.forEach((row, i) => {
    const { lines, note } = labels[i];
    const textHeight = (lines.length + note.length) * step;
    let barTop: number;
    if (narrow) {
      rowsMarkup.push(svgText(lines, PAD, y + font, {}));
      if (note.length > 0)
        rowsMarkup.push(svgText(note, PAD, y + font + lines.length * step, { fill: CHART_DEFAULTS.muted }));
      barTop = y + textHeight + 2;
      y = barTop + BAR + 12;
    } else {
      const rowHeight = Math.max(BAR, textHeight);
      const textTop = y + (rowHeight - textHeight) / 2;
      rowsMarkup.push(svgText(lines, PAD, textTop + font, {}));
      if (note.length > 0)
        rowsMarkup.push(svgText(note, PAD, textTop + font + lines.length * step, { fill: CHART_DEFAULTS.muted }));
      barTop = y + (rowHeight - BAR) / 2;
      y += rowHeight + 10;
    }
    rowsMarkup.push(rowBars(row, x.map, barTop));
    barSpans.push([barTop - 3, barTop + BAR + 3]);
  });
  const plotBottom = y - 4;
  const plotTop = head.height + ruleRoom;
  const ticks = axisTicks(x, spec.unit, Math.max(2, Math.floor((plotRight - plotLeft) / 80)));
  const spans: [number, number][] = narrow ? barSpans : [[plotTop, plotBottom]];
  const vertical = (at: number, style: Record<string, string | number>) =>
    spans.map(([y1, y2]) => svgElement('line', { x1: at, x2: at, y1, y2, ...style })).join('');
  const grid = ticks.map((t) => vertical(x.map(t.value), { stroke: CHART_DEFAULTS.grid }));
  const body = [
    head.markup,
    svgElement('g', { class: 'grid' }, grid.join('')),
    ...rowsMarkup,
    bottomAxis(x, ticks, { bottom: plotBottom, left: plotLeft, width: plotRight - plotLeft }),
  ];
  if (spec.rule) {
    const rx = x.map(spec.rule.value);
    body.push(
      vertical(rx, { stroke: CHART_DEFAULTS.ink, 'stroke-width': 1.5 }),
      svgText(spec.rule.label, rx, plotTop - 6, { anchor: 'middle', bold: true }),
    );
  }
  const legendTop = plotBottom + BOTTOM_AXIS_HEIGHT + 6;
  const key = legend(spec.legend, PAD, legendTop, width - 2 * PAD);
  body.push(key.markup);
  return svgDocument({ width, height: legendTop + key.height + PAD, title: spec.title, body: body.join('') });
}

function rowBars(row: BarRow, map: (v: number) => number, top: number): string {
  const segments = [...row.segments].sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
  const rects = segments.map((s) => {
    const x0 = Math.min(map(s.from), map(s.to));
    const w = Math.max(1, Math.abs(map(s.to) - map(s.from)));
    return svgElement(
      'rect',
      { x: x0, y: top, width: w, height: BAR, fill: s.color },
      `<title>${escapeHtml(s.title)}</title>`,
    );
  });
  const texts = (row.values ?? []).map((v) =>
    svgText(v.text, map(v.at) + (v.side === 'after' ? 4 : -4), top + BAR / 2 + CHART_DEFAULTS.fontSize * 0.35, {
      anchor: v.side === 'after' ? 'start' : 'end',
    }),
  );
  return svgElement('g', { class: 'bar-row' }, rects.join('') + texts.join(''));
}
