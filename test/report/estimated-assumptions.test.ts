// The assumptions of a scenario estimated from a child-level history (one census entry per setting,
// need and NC year; one joiner rate per need and NC year) read as a committee would read Kent's: one
// row per setting and per need, and joiner rates shown as the children they bring.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateTransitions, importPopulation, importTransitions, projectSufficiency } from '../../src/index.js';
import { renderReport } from '../../src/report/render-report.js';
import { kentJson } from './support/kent-report.js';

const read = (file: string) => readFileSync(`data/birth-to-25/${file}`, 'utf8');

/** The birth-to-25 history's estimate with Kent's plan, its population the base year's in every year, no growth. */
function estimatedScenario() {
  const history = importTransitions(read('transitions-history.csv'), read('setting-codes.csv')).records;
  const records = importPopulation(read('population.csv')).records;
  const est = estimateTransitions(history, { population: { source: 'synthetic population', records } });
  const baseYear = records.filter((r) => r.calendarYear === est.baseYear);
  const flat = [0, 1, 2].flatMap((k) => baseYear.map((r) => ({ ...r, calendarYear: est.baseYear + k })));
  const kent = kentJson('scenario-2025.json');
  const scenario = {
    ...kent,
    ...{ baseYear: est.baseYear, endYear: est.baseYear + 2, minNcYear: est.minNcYear, maxNcYear: est.maxNcYear },
    ...{ stock: est.stock, transitions: est.transitions, population: { source: 'flat population', records: flat } },
    joiners: { ...est.joiners, growthRate: { value: 0, source: 'assumption: no growth, for the test' } },
  };
  return { scenario, est };
}

/** The rows of the table whose caption starts with `caption`, each as its cells' text. */
function tableRows(html: string, caption: string): string[][] {
  const table = new RegExp(`<caption>${caption}[\\s\\S]*?</tbody>`).exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
    .map((row) => [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, '')))
    .filter((cells) => cells.length > 0);
}

describe("an estimated scenario's assumptions in the report", () => {
  it('sums the census by setting and the joiners by need, with rates shown as the children they bring', async () => {
    const { scenario, est } = estimatedScenario();
    const html = await renderReport({ scenario, sensitivity: false });
    const census = tableRows(html, 'Children with an EHCP in 2025, by setting');
    expect(census.map((row) => row[0])).toEqual([
      'Mainstream',
      'SRP',
      'Maintained special',
      'Independent',
      'Non-maintained special',
      'Other settings',
    ]);
    const children = census.reduce((t, row) => t + Number(row[1].replace(/,/g, '')), 0);
    const total = est.stock.reduce((t, e) => t + e.count, 0);
    expect(Math.abs(children - total)).toBeLessThanOrEqual(3); // each row rounded to a whole child
    expect(html).toContain(`(the ${est.stock.length} census entries summed by setting)`);

    const joiners = tableRows(html, 'New EHCPs in 2025');
    expect(joiners.map((row) => row[2].split(' ')[0])).toEqual([
      ...new Set(est.joiners.entries.map((e) => Object.keys(e.needs)[0])),
    ]);
    expect(html).toContain('rates per head of the population, shown as the children they bring in 2025');
    // With the population flat and no growth, the model's next year brings what the table says.
    const shown = joiners.reduce((t, row) => t + Number(row[0].replace(/,/g, '')), 0);
    const modelled = projectSufficiency(scenario).rows[1].joiners;
    expect(Math.abs(shown - modelled)).toBeLessThanOrEqual(joiners.length / 2); // each row rounded
  });

  it('shows the population in one row: its years, NC years and base-year total, not an empty figure', async () => {
    const { scenario } = estimatedScenario();
    const html = await renderReport({ scenario, sensitivity: false });
    const rows = tableRows(html, 'Population by year and NC year, which the new EHCP rates are per head of');
    const records: Array<{ calendarYear: number; count: number }> = scenario.population.records;
    const total = records.filter((r) => r.calendarYear === scenario.baseYear).reduce((t, r) => t + r.count, 0);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['2025\u00a0to\u00a02027', '-5\u00a0to\u00a020', total.toLocaleString('en-GB')],
    ]);
    expect(rows[0][3]).toMatch(/^\[\d+\]$/);
    expect(html).toContain('flat population');
    expect(html).not.toContain('Other sourced figures');
  });

  it("keeps Kent's tables as written: one entry a setting, joiner entries of several needs", async () => {
    const html = await renderReport({ scenario: kentJson('scenario-2025.json'), sensitivity: false });
    expect(tableRows(html, 'Children with an EHCP in 2025, by setting')).toHaveLength(
      kentJson('scenario-2025.json').stock.length,
    );
    expect(tableRows(html, 'New EHCPs in 2025')).toHaveLength(2);
    expect(html).not.toContain('summed by');
  });
});
