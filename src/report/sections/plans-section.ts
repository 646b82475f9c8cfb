import type { ComparisonRow, ScenarioComparison } from '../../sufficiency/compare-scenarios.js';
import { chartFigure } from '../chart-figure.js';
import { formatCount, formatGbp } from '../figure-format.js';
import { escapeHtml, htmlTable } from '../html.js';
import { plansChart } from '../plans-chart.js';
import type { ReportSection } from '../report-section.js';
import { leavesSpecialShort } from './sufficiency-section.js';

/** Each plan's last year against the first plan's: placements and spend so far, in a sentence. */
function summary(comparison: ScenarioComparison): string {
  const lastOf = (name: string) => comparison.rows.filter((r) => r.name === name).at(-1) as ComparisonRow;
  const [first, ...others] = comparison.plans;
  const reference = lastOf(first.name);
  const sentences = others.map((plan) => {
    const last = lastOf(plan.name);
    const vs = last.independentVsFirst;
    const against =
      vs === null
        ? ''
        : Math.abs(vs) < 0.5
          ? `, the same as ${escapeHtml(first.name)}`
          : `, ${formatCount(Math.abs(vs))} ${vs > 0 ? 'more' : 'fewer'} than ${escapeHtml(first.name)}`;
    const placements = `${formatCount(last.independentPlacements)} independent placements in ${last.year}${against}`;
    const spent = `${formatGbp(last.cumulativeSpend)} spent ${plan.baseYear}–${last.year}`;
    return `<strong>${escapeHtml(plan.name)}</strong>: ${placements}; ${spent}.`;
  });
  const placements = `${formatCount(reference.independentPlacements)} independent placements in ${reference.year}`;
  const spent = `${formatGbp(reference.cumulativeSpend)} spent ${first.baseYear}–${reference.year}`;
  return (
    `<p class="lead">Against <strong>${escapeHtml(first.name)}</strong> (${placements}, ${spent}): ` +
    `${sentences.join(' ')}</p>`
  );
}

/**
 * Every plan and year; with a special school shortfall column when some plan leaves maintained special schools short,
 * as the projection's table has (without it, a plan whose special schools overflow shows more independent placements
 * beside an SRP shortfall of 0, and nothing says why).
 */
function table(comparison: ScenarioComparison): string {
  const special = leavesSpecialShort(comparison);
  return htmlTable(
    [
      { label: 'Plan', kind: 'text' },
      'Year',
      { label: 'Independent', kind: 'count' },
      { label: 'Independent vs first plan', kind: 'count' },
      { label: 'SRP places', kind: 'count' },
      { label: 'SRP shortfall', kind: 'count' },
      ...(special ? [{ label: 'Special school shortfall', kind: 'count' as const }] : []),
      { label: 'Spend, all settings', kind: 'gbp-millions' },
      { label: 'Spend vs first plan', kind: 'gbp-millions' },
      { label: 'Spend so far', kind: 'gbp-millions' },
    ],
    comparison.rows.map((r) => [
      r.name,
      r.year,
      r.independentPlacements,
      r.independentVsFirst,
      r.srpPlaces,
      r.srpShortfall,
      ...(special ? [r.specialShortfall] : []),
      r.spend,
      r.spendVsFirst,
      r.cumulativeSpend,
    ]),
    'Plans by year (expected children; spend a year), each read against the first',
  );
}

/**
 * Plans side by side (`plans` in the report's input, compared with compareScenarios): a sentence per plan against
 * the first, one chart of independent placements with a line per plan, and one table of every plan and year.
 *
 * @example
 * const context = buildReportContext({ plans: [{ name: 'plan', scenario: kent }, { name: 'stop', scenario: stop }] });
 * plansSection.applies(context); // true
 * await plansSection.render(context); // its HTML, without the heading
 */
export const plansSection: ReportSection = {
  id: 'plans',
  title: 'Plans side by side',
  applies: (report) => report.comparison !== undefined,
  async render(report) {
    const comparison = report.comparison as ScenarioComparison;
    return [
      summary(comparison),
      await chartFigure(async (layout) => plansChart(comparison, { layout })),
      table(comparison),
    ].join('\n');
  },
};
