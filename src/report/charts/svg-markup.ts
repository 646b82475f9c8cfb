import { escapeHtml } from '../html.js';
import { CHART_DEFAULTS } from './chart-defaults.js';

/**
 * A coordinate or size for an attribute: a tenth of a pixel is finer than any screen shows, and fixed decimals keep
 * the markup the same byte for byte on every machine.
 *
 * @example
 * px(12.3456); // '12.3'
 * px(-0.01); // '0'
 */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/** Attribute values: numbers are written as coordinates, text is escaped, undefined is left out. */
type Attributes = Record<string, string | number | undefined>;

/**
 * One SVG element with its attributes (in the given order) and content; no content makes it self-closing.
 *
 * @example
 * svgElement('rect', { x: 1, y: 2.25, width: 10, height: 4 }); // '<rect x="1" y="2.3" width="10" height="4"/>'
 */
export function svgElement(tag: string, attributes: Attributes, content?: string): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? px(v) : escapeHtml(v as string)}"`)
    .join('');
  return content === undefined ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${content}</${tag}>`;
}

/** How one piece of chart text is set. */
export type TextStyle = {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  fill?: string;
  /** Extra attributes, e.g. a class. */
  attributes?: Attributes;
};

/**
 * Chart text, one `<text>` per call; several lines are stacked downward from `y` (the first line's baseline).
 *
 * @example
 * svgText(['Independent', 'placements'], 0, 12).includes('<tspan x="0" dy="15">placements</tspan>'); // true
 */
export function svgText(lines: string | readonly string[], x: number, y: number, style: TextStyle = {}): string {
  const all = typeof lines === 'string' ? [lines] : lines;
  const size = style.size ?? CHART_DEFAULTS.fontSize;
  const step = size * CHART_DEFAULTS.lineHeight;
  const content =
    all.length === 1
      ? escapeHtml(all[0])
      : all.map((line, i) => svgElement('tspan', { x, dy: i === 0 ? undefined : step }, escapeHtml(line))).join('');
  return svgElement(
    'text',
    {
      x,
      y,
      'font-size': size === CHART_DEFAULTS.fontSize ? undefined : size,
      'text-anchor': style.anchor === 'start' || style.anchor === undefined ? undefined : style.anchor,
      'font-weight': style.bold ? 'bold' : undefined,
      fill: style.fill,
      ...style.attributes,
    },
    content,
  );
}

/**
 * A whole chart: the `<svg>` root with its size, an accessible title, the charts' font and the body markup.
 *
 * @example
 * svgDocument({ width: 100, height: 50, title: 'A chart', body: '' }).includes('<title>A chart</title>'); // true
 */
export function svgDocument(chart: { width: number; height: number; title: string; body: string }): string {
  const { width, height, title, body } = chart;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" ` +
    `viewBox="0 0 ${px(width)} ${px(height)}" role="img" font-family="${CHART_DEFAULTS.font}" ` +
    `font-size="${CHART_DEFAULTS.fontSize}" fill="${CHART_DEFAULTS.ink}">` +
    `<title>${escapeHtml(title)}</title>${body}</svg>`
  );
}
