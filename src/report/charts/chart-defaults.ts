/**
 * Chart defaults, in one place, each with its reason. Every chart has two layouts: `wide` for a screen or an A4
 * page and `narrow` for a phone held upright; the report carries both and shows the one that fits.
 *
 * @example
 * CHART_DEFAULTS.width; // 640
 * CHART_DEFAULTS.narrowWidth; // 360
 */
export const CHART_DEFAULTS = {
  /** Whole chart width in pixels, wide layout: an A4 page's text width at 96 dpi, less a little air. */
  width: 640,
  /** Whole chart width in pixels, narrow layout: a 390 px phone less the page's side padding, shown unscaled. */
  narrowWidth: 360,
  /** Plot height in pixels of the line charts: a 2:1 plot reads trends without flattening them. */
  height: 300,
  /** Plot height of the line charts, narrow layout: taller than 2:1 so a phone's plot is not a strip. */
  narrowHeight: 240,
  /** Text size in pixels: 12 px stays at least 10 px when a phone of 320 px scales a narrow chart down. */
  fontSize: 12,
  /** Title size in pixels. */
  titleFontSize: 15,
  /** Line spacing of wrapped text, as a multiple of its size. */
  lineHeight: 1.25,
  /** Font every chart uses: a system sans-serif so the offline HTML needs no web fonts. */
  font: 'Helvetica, Arial, sans-serif',
  /** Text and axis colour: near-black, softer than #000 on white but well above WCAG AA contrast. */
  ink: '#222222',
  /** Secondary text (axis ticks, notes): #555 keeps a 7:1 contrast on white. */
  muted: '#555555',
  /** Gridlines: light enough not to compete with the data. */
  grid: '#e3e3e3',
  /** Colours for up to six series: Okabe–Ito, distinguishable with colour-blindness and in greyscale print. */
  palette: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'],
} as const;

/**
 * Which layout a chart is drawn for: `wide` (screen and print, the default) or `narrow` (a phone).
 *
 * @example
 * const layout: ChartLayout = 'narrow';
 */
export type ChartLayout = 'wide' | 'narrow';

/** The whole width of a chart in a layout.
 *
 * @example
 * chartWidth('narrow'); // 360
 */
export function chartWidth(layout: ChartLayout): number {
  return layout === 'narrow' ? CHART_DEFAULTS.narrowWidth : CHART_DEFAULTS.width;
}
