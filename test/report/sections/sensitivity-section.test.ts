// The report's sensitivity part: the tornado of the end year and its table, values as a planner reads them.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/report/render-report.js';
import { kentJson } from '../support/kent-report.js';

/** The sensitivity table's rows, each as its cells' text: assumption, low, high, placements at each, swing. */
function tableRows(html: string): string[][] {
  const section = /<section id="sensitivity">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  const table = /<tbody>([\s\S]*?)<\/tbody>/.exec(section)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]),
  );
}

const decimalsOf = (percent: string) => /\.(\d+)%$/.exec(percent)?.[1].length ?? 0;

describe('the sensitivity part of the report', () => {
  it("writes every percentage of Kent's tornado to one precision that tells each low from its high", async () => {
    const html = await renderReport({ scenario: kentJson('scenario-2025.json') });
    const percents = tableRows(html).filter((r) => r[1].endsWith('%'));
    expect(percents.length).toBeGreaterThanOrEqual(4);
    // Kent mixes whole shares (2% to 7%) with a transition's share of its rule (3.63% to 5.35%): one decimal for all.
    expect(new Set(percents.flatMap((r) => [r[1], r[2]]).map(decimalsOf))).toEqual(new Set([1]));
    for (const [, low, high] of percents) expect(low).not.toBe(high);
    expect(percents.map((r) => `${r[1]} to ${r[2]}`)).toEqual(
      expect.arrayContaining(['2.0% to 7.0%', '3.6% to 5.4%', '1.6% to 2.4%']),
    );
    // The chart writes the same values under each assumption's name.
    expect(html).toContain('low 3.6% · high 5.4%');
  });
});
