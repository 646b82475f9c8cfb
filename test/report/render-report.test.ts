import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render-report.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { kentReport } from './support/kent-report.js';
import { xmlProblems } from './support/xml-problems.js';

const svgsOf = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);

describe('renderReport', () => {
  it("shows Kent's 1,172 -> just over 900 chart with the counterfactual beside it", async () => {
    const html = await kentReport();
    expect(html).toContain('Independent placements by year: the plan against no new capacity');
    const chart = svgsOf(html)[0];
    expect(chart).toContain('>1,172</text>');
    const end = /<strong>([\d,]+)<\/strong> in 2030 under the plan/.exec(html);
    expect(end).not.toBeNull();
    const last = Number(end![1].replace(',', ''));
    expect(last).toBeGreaterThanOrEqual(880);
    expect(last).toBeLessThanOrEqual(960);
    expect(chart).toContain(`>${end![1]}</text>`);
    expect(chart).toContain('No new capacity');
  });

  it('is one self-contained file: well-formed inline SVGs, no scripts, nothing fetched', async () => {
    const html = await kentReport();
    const svgs = svgsOf(html);
    expect(svgs.length).toBeGreaterThanOrEqual(5); // sufficiency + 2 x (ranking, map)
    for (const svg of svgs) expect(xmlProblems(svg)).toEqual([]);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.every((u) => u.startsWith('#'))).toBe(true);
  });

  it('lists the sourced assumptions and the published figures', async () => {
    const html = await kentReport();
    expect(html).toContain('Published figures');
    expect(html).toContain('Assumptions of the model, each with its source');
    expect(html).toContain('1,172');
  });

  it('has matching pages by child id, and the cohort allocated optimally and first come first served', async () => {
    const html = await kentReport();
    const children = JSON.parse(readFileSync('data/kent/children.json', 'utf8'));
    expect(html).toContain(`Child ${children[0].id}`);
    expect(html).toContain('first come, first served');
    expect(html).toContain('Excluded schools, with every filter they fail');
  });

  it('escapes text from the input', async () => {
    const html = await renderReport({
      title: '<b>Plan</b> & "more"',
      forecasts: [
        {
          label: 'Spend <script>',
          history: [1, 2, 3],
          forecast: { mean: [4], lower: { 80: [3] }, upper: { 80: [5] } },
        },
      ],
    });
    expect(html).toContain('&lt;b&gt;Plan&lt;/b&gt; &amp; &quot;more&quot;');
    expect(html).not.toContain('<script>');
  });

  it('rejects an input with nothing to show, or schools without children', async () => {
    await expect(renderReport({})).rejects.toThrow(ValidationError);
    await expect(renderReport({ schools: [] })).rejects.toThrow(/children/);
  });

  it('is the same byte for byte for the same input', async () => {
    const input = {
      forecasts: [{ label: 'x', history: [1, 2, 3], forecast: { mean: [4], lower: { 80: [3] }, upper: { 80: [5] } } }],
    };
    expect(await renderReport(input)).toBe(await renderReport(input));
  });
});
