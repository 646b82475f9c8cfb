import { MapChartInputSchema, parseChartInput, type MapChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS, renderSvg } from './render-svg.js';

/**
 * A map-like scatter of a child's home and the candidate schools on longitude and latitude, with
 * each ranked school labelled by its rank. Longitude is stretched by the cosine of the latitude so
 * distances look right at English latitudes; there is no base map, so nothing is fetched.
 *
 * @param input `home` (`{ lat, lon }`), `schools` (`{ urn, name, location, rank? }`), optional `title`
 * @returns SVG markup
 * @example
 * const svg = await mapChart({ home: { lat: 51.28, lon: 1.08 }, schools: [
 *   { urn: '900001', name: 'Oakwood', location: { lat: 51.3, lon: 1.1 }, rank: 1 },
 * ] });
 * svg.includes('Home'); // true
 */
export async function mapChart(input: MapChartInput): Promise<string> {
  const { home, schools, title } = parseChartInput(MapChartInputSchema, input, 'map chart');
  const points = [
    { lon: home.lon, lat: home.lat, what: 'Home', label: 'Home', name: 'Home' },
    ...schools.map((s) => ({
      lon: s.location.lon,
      lat: s.location.lat,
      what: s.rank === undefined ? 'Other school' : 'Ranked school',
      label: s.rank === undefined ? '' : String(s.rank),
      name: s.name,
    })),
  ];
  // Equal-distance axes: pad the extent, then size the plot so one km is as long across as up.
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const squash = Math.cos((midLat * Math.PI) / 180);
  const latSpan = Math.max(0.05, Math.max(...lats) - Math.min(...lats)) * 1.15;
  const lonSpan = Math.max(0.05 / squash, Math.max(...lons) - Math.min(...lons)) * 1.15;
  const latMid = (Math.min(...lats) + Math.max(...lats)) / 2;
  const lonMid = (Math.min(...lons) + Math.max(...lons)) / 2;
  const scale = Math.min(CHART_DEFAULTS.width / (lonSpan * squash), 420 / latSpan);
  const width = Math.round(lonSpan * squash * scale);
  const height = Math.round(latSpan * scale);
  const x = {
    field: 'lon',
    type: 'quantitative',
    title: 'Longitude',
    scale: { domain: [lonMid - lonSpan / 2, lonMid + lonSpan / 2], nice: false },
  };
  const y = {
    field: 'lat',
    type: 'quantitative',
    title: 'Latitude',
    scale: { domain: [latMid - latSpan / 2, latMid + latSpan / 2], nice: false },
  };
  const domain = ['Home', 'Ranked school', 'Other school'];
  return renderSvg({
    title: title ?? "The child's home and the candidate schools",
    width: Math.max(160, width),
    height: Math.max(160, height),
    data: { values: points },
    layer: [
      {
        mark: { type: 'point', filled: true, size: 90, opacity: 0.9 },
        encoding: {
          x,
          y,
          color: {
            field: 'what',
            type: 'nominal',
            title: null,
            scale: { domain, range: ['#222222', CHART_DEFAULTS.palette[0], '#AAAAAA'] },
          },
          shape: {
            field: 'what',
            type: 'nominal',
            title: null,
            scale: { domain, range: ['square', 'circle', 'circle'] },
          },
          tooltip: [{ field: 'name' }],
        },
      },
      { mark: { type: 'text', dx: 9, align: 'left', fontSize: 11 }, encoding: { x, y, text: { field: 'label' } } },
    ],
  });
}
