import { formatAcademicYear } from '../figure-format.js';
import { CHART_DEFAULTS } from './chart-defaults.js';
import type { LinearScale } from './linear-scale.js';
import { svgElement, svgText } from './svg-markup.js';
import { textWidth } from './text-width.js';

/** What an axis counts: decides how its tick labels are written ('academic-year': 2025 reads 2024/25). */
export type AxisUnit = 'count' | 'gbp' | 'year' | 'academic-year' | 'number';

/** Fixed locale and decimals per tick step, so labels are the same on every machine. */
const GROUPED = [0, 1, 2, 3, 4, 5, 6].map(
  (d) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d }),
);

/** Decimals a tick step needs: 0.25 needs 2, 200 needs 0. */
function decimalsOf(step: number): number {
  for (let d = 0; d < GROUPED.length - 1; d++)
    if (Math.abs(step * 10 ** d - Math.round(step * 10 ** d)) < 1e-6) return d;
  return GROUPED.length - 1;
}

/**
 * How the ticks of an axis read: years bare, money as £ (in millions once the axis reaches £1m), other numbers
 * grouped with the decimals the tick step needs.
 *
 * @example
 * tickFormat('gbp', 20_000_000, 100_000_000)(60_000_000); // '£60m'
 * tickFormat('count', 200, 1200)(1000); // '1,000'
 */
export function tickFormat(unit: AxisUnit, step: number, largest: number): (value: number) => string {
  if (unit === 'year') return (v) => String(Math.round(v));
  if (unit === 'academic-year') return (v) => formatAcademicYear(Math.round(v));
  const millions = unit === 'gbp' && Math.abs(largest) >= 1e6;
  const scaled = millions ? step / 1e6 : step;
  const fmt = GROUPED[decimalsOf(scaled)];
  return (v) => {
    const text = fmt.format(millions ? v / 1e6 : v).replace(/^-(0(\.0+)?)$/, '$1');
    if (unit !== 'gbp') return text;
    return `${text.startsWith('-') ? '-' : ''}£${text.replace(/^-/, '')}${millions ? 'm' : ''}`;
  };
}

/** Ticks and their labels for a scale: about `count` of them, written in the axis' unit.
 *
 * @example
 * axisTicks(linearScale([2025, 2027], [0, 100]), 'year', 3).map((t) => t.label); // ['2025', '2026', '2027']
 */
export function axisTicks(scale: LinearScale, unit: AxisUnit, count: number): { value: number; label: string }[] {
  const years = unit === 'year' || unit === 'academic-year';
  const step = years ? Math.max(1, scale.tickStep(count)) : scale.tickStep(count);
  const values = years ? scale.ticks(count).filter((v) => Number.isInteger(v)) : scale.ticks(count);
  const largest = Math.max(...values.map(Math.abs));
  const format = tickFormat(unit, step, largest);
  return values.map((value) => ({ value, label: format(value) }));
}

/** The width of the widest tick label: the room a left axis needs.
 *
 * @example
 * tickLabelWidth([{ label: '1,172' }]); // 30.024 (12 px text)
 */
export function tickLabelWidth(ticks: readonly { label: string }[]): number {
  return Math.max(0, ...ticks.map((t) => textWidth(t.label, CHART_DEFAULTS.fontSize)));
}

/**
 * A value axis on the left of a plot: labels right-aligned beside it, a light gridline across the plot per tick.
 *
 * @param plot the plot's left edge and width in pixels
 *
 * @example
 * leftAxis(y, axisTicks(y, 'count', 5), { left: 48, width: 500 }).startsWith('<g class="axis axis-y">'); // true
 */
export function leftAxis(
  scale: LinearScale,
  ticks: readonly { value: number; label: string }[],
  plot: { left: number; width: number },
): string {
  const parts = ticks.map((t) => {
    const y = scale.map(t.value);
    return (
      svgElement('line', { x1: plot.left, x2: plot.left + plot.width, y1: y, y2: y, stroke: CHART_DEFAULTS.grid }) +
      svgText(t.label, plot.left - 6, y + CHART_DEFAULTS.fontSize * 0.35, { anchor: 'end', fill: CHART_DEFAULTS.muted })
    );
  });
  return svgElement('g', { class: 'axis axis-y' }, parts.join(''));
}

/**
 * A axis along the bottom of a plot: the base line, a short tick and a centred label per tick.
 *
 * @param plot the plot's bottom edge, left edge and width in pixels
 *
 * @example
 * bottomAxis(x, axisTicks(x, 'year', 6), { bottom: 340, left: 48, width: 500 }).startsWith('<g class="axis axis-x">');
 * // true
 */
export function bottomAxis(
  scale: LinearScale,
  ticks: readonly { value: number; label: string }[],
  plot: { bottom: number; left: number; width: number },
): string {
  const parts = [
    svgElement('line', {
      x1: plot.left,
      x2: plot.left + plot.width,
      y1: plot.bottom,
      y2: plot.bottom,
      stroke: CHART_DEFAULTS.muted,
    }),
    ...ticks.map((t) => {
      const x = scale.map(t.value);
      return (
        svgElement('line', { x1: x, x2: x, y1: plot.bottom, y2: plot.bottom + 4, stroke: CHART_DEFAULTS.muted }) +
        svgText(t.label, x, plot.bottom + 4 + CHART_DEFAULTS.fontSize, { anchor: 'middle', fill: CHART_DEFAULTS.muted })
      );
    }),
  ];
  return svgElement('g', { class: 'axis axis-x' }, parts.join(''));
}

/** Room below a plot for a bottom axis' labels.
 *
 * @example
 * BOTTOM_AXIS_HEIGHT; // 22
 */
export const BOTTOM_AXIS_HEIGHT = 4 + CHART_DEFAULTS.fontSize + 6;
