import { type AxisUnit, BOTTOM_AXIS_HEIGHT, axisTicks, bottomAxis, leftAxis, tickLabelWidth } from './chart-axes.js';
import { CHART_DEFAULTS, type ChartLayout, chartWidth } from './chart-defaults.js';
import { type LegendItem, legend } from './chart-legend.js';
import { chartTitle } from './chart-title.js';
import { linearScale } from './linear-scale.js';
import { spreadLabels } from './spread-labels.js';
import { px, svgDocument, svgElement, svgText } from './svg-markup.js';
import { textWidth } from './text-width.js';

/** One line of a line chart. */
export type LineSeries = {
  label: string;
  color: string;
  dashed?: boolean;
  points: readonly { x: number; y: number }[];
  /** Write the line's last value at its end (default true). */
  endLabel?: boolean;
  /** Write the line's first value at its start (default false); lines starting at one value share one label. */
  startLabel?: boolean;
};

/** A shaded band behind the lines (an interval). */
export type LineBand = {
  label: string;
  color: string;
  opacity: number;
  points: readonly { x: number; lo: number; hi: number }[];
};

/** Everything a line chart shows. */
export type LineChartSpec = {
  title: string;
  /** What the values are, written above the plot (the value axis' title). */
  valueTitle: string;
  layout: ChartLayout;
  xUnit: 'year' | 'academic-year' | 'number';
  yUnit: AxisUnit;
  lines: readonly LineSeries[];
  bands?: readonly LineBand[];
  /** How a value is written beside a line. */
  formatValue: (value: number) => string;
  /** Include 0 on the value axis (default false: the axis fits the data). */
  yZero?: boolean;
  /** The bottom axis' title, written under its ticks (default for years: YEAR_AXIS_TITLES). */
  xTitle?: string;
  /** How a point's x is written in its tooltip (default as it is: a year). */
  formatX?: (x: number) => string;
};

const PAD = 8;
const LABEL_GAP = 6;

/**
 * A year axis' title unless the chart gives its own: a projection's years are calendar years (of the census), as the
 * tables' Year column; years written 2024/25 may be academic or financial, as the series file had them.
 */
const YEAR_AXIS_TITLES = { year: 'Year', 'academic-year': 'Academic or financial year' } as const;

/**
 * A line chart drawn straight to SVG: bands behind, lines with a dot per point, values written at the lines' ends
 * and moved apart so they never overlap, the value axis' title above the plot and the legend below. Internal: the
 * public charts (sufficiencyChart, forecastChart) and report sections build on it.
 *
 * @example
 * lineChart({ title: 'Placements', valueTitle: 'children', layout: 'wide', xUnit: 'year', yUnit: 'count',
 *   lines: [{ label: 'Plan', color: '#0072B2', points: [{ x: 2025, y: 1172 }, { x: 2026, y: 1093 }] }],
 *   formatValue: String }).startsWith('<svg'); // true
 */
