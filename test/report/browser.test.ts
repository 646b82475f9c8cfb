// Opens Kent's full report in headless Chromium, as a phone (390 px) and a laptop (1280 px) would show it, and
// measures it from inside the page: the page never scrolls sideways (wide tables scroll in their own box), chart
// text is drawn at 10 px or more, no word is broken across lines, every chart draws, and nothing errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/forecast/forecast.js';
import { renderReport } from '../../src/report/render-report.js';
import { readCapacityCandidatesCsv } from '../../src/io/capacity-candidates-csv.js';
import { planCapacity } from '../../src/sufficiency/plan-capacity.js';
import { simulateSufficiency } from '../../src/sufficiency/simulate-sufficiency.js';
import { kentJson } from './support/kent-report.js';
import { chromium, measurePage } from './support/page-probe.js';

if (!chromium)
  console.warn("browser test skipped: Chromium not found (install Debian's `chromium`, or set CHROMIUM_PATH)");

/** A capacity plan for Kent from no new capacity, with the bundled candidates: the "Where to add places" part. */
function kentCapacityPlan() {
  const scenario = kentJson('scenario-2025.json');
  for (const plan of Object.values(scenario.capacity) as { additions: unknown[] }[]) plan.additions = [];
  const csv = readFileSync(new URL('../../data/kent/capacity-candidates.csv', import.meta.url), 'utf8');
  return planCapacity(scenario, { budgetGbp: 12_000_000, candidates: readCapacityCandidatesCsv(csv).records });
}

/**
 * Every kind of section: projection and band, tornado, a capacity plan, a forecast, 3 children, a round, the
 * assumptions.
 */
async function everySection(): Promise<string> {
  const scenario = kentJson('scenario-2025.json');
  const spend = { start: 2017, values: [27911115, 34167515, 39772645, 49244606] };
  return renderReport({
    scenario,
    simulation: simulateSufficiency(scenario, { runs: 50, seed: 1 }),
    forecasts: [{ label: 'Kent NMISS spend', unit: 'GBP', history: spend, forecast: forecast(spend, { horizon: 3 }) }],
    schools: kentJson('schools.json'),
    children: kentJson('children.json'),
    capacityPlan: kentCapacityPlan(),
  });
}

describe.skipIf(!chromium)('the report in a browser', () => {
  it('reads at 390 px and 1280 px: no sideways scroll, chart text of 10 px or more, no word broken', async () => {
    const html = await everySection();
    for (const width of [390, 1280]) {
      const page = measurePage(html, width);
      const at = `at ${width} px: ${JSON.stringify(page)}`;
      expect(page.viewportWidth, at).toBe(width);
      expect(page.errors, at).toEqual([]);
      expect(page.pageWidth, at).toBeLessThanOrEqual(width);
      expect(page.tablesInScrollBox, at).toBe(page.tables);
      expect(page.svgs, at).toBe(2 * 10); // each chart in both layouts
      expect(page.drawn, at).toBe(10); // one layout of each shown, with a size
      expect(page.chartTexts, at).toBeGreaterThan(100);
      expect(page.smallestChartText, at).toBeGreaterThanOrEqual(10);
      expect(page.brokenWords, at).toEqual([]);
      console.info(
        `report at ${width} px: ${page.pageWidth} px wide, ${page.pageHeight} px long, ` +
          `smallest chart text ${page.smallestChartText} px`,
      );
    }
  }, 180_000);

  it("fits A4 in print: with the print rules on, nothing is wider than the 688 px between A4's margins", async () => {
    // Print media cannot be asked of the probe, so the print rules are applied on screen instead.
    const html = (await everySection()).replace('@media print {', '@media all {');
    const page = measurePage(html, 688);
    expect(page.errors).toEqual([]);
    expect(page.pageWidth, JSON.stringify(page)).toBeLessThanOrEqual(688);
    expect(page.brokenWords).toEqual([]);
  }, 180_000);
});
