import { MapChartInputSchema, parseChartInput, type MapChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS, chartWidth } from './charts/chart-defaults.js';
import { legend } from './charts/chart-legend.js';
import { chartTitle } from './charts/chart-title.js';
import { niceStep } from './charts/linear-scale.js';
import { placePointLabels } from './charts/place-point-labels.js';
import { px, svgDocument, svgElement, svgText } from './charts/svg-markup.js';
import { escapeHtml } from './html.js';

/** Kilometres in a degree of latitude (mean Earth radius 6,371 km): enough for a scale bar. */
const KM_PER_DEGREE = 111.19;
const PAD = 8;

/**
 * A map-like plot of a child's home and the candidate schools, each ranked school labelled with its rank, and a
 * scale bar in kilometres. Longitude is stretched by the cosine of the latitude so a kilometre is as long across
 * as up; there is no base map, so nothing is fetched.
 *
 * @param input `home` (`{ lat, lon }`), `schools` (`{ urn, name, location, rank? }`), optional `title` and `layout`
 * @returns SVG markup
 * @example
 * const svg = await mapChart({ home: { lat: 51.28, lon: 1.08 }, schools: [
 *   { urn: '900001', name: 'Oakwood', location: { lat: 51.3, lon: 1.1 }, rank: 1 },
 * ] });
 * svg.includes('Home'); // true
 */
export async function mapChart(input: MapChartInput): Promise<string> {
  const { home, schools, title, layout = 'wide' } = parseChartInput(MapChartInputSchema, input, 'map chart');
  const width = chartWidth(layout);
  const head = chartTitle(title ?? "The child's home and the candidate schools", undefined, PAD, width - 2 * PAD);
  const points = [home, ...schools.map((s) => s.location)];
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const squash = Math.max(0.05, Math.cos((midLat * Math.PI) / 180));
  // Kilometres across and up, padded so edge points and their labels stay inside; at least 5 km each way.
  const kmWide = Math.max(5, (Math.max(...lons) - Math.min(...lons)) * KM_PER_DEGREE * squash) * 1.15;
  const kmHigh = Math.max(5, (Math.max(...lats) - Math.min(...lats)) * KM_PER_DEGREE) * 1.15;
  const plotWidth = width - 2 * PAD;
  const maxHeight = layout === 'narrow' ? 320 : 420;
  const pxPerKm = Math.min(plotWidth / kmWide, maxHeight / kmHigh);
  const plotHeight = Math.max(160, kmHigh * pxPerKm);
  const top = head.height;
  const lonMid = (Math.min(...lons) + Math.max(...lons)) / 2;
  const x = (lon: number) => PAD + plotWidth / 2 + (lon - lonMid) * KM_PER_DEGREE * squash * pxPerKm;
  const y = (lat: number) => top + plotHeight / 2 - (lat - midLat) * KM_PER_DEGREE * pxPerKm;

  const others = schools.filter((s) => s.rank === undefined);
  const ranked = schools.filter((s) => s.rank !== undefined).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  // Home first, then the schools by rank: the best placed labels go to the points that matter most.
  const labels = placePointLabels(
    [
      { x: x(home.lon), y: y(home.lat), text: 'Home' },
      ...ranked.map((s) => ({ x: x(s.location.lon), y: y(s.location.lat), text: String(s.rank) })),
    ],
    [PAD, top, PAD + plotWidth, top + plotHeight],
  );
  const label = (text: string, at: (typeof labels)[number]) =>
    svgText(text, at.x, at.y, { bold: true, anchor: at.anchor });
  const dot = (s: (typeof schools)[number], fill: string) =>
    svgElement(
      'circle',
      { cx: x(s.location.lon), cy: y(s.location.lat), r: 5, fill },
      `<title>${escapeHtml(s.name)}</title>`,
    );
  const body = [
    head.markup,
    svgElement('rect', {
      x: PAD,
      y: top,
      width: plotWidth,
      height: plotHeight,
      fill: '#fafafa',
      stroke: CHART_DEFAULTS.grid,
    }),
    svgElement('g', { class: 'others' }, others.map((s) => dot(s, '#aaaaaa')).join('')),
    svgElement(
      'g',
      { class: 'ranked' },
      ranked.map((s, i) => dot(s, CHART_DEFAULTS.palette[0]) + label(String(s.rank), labels[i + 1])).join(''),
    ),
    svgElement('rect', { x: x(home.lon) - 6, y: y(home.lat) - 6, width: 12, height: 12, fill: CHART_DEFAULTS.ink }),
    label('Home', labels[0]),
  ];
  // The scale bar sits under the frame, where no school can be drawn over it.
  body.push(scaleBar(pxPerKm, PAD, top + plotHeight + 26, plotWidth / 3));
  const key = legend(
    [
      { label: 'Home', color: CHART_DEFAULTS.ink, mark: 'square' },
      { label: 'Ranked school (with its rank)', color: CHART_DEFAULTS.palette[0], mark: 'point' },
      { label: 'Other school', color: '#aaaaaa', mark: 'point' },
    ],
    PAD,
    top + plotHeight + 34,
    width - 2 * PAD,
  );
  body.push(key.markup);
  const height = top + plotHeight + 34 + key.height + PAD;
  return svgDocument({
    width,
    height,
    title: title ?? "The child's home and the candidate schools",
    body: body.join(''),
  });
}

/** A bar of a round number of kilometres, no longer than `maxPx`, with its length written above it. */
function scaleBar(pxPerKm: number, left: number, baseline: number, maxPx: number): string {
  const km = Number(niceStep(maxPx / pxPerKm / 1.5).toPrecision(6));
  const length = km * pxPerKm;
  return svgElement(
    'g',
    { class: 'scale' },
    svgElement('path', {
      d: `M${px(left)},${px(baseline - 5)}V${px(baseline)}H${px(left + length)}V${px(baseline - 5)}`,
      fill: 'none',
      stroke: CHART_DEFAULTS.ink,
      'stroke-width': 1.5,
    }) + svgText(`${km} km`, left + length / 2, baseline - 8, { anchor: 'middle' }),
  );
}
