import { SufficiencyChartInputSchema, parseChartInput, type SufficiencyChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS, renderSvg } from './render-svg.js';

/**
 * The planner's headline chart: independent placements by year under the capacity plan and with no
 * new capacity (the counterfactual), both lines labelled with their first and last values — Kent's
 * "1,172 in 2025 to just over 900".
 *
 * @param input `projection` (`{ rows, counterfactual }` as `projectSufficiency()` returns it), optional
 * `band` (`{ year, low, high }[]`, e.g. simulated percentiles, drawn behind the plan), `bandLabel`, `title`,
 * `planLabel` (default 'With the plan') and `counterfactualLabel` (default 'No new capacity')
 * @returns SVG markup
 * @example
 * const svg = await sufficiencyChart({ projection: {
 *   rows: [{ year: 2025, independentPlacements: 1172 }, { year: 2030, independentPlacements: 905 }],
 *   counterfactual: [{ year: 2025, independentPlacements: 1172 }, { year: 2030, independentPlacements: 1390 }],
 * } });
 * svg.includes('1,172'); // true
 */
export async function sufficiencyChart(input: SufficiencyChartInput): Promise<string> {
  const {
    projection,
    title,
    band,
    bandLabel = 'Plan: 90% of simulated runs',
    planLabel = 'With the plan',
    counterfactualLabel = 'No new capacity',
  } = parseChartInput(SufficiencyChartInputSchema, input, 'sufficiency chart');
  const lines = [
    ...projection.rows.map((r) => ({ year: r.year, placements: r.independentPlacements, scenario: planLabel })),
    ...projection.counterfactual.map((r) => ({
      year: r.year,
      placements: r.independentPlacements,
      scenario: counterfactualLabel,
    })),
  ];
  // Label the ends of each line with its value, so the headline numbers can be read off the page.
  const ends = [projection.rows, projection.counterfactual].flatMap((rows, i) => {
    if (rows.length === 0) return [];
    const scenario = i === 0 ? planLabel : counterfactualLabel;
    const picked = i === 0 ? [rows[0], rows[rows.length - 1]] : [rows[rows.length - 1]];
    return picked.map((r, k) => ({
      year: r.year,
      placements: r.independentPlacements,
      scenario,
      label: Math.round(r.independentPlacements).toLocaleString('en-GB'),
      // The first label sits right of its point so it clears the axis; the last sits left of its point.
      side: i === 0 && k === 0 ? 'start' : 'end',
    }));
  });
  const x = { field: 'year', type: 'quantitative', title: 'Year', axis: { format: 'd', tickMinStep: 1 } };
  const y = { field: 'placements', type: 'quantitative', title: 'Independent placements', scale: { zero: false } };
  const color = {
    field: 'scenario',
    type: 'nominal',
    title: null,
    scale: { domain: [planLabel, counterfactualLabel], range: [CHART_DEFAULTS.palette[0], CHART_DEFAULTS.palette[1]] },
  };
  return renderSvg({
    title: title ?? 'Independent placements by year',
    width: CHART_DEFAULTS.width,
    height: CHART_DEFAULTS.height,
    layer: [
      ...(band && band.length > 0
        ? [
            {
              data: { values: band.map((b) => ({ ...b, what: bandLabel })) },
              mark: { type: 'area', color: CHART_DEFAULTS.palette[0], opacity: 0.15 },
              encoding: {
                x,
                y: { field: 'low', type: 'quantitative', title: 'Independent placements', scale: { zero: false } },
                y2: { field: 'high' },
                fill: { field: 'what', type: 'nominal', title: null, scale: { range: [CHART_DEFAULTS.palette[0]] } },
              },
            },
          ]
        : []),
      {
        data: { values: lines },
        mark: { type: 'line', point: true, strokeWidth: 2.5 },
        encoding: {
          x,
          y,
          color,
          strokeDash: {
            field: 'scenario',
            type: 'nominal',
            title: null,
            scale: {
              domain: [planLabel, counterfactualLabel],
              range: [
                [1, 0],
                [6, 4],
              ],
            },
          },
        },
      },
      {
        data: { values: ends.filter((e) => e.side === 'start') },
        mark: { type: 'text', align: 'left', dx: 6, dy: -10, fontSize: 12, fontWeight: 'bold' },
        encoding: { x, y, color, text: { field: 'label' } },
      },
      {
        data: { values: ends.filter((e) => e.side === 'end') },
        mark: { type: 'text', align: 'right', dx: -6, dy: -10, fontSize: 12, fontWeight: 'bold' },
        encoding: { x, y, color, text: { field: 'label' } },
      },
    ],
  });
}