export function lineChart(spec: LineChartSpec): string {
  const width = chartWidth(spec.layout);
  const font = CHART_DEFAULTS.fontSize;
  const bands = spec.bands ?? [];
  const head = chartTitle(spec.title, spec.valueTitle, PAD, width - 2 * PAD);

  const xs = [
    ...spec.lines.flatMap((l) => l.points.map((p) => p.x)),
    ...bands.flatMap((b) => b.points.map((p) => p.x)),
  ];
  const ys = [
    ...spec.lines.flatMap((l) => l.points.map((p) => p.y)),
    ...bands.flatMap((b) => b.points.flatMap((p) => [p.lo, p.hi])),
    ...(spec.yZero ? [0] : []),
  ];
  const plotHeight = spec.layout === 'narrow' ? CHART_DEFAULTS.narrowHeight : CHART_DEFAULTS.height;
  const top = head.height + font / 2;
  const y = linearScale([Math.min(...ys), Math.max(...ys)], [top + plotHeight, top], { nice: true });
  const yTicks = axisTicks(y, spec.yUnit, spec.layout === 'narrow' ? 4 : 6);

  const starts = startLabels(spec.lines, spec.formatValue);
  const ends = spec.lines
    .filter((l) => l.endLabel !== false && l.points.length > 0)
    .map((l) => ({ line: l, point: l.points[l.points.length - 1] }));
  const endRoom = Math.max(0, ...ends.map((e) => textWidth(spec.formatValue(e.point.y), font, true) + LABEL_GAP));
  const startRoom = Math.max(0, ...starts.map((s) => textWidth(s.text, font, true) + LABEL_GAP + 4));
  const left = PAD + tickLabelWidth(yTicks) + 8;
  const plotWidth = width - left - PAD - endRoom;
  const x = linearScale([Math.min(...xs), Math.max(...xs)], [left + startRoom, left + plotWidth]);
  const xTicks = axisTicks(x, spec.xUnit, Math.max(2, Math.floor(plotWidth / 70)));

  const body = [
    head.markup,
    leftAxis(y, yTicks, { left, width: plotWidth }),
    bottomAxis(x, xTicks, { bottom: top + plotHeight, left, width: plotWidth }),
    ...bands.map((b) => bandPath(b, x.map, y.map)),
    ...spec.lines.map((l) => linePath(l, x.map, y.map, spec.formatValue, spec.formatX ?? String)),
  ];
  const axisBottom = top + plotHeight + BOTTOM_AXIS_HEIGHT;
  const xTitle = spec.xTitle ?? (spec.xUnit === 'number' ? undefined : YEAR_AXIS_TITLES[spec.xUnit]);
  if (xTitle !== undefined)
    body.push(
      svgText(xTitle, left + plotWidth / 2, axisBottom + font, { anchor: 'middle', fill: CHART_DEFAULTS.muted }),
    );
  const labelTop = top + font / 2;
  const placed = spreadLabels(
    ends.map((e) => y.map(e.point.y)),
    font + 2,
    labelTop,
    top + plotHeight,
  );
  ends.forEach((e, i) => {
    const text = spec.formatValue(e.point.y);
    body.push(svgText(text, x.map(e.point.x) + LABEL_GAP, placed[i] + font * 0.35, { bold: true, fill: e.line.color }));
  });
  for (const s of starts) {
    body.push(
      svgText(s.text, x.map(s.x) - LABEL_GAP, y.map(s.y) + font * 0.35, { anchor: 'end', bold: true, fill: s.color }),
    );
  }
  const keys: LegendItem[] = [
    ...spec.lines.map((l): LegendItem => ({ label: l.label, color: l.color, mark: l.dashed ? 'dash' : 'line' })),
    ...bands.map((b): LegendItem => ({ label: b.label, color: b.color, mark: 'area', opacity: b.opacity })),
  ];
  const legendTop = axisBottom + (xTitle === undefined ? 0 : font + 6) + 6;
  const key = legend(keys, PAD, legendTop, width - 2 * PAD);
  body.push(key.markup);
  return svgDocument({ width, height: legendTop + key.height + PAD, title: spec.title, body: body.join('') });
}

/** Start labels: one per distinct first value (lines starting together share one), in the ink colour when shared. */
function startLabels(lines: readonly LineSeries[], format: (v: number) => string) {
  const out: { x: number; y: number; text: string; color: string }[] = [];
  for (const l of lines) {
    if (!l.startLabel || l.points.length === 0) continue;
    const p = l.points[0];
    const text = format(p.y);
    const same = out.find((o) => o.x === p.x && o.text === text);
    if (same) same.color = CHART_DEFAULTS.ink;
    else out.push({ x: p.x, y: p.y, text, color: l.color });
  }
  return out;
}

function linePath(
  line: LineSeries,
  mapX: (x: number) => number,
  mapY: (y: number) => number,
  format: (v: number) => string,
  formatX: (x: number) => string,
): string {
  if (line.points.length === 0) return '';
  const d = line.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(mapX(p.x))},${px(mapY(p.y))}`).join('');
  // A dot per point, each with its value as a tooltip, while dots stay apart (up to 40 points).
  const dots =
    line.points.length <= 40
      ? line.points
          .map((p) =>
            svgElement(
              'circle',
              { cx: mapX(p.x), cy: mapY(p.y), r: 3, fill: line.color },
              `<title>${formatX(p.x)}: ${format(p.y)}</title>`,
            ),
          )
          .join('')
      : '';
  return svgElement(
    'g',
    { class: 'line' },
    svgElement('path', {
      d,
      fill: 'none',
      stroke: line.color,
      'stroke-width': 2.5,
      'stroke-dasharray': line.dashed ? '7 5' : undefined,
    }) + dots,
  );
}

function bandPath(band: LineBand, mapX: (x: number) => number, mapY: (y: number) => number): string {
  if (band.points.length === 0) return '';
  const upper = band.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(mapX(p.x))},${px(mapY(p.hi))}`).join('');
  const lower = [...band.points]
    .reverse()
    .map((p) => `L${px(mapX(p.x))},${px(mapY(p.lo))}`)
    .join('');
  return svgElement('path', {
    class: 'band',
    d: `${upper}${lower}Z`,
    fill: band.color,
    'fill-opacity': band.opacity,
    stroke: 'none',
  });
}
