import { RankingChartInputSchema, parseChartInput, type RankingChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS, renderSvg } from './render-svg.js';
import { WRAPPED_LINE_HEIGHT, wrapLabel, wrappedLabelAxis } from './wrap-label.js';

/** Criteria in the order their segments are stacked, matching the policy's weights. */
const CRITERIA = ['need', 'quality', 'capacity', 'cost', 'travel'] as const;

/**
 * Ranking bars for one child: one horizontal bar per school in rank order, split into the points
 * each criterion contributed, so a caseworker can say why the first school beat the second.
 *
 * @param input `ranked` (as `rankSchools()` returns it), optional `title` and `limit` (default 10 bars)
 * @returns SVG markup
 * @example
 * const svg = await rankingChart({ ranked: [
 * { rank: 1, score: 0.8, school: { urn: '900001', name: 'Oakwood' }, contributions: { need: 0.2, quality: 0.2,
 *   capacity: 0.05, cost: 0.1, travel: 0.25 } },
 * ] });
 * svg.includes('Oakwood'); // true
 */
export async function rankingChart(input: RankingChartInput): Promise<string> {
  const { ranked, title, limit = 10 } = parseChartInput(RankingChartInputSchema, input, 'ranking chart');
  const shown = [...ranked].sort((a, b) => a.rank - b.rank).slice(0, limit);
  // Long school names wrap onto lines (joined by \n) instead of being cut with an ellipsis.
  const label = (r: (typeof shown)[number]) =>
    wrapLabel(`${r.rank}. ${r.school.name}`, CHART_DEFAULTS.labelChars).join('\n');
  const mostLines = Math.max(...shown.map((r) => label(r).split('\n').length));
  const criteria = [
    ...CRITERIA,
    ...Object.keys(shown[0].contributions)
      .filter((c) => !(CRITERIA as readonly string[]).includes(c))
      .sort(),
  ];
  const values = shown.flatMap((r) =>
    criteria
      .filter((c) => r.contributions[c] !== undefined)
      .map((c, order) => ({ school: label(r), criterion: c, points: r.contributions[c], order, score: r.score })),
  );
  const y = {
    field: 'school',
    type: 'nominal',
    title: null,
    sort: shown.map(label),
    axis: wrappedLabelAxis(mostLines),
  };
  return renderSvg({
    title: title ?? 'Why each school ranks where it does (points by criterion)',
    width: CHART_DEFAULTS.width - 120,
    height: Math.max(80, shown.length * Math.max(26, mostLines * WRAPPED_LINE_HEIGHT + 8)),
    layer: [
      {
        data: { values },
        mark: 'bar',
        encoding: {
          y,
          x: { field: 'points', type: 'quantitative', title: 'Score', stack: 'zero' },
          color: { field: 'criterion', type: 'nominal', title: 'Criterion', scale: { domain: criteria } },
          order: { field: 'order', type: 'quantitative' },
          tooltip: [{ field: 'school' }, { field: 'criterion' }, { field: 'points', format: '.3f' }],
        },
      },
      {
        data: { values: shown.map((r) => ({ school: label(r), score: r.score, text: r.score.toFixed(3) })) },
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 },
        encoding: { y, x: { field: 'score', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  });
}
