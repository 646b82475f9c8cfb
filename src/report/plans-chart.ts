import type { ScenarioComparison } from '../sufficiency/compare-scenarios.js';
import { CHART_DEFAULTS, type ChartLayout } from './charts/chart-defaults.js';
import { lineChart } from './charts/line-chart.js';
import { formatCount } from './figure-format.js';

/**
 * Plans side by side: independent placements by year, one line per plan of a `compareScenarios` result in the
 * palette's colours (dashed once the six colours repeat), the first plan's start written once where the lines begin
 * and each line's last value at its end. Internal: the report's plans section draws it.
 *
 * @param comparison what compareScenarios returned (validated there)
 * @returns SVG markup
 * @example
 * const plans = [{ name: 'plan', scenario: kent }, { name: 'stop in 2027', scenario: stop }]; // kent stopped in 2027
 * const svg = plansChart(compareScenarios(plans));
 * svg.includes('1,315'); // true: the second plan's 2030 placements at the end of its line
 */
export function plansChart(
  comparison: ScenarioComparison,
  options: { title?: string; layout?: ChartLayout } = {},
): string {
  const { palette } = CHART_DEFAULTS;
  return lineChart({
    title: options.title ?? 'Independent placements by year, plan by plan',
    valueTitle: 'Independent placements (children)',
    layout: options.layout ?? 'wide',
    xUnit: 'year',
    yUnit: 'count',
    formatValue: formatCount,
    lines: comparison.plans.map((plan, i) => ({
      label: plan.name,
      color: palette[i % palette.length],
      dashed: i >= palette.length,
      startLabel: i === 0,
      points: comparison.rows
        .filter((r) => r.name === plan.name)
        .map((r) => ({ x: r.year, y: r.independentPlacements })),
    })),
  });
}
