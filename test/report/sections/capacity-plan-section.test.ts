// The report's "Where to add places" part: a capacity plan's summary, frontier chart, places and reasons.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCapacityCandidatesCsv } from '../../../src/io/capacity-candidates-csv.js';
import { renderReport } from '../../../src/report/render-report.js';
import { buildReportContext } from '../../../src/report/report-context.js';
import { planCapacity } from '../../../src/sufficiency/plan-capacity.js';
import { codesOf } from '../../support/issues-of.js';
import { overflowScenario, srpCandidate } from '../../sufficiency/overflow-scenario.js';
import { kentJson } from '../support/kent-report.js';

const candidates = [
  srpCandidate('early', 2026),
  srpCandidate('late', 2027),
  { ...srpCandidate('semh', 2026), need: 'SEMH' as const },
];

describe('the capacity plan part of the report', () => {
  it('shows the summary, the frontier chart, the places bought and why the others have no more', async () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 150_000, candidates, runs: 10 });
    const html = await renderReport({ capacityPlan: plan });
    expect(html).toContain('<section id="capacity-plan"><h2>Where to add places</h2>');
    expect(html).toContain('<a href="#capacity-plan">Where to add places</a>');
    expect(html).toContain('£150,000 of the £150,000 budget buys 15 places at 2 of 3 candidates');
    expect(html).toContain('Saving by capital budget (£m)');
    expect(html).toContain('<td>early</td><td>SRP</td><td>any</td>');
    expect(html).toContain('Candidates not bought in full');
    expect(html).toContain('10 places would save nothing: demand for SRP SEMH places from 2026 is met without them');
    expect(html).toContain('Across 10 simulated runs (seed 1)');
  });

  it('for a plan that buys nothing, gives the reason and no chart of a flat line', async () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 5_000, candidates, runs: 10 });
    const html = await renderReport({ capacityPlan: plan });
    expect(html).toContain('The budget (£5,000) buys nothing: the cheapest candidate place costs £10,000.');
    expect(html).not.toContain('Saving by capital budget');
    expect(html).not.toContain('simulated runs'); // not "the plan saves £0 to £0 (5th to 95th percentile)"
  });

  it('sits after the projection and its sensitivity when a scenario is given too', async () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 100_000, candidates });
    const html = await renderReport({ scenario: overflowScenario(), capacityPlan: plan, sensitivity: false });
    expect(html.indexOf('id="sufficiency"')).toBeLessThan(html.indexOf('id="capacity-plan"'));
  });

  it('rejects a capacity plan with a bad frontier, naming the path', async () => {
    const plan = planCapacity(overflowScenario(), { budgetGbp: 100_000, candidates });
    await expect(renderReport({ capacityPlan: { ...plan, frontier: [] } })).rejects.toThrow('capacityPlan.frontier');
    const bad = { ...plan, frontier: [{ ...plan.frontier[0], saving: Number.NaN }] };
    expect(codesOf(() => buildSync(bad))).toEqual(['capacityPlan.frontier[0].saving: invalid_type']);
  });
});

/** Kent's £12m plan from no new capacity with the bundled candidates, its saving's range over 10 runs. */
function kentCapacityPlan() {
  const scenario = kentJson('scenario-2025.json');
  for (const plan of Object.values(scenario.capacity) as { additions: unknown[] }[]) plan.additions = [];
  const csv = readFileSync(new URL('../../../data/kent/capacity-candidates.csv', import.meta.url), 'utf8');
  const candidates = readCapacityCandidatesCsv(csv).records;
  return planCapacity(scenario, { budgetGbp: 12_000_000, candidates, runs: 10 });
}

describe('the capacity plan part of the report: money', () => {
  it("writes £m to two decimals throughout, as the plan's summary does: £11.99m never sits by £12.0m", async () => {
    const html = await renderReport({ capacityPlan: kentCapacityPlan() });
    const section = /<section id="capacity-plan">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('£11.99m of the £12.00m budget buys 342 places');
    // Every amount in £m — prose, tables, the chart's values and tooltips — but the chart's axis ticks.
    const amounts = section.replace(/<g class="axis[^"]*">[\s\S]*?<\/g>/g, '').match(/£[\d,.]+m/g) ?? [];
    expect(amounts.length).toBeGreaterThan(20);
    expect(amounts.filter((a) => !/^£\d[\d,]*\.\d\dm$/.test(a))).toEqual([]);
    expect(section).toContain('<td class="num">£0.75m</td>'); // a £750,000 capital, not £0.8m
    expect(section).toMatch(/<title>budget £12\.00m: £69\.72m<\/title>/);
    // The intro says so, and the projection's spend elsewhere keeps one decimal.
    expect(html).toContain('sums are £m to two decimals, so capital a little under the budget does not read as all');
  });
});

/** The report's input check without rendering: buildReportContext is what renderReport runs first. */
function buildSync(capacityPlan: unknown) {
  return buildReportContext({ capacityPlan: capacityPlan as never });
}
