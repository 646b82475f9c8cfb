import { SufficiencyChartInputSchema, parseChartInput, type SufficiencyChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS } from './charts/chart-defaults.js';
import { lineChart } from './charts/line-chart.js';
import { formatCount } from './figure-format.js';

/**
 * The planner's headline chart: independent placements by year under the capacity plan and with no new capacity
 * (the counterfactual), the base year's value written once where the lines start and each line's last value at
 * its end, moved apart so they never overlap — Kent's "1,172 in 2025 to just over 900".
 *
 * @param input `projection` (`{ rows, counterfactual }` as `projectSufficiency()` returns it), optional `band`
 * (`{ year, low, high }[]`, e.g. simulated percentiles, drawn behind the plan), `bandLabel`, `title`, `planLabel`
 * (default 'With the plan'), `counterfactualLabel` (default 'No new capacity') and `layout` ('wide' or 'narrow')
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
    title = 'Independent placements by year',
    band,
    bandLabel = 'Plan: 90% of simulated runs',
    planLabel = 'With the plan',
    counterfactualLabel = 'No new capacity',
    layout = 'wide',
  } = parseChartInput(SufficiencyChartInputSchema, input, 'sufficiency chart');
  const [planColor, noPlanColor] = CHART_DEFAULTS.palette;
  const points = (rows: readonly { year: number; independentPlacements: number }[]) =>
    rows.map((r) => ({ x: r.year, y: r.independentPlacements }));
  return lineChart({
    title,
    valueTitle: 'Independent placements (children)',
    layout,
    xUnit: 'year',
    yUnit: 'count',
    formatValue: formatCount,
    bands:
      band && band.length > 0
        ? [
            {
              label: bandLabel,
              color: planColor,
              opacity: 0.18,
              points: band.map((b) => ({ x: b.year, lo: b.low, hi: b.high })),
            },
          ]
        : [],
    lines: [
      { label: planLabel, color: planColor, points: points(projection.rows), startLabel: true },
      ...(projection.counterfactual.length > 0
        ? [
            {
              label: counterfactualLabel,
              color: noPlanColor,
              dashed: true,
              points: points(projection.counterfactual),
              startLabel: true,
            },
          ]
        : []),
    ],
  });
}
