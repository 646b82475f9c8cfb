import { RankingChartInputSchema, parseChartInput, type RankingChartInput } from './chart-inputs.js';
import { type BarRow, barRowsChart } from './charts/bar-rows-chart.js';
import { CHART_DEFAULTS } from './charts/chart-defaults.js';

/** Criteria in the order their segments are stacked, matching the policy's weights. */
const CRITERIA = ['need', 'quality', 'capacity', 'cost', 'travel'] as const;

/**
 * Ranking bars for one child: one horizontal bar per school in rank order, split into the points each criterion
 * contributed and labelled with the score, so a caseworker can say why the first school beat the second.
 *
 * @param input `ranked` (as `rankSchools()` returns it), optional `title`, `limit` (default 10 bars) and `layout`
 * @returns SVG markup
 * @example
 * const svg = await rankingChart({ ranked: [
 * { rank: 1, score: 0.8, school: { urn: '900001', name: 'Oakwood' }, contributions: { need: 0.2, quality: 0.2,
 *   capacity: 0.05, cost: 0.1, travel: 0.25 } },
 * ] });
 * svg.includes('Oakwood'); // true
 */
export async function rankingChart(input: RankingChartInput): Promise<string> {
  const {
    ranked,
    title,
    limit = 10,
    layout = 'wide',
  } = parseChartInput(RankingChartInputSchema, input, 'ranking chart');
  const shown = [...ranked].sort((a, b) => a.rank - b.rank).slice(0, limit);
  const criteria = [
    ...CRITERIA,
    ...Object.keys(shown[0].contributions)
      .filter((c) => !(CRITERIA as readonly string[]).includes(c))
      .sort(),
  ];
  const colorOf = (c: string) => CHART_DEFAULTS.palette[criteria.indexOf(c) % CHART_DEFAULTS.palette.length];
  const rows: BarRow[] = shown.map((r) => {
    let at = 0;
    const segments = criteria
      .filter((c) => r.contributions[c] !== undefined)
      .map((c) => {
        const from = at;
        at += r.contributions[c];
        return { from, to: at, color: colorOf(c), title: `${r.school.name}: ${c} ${r.contributions[c].toFixed(3)}` };
      });
    return {
      label: `${r.rank}. ${r.school.name}`,
      segments,
      values: [{ at: Math.max(at, r.score), text: r.score.toFixed(3), side: 'after' as const }],
    };
  });
  return barRowsChart({
    title: title ?? 'Why each school ranks where it does',
    valueTitle: 'Score: the points each criterion gave',
    layout,
    unit: 'number',
    rows,
    include: [0],
    legend: criteria.map((c) => ({ label: c, color: colorOf(c), mark: 'box' as const })),
  });
}
