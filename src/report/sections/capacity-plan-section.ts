import type { CapacityPlan } from '../../sufficiency/plan-capacity.js';
import { chartFigure } from '../chart-figure.js';
import { countNoun } from '../count-noun.js';
import { formatCount, formatGbpWith } from '../figure-format.js';
import { frontierChart } from '../frontier-chart.js';
import { escapeHtml, htmlTable } from '../html.js';
import { REPORT_DEFAULTS } from '../report-defaults.js';
import type { ReportSection } from '../report-section.js';

/** The plan's £m, to the decimals its own summary writes them with (REPORT_DEFAULTS.planMillionDecimals). */
const decimals = REPORT_DEFAULTS.planMillionDecimals;
const formatGbp = formatGbpWith(decimals);

/**
 * Where to add places: a capacity plan's summary, its frontier (what each further million of capital saves), the
 * places it buys and, for every other candidate, why it has no more; with simulated runs, the saving's range.
 */
export const capacityPlanSection: ReportSection = {
  id: 'capacity-plan',
  title: 'Where to add places',
  applies: (report) => report.capacityPlan !== undefined,
  async render(report) {
    const plan = report.capacityPlan as CapacityPlan;
    const saves = plan.frontier.some((f) => f.saving > 0);
    return [
      `<div class="summary"><p class="lead">${escapeHtml(plan.why.summary)}</p></div>`,
      saves
        ? await chartFigure(
            (layout) => frontierChart({ frontier: plan.frontier, objective: plan.objective, layout }),
            'Each point is the best plan found for that budget; where the line flattens, further places save less.',
          )
        : '',
      uncertaintySentence(plan),
      chosenTable(plan),
      candidatesTable(plan),
      `<p class="muted">${escapeHtml(plan.why.method)}</p>`,
    ].join('\n');
  },
};

/** Saving in the plan's unit: money, or place-years of independent placements. */
function amount(plan: CapacityPlan, value: number): string {
  return plan.objective === 'spend' ? formatGbp(value) : `${formatCount(value)} place-years`;
}

/**
 * The saving's range over simulated runs; none for a plan that buys nothing, whose runs with and without it are the
 * same ("saves £0 to £0" says nothing the summary has not).
 */
function uncertaintySentence(plan: CapacityPlan): string {
  const u = plan.uncertainty;
  if (!u || plan.chosen.length === 0) return '';
  return (
    `<p>Across ${countNoun(u.runs, 'simulated run')} (seed ${u.seed}), each drawing the scenario's uncertain ` +
    'assumptions once for the scenario without the places and once with them, the plan saves ' +
    `<strong>${amount(plan, u.p5)}</strong> to <strong>${amount(plan, u.p95)}</strong> (5th to 95th ` +
    `percentile), ${amount(plan, u.p50)} in the middle run.</p>`
  );
}

function chosenTable(plan: CapacityPlan): string {
  if (plan.chosen.length === 0) return '';
  const kind = plan.objective === 'spend' ? ('gbp-millions' as const) : ('count' as const);
  return htmlTable(
    [
      'Candidate',
      'Setting',
      'Need',
      { label: 'Opens', kind: 'year' },
      { label: 'Places', kind: 'count' },
      { label: 'Capital', kind: 'gbp-millions', decimals },
      { label: plan.objective === 'spend' ? 'Saving' : 'Place-years saved', kind, decimals },
    ],
    plan.chosen.map((c) => [
      c.id,
      c.setting === 'srp' ? 'SRP' : 'maintained special',
      c.need ?? 'any',
      c.year,
      c.places,
      c.capitalGbp,
      c.saving,
    ]),
    'The places bought (each saving counted as the candidates are added in the order listed)',
  );
}

function candidatesTable(plan: CapacityPlan): string {
  const others = plan.why.candidates.filter((c) => c.code !== 'all-bought');
  if (others.length === 0) return '';
  return htmlTable(
    ['Candidate', { label: 'Places bought', kind: 'count' }, { label: 'Offered', kind: 'count' }, 'Why not more'],
    others.map((c) => [c.id, c.places, c.maxPlaces, c.reason]),
    'Candidates not bought in full',
  );
}
