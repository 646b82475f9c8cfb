import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/forecast/forecast.js';
import { renderReport } from '../../src/report/render-report.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { kentJson, kentReport, kentReportWithRuns } from './support/kent-report.js';
import { xmlProblems } from './support/xml-problems.js';
import { reportIssuesOf } from './support/report-text.js';

const svgsOf = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
/** The HTML of one section, by its id. */
const sectionOf = (html: string, id: string) =>
  new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
/** The document's text outside charts and tags, as a reader sees it. */
const proseOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&');

describe('renderReport', () => {
  it("shows Kent's 1,172 -> just over 900 in prose and chart, with the counterfactual beside it", async () => {
    const html = await kentReport();
    expect(html).toContain('Independent placements by year: the plan against no new capacity');
    const chart = svgsOf(html)[0];
    expect(chart).toContain('>1,172</text>');
    const end = /<strong>([\d,]+)<\/strong> in 2030 with the plan/.exec(html);
    expect(end).not.toBeNull();
    const last = Number(end![1].replace(',', ''));
    expect(last).toBeGreaterThanOrEqual(880);
    expect(last).toBeLessThanOrEqual(960);
    expect(chart).toContain(`>${end![1]}</text>`);
    expect(chart).toContain('No new capacity');
  });

  it('is one self-contained file: well-formed inline SVGs in both layouts, no scripts, nothing fetched', async () => {
    const html = await kentReport();
    const svgs = svgsOf(html);
    expect(svgs.length).toBe(2 * 8); // sufficiency, tornado, 3 x (ranking, map), each wide and narrow
    expect(html.match(/<div class="chart-wide">/g)).toHaveLength(8);
    expect(html.match(/<div class="chart-narrow">/g)).toHaveLength(8);
    for (const svg of svgs) expect(xmlProblems(svg)).toEqual([]);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.every((u) => u.startsWith('#'))).toBe(true);
  });

  it('names each tornado assumption in plain words with its low and high value, never by its path', async () => {
    const html = await kentReport();
    const tornado = sectionOf(html, 'sensitivity');
    expect(tornado).toContain('New EHCPs a year: NC years -1 to 11');
    expect(tornado).toContain('low 1,600 · high 2,400');
    expect(tornado).toContain('Growth in new EHCPs a year');
    expect(tornado).toContain('low 0.0% · high 4.0%');
    expect(tornado).toMatch(/Leaving the EHCP caseload each year: from independent, NC years -2 to 11/);
    expect(html).not.toMatch(
      /joiners\.entries\[|transitions\[\d+\]|\.to\.left|capacity\.srp\.|\(group \d|entries\[\d+\]\.rate/,
    );
  });

  it('shows the assumptions as tables by setting, with numbered sources, and no raw JSON', async () => {
    const html = await kentReport();
    const assumptions = sectionOf(html, 'assumptions');
    expect(assumptions).toContain('Published figures the scenario is calibrated to');
    expect(assumptions).toContain('Children with an EHCP in 2025, by setting');
    expect(assumptions).toMatch(
      /<td>Mainstream<\/td><td class="num">9,000<\/td><td>ASD 34\.3%, SLCN 21\.8%, SEMH 15\.6%/,
    );
    expect(assumptions).toContain('Where children go each year, by setting and NC year');
    expect(assumptions).toMatch(/<ol class="sources"><li id="source-1">Kent County Council/);
    expect(html).not.toMatch(/\{&quot;|\{"/);
    // Every source of the scenario is listed once.
    const scenario = JSON.stringify(kentJson('scenario-2025.json'));
    const sources = new Set([...scenario.matchAll(/"source":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]));
    expect(assumptions.match(/<li id="source-\d+">/g)).toHaveLength(sources.size);
  });

  it('writes children as whole numbers and money as £m with one decimal in prose', async () => {
    // The report's own words: the scenario's sources and notes are quoted as written.
    const html = await kentReport();
    const prose = proseOf(
      ['sufficiency', 'sensitivity', 'matching', 'allocation'].map((id) => sectionOf(html, id)).join(''),
    );
    expect(prose).not.toMatch(/\b\d{3,}\.\d\b(?!%)/); // no 977.5 beside 1,093
    for (const m of prose.matchAll(/£[\d,.]+m?/g)) expect(m[0]).toMatch(/^£(\d[\d,]*\.\dm|\d{1,3}(,\d{3})*)$/);
    expect(prose).toContain('£112.2m');
  });

  it('summarises each child’s excluded schools by reason, with the list folded away', async () => {
    const matching = sectionOf(await kentReport(), 'matching');
    expect(matching).toContain('Child KC00001: ASD, NC year 8');
    expect(matching).toMatch(
      /117 schools excluded\. How many fail each filter \(a school can fail several\): too far 97;/,
    );
    expect(matching).toMatch(/<details><summary>Every excluded school, with every filter it fails \(117\)<\/summary>/);
    expect(matching.match(/<h3>Child /g)).toHaveLength(3);
    // Lots as a caseworker says them, not the data's codes.
    expect(proseOf(matching)).toMatch(/Yskoquay Lodge School +900075 +Lot 1 /);
    expect(proseOf(matching)).not.toMatch(/\blot[12]\b/);
  });

  it('allocates one real round, the Year 7 transfer by default, optimally and first come first served', async () => {
    const cohort = sectionOf(await kentReport(), 'allocation');
    expect(cohort).toContain('In the Year 7 transfer round, 214 children compete for the places of 122 schools.');
    expect(cohort).toMatch(/<td>Optimal<\/td><td class="num">134<\/td><td class="num">81<\/td>/);
    expect(proseOf(cohort)).toContain('then as many of them as possible at schools on the framework (framework first)');
    expect(cohort).toContain('First come, first served');
    const year8 = await renderReport({
      schools: kentJson('schools.json'),
      children: kentJson('children.json'),
      maxChildren: 0,
      ncYear: 8,
    });
    expect(sectionOf(year8, 'allocation')).toContain('In the Year 8 round, 160 children compete');
    const unruled = await renderReport({
      schools: kentJson('schools.json'),
      children: kentJson('children.json'),
      maxChildren: 0,
      policy: { frameworkFirst: false },
    });
    expect(proseOf(sectionOf(unruled, 'allocation'))).not.toContain('framework first');
  });

  it('says under the simulated band what the plan line and the median each are', async () => {
    const html = await kentReportWithRuns();
    const section = sectionOf(html, 'sufficiency');
    expect(section).toMatch(/The <strong>plan line<\/strong> is the central projection/);
    expect(section).toMatch(
      /its <strong>median<\/strong> is the middle run of each year, so it need not lie on the plan line/,
    );
    expect(section).toMatch(/In 2030 the median is [\d,]+, [\d,]+ above the plan line's [\d,]+\./);
    // Why it leans above: held on Kent by test/sufficiency/simulate-sufficiency.test.ts.
    expect(section).toContain('A median above the line is what to expect when local places are close to full');
    expect(section).toContain('90% of 100 simulated runs (p5 to p95)');
  });

  it('titles a forecast chart with its series name and unit', async () => {
    const html = await renderReport({
      forecasts: [
        {
          label: 'Kent NMISS spend',
          unit: 'GBP',
          history: { start: 2017, values: [27911115, 34167515, 39772645, 49244606] },
          forecast: { mean: [53.8e6], lower: { 80: [50e6] }, upper: { 80: [57.6e6] }, method: 'auto' },
        },
      ],
    });
    expect(html).toContain('<h3>Kent NMISS spend</h3>');
    expect(svgsOf(html)[0]).toMatch(/<title>Kent NMISS spend<\/title>/);
    expect(html).toContain('£ a year');
    expect(html).toContain('<td class="num">£53.8m</td>');
    expect(proseOf(html)).toContain('Method: chosen automatically.');
  });

  it("quotes forecast()'s own summary of what it chose beside the method", async () => {
    const history = { start: 2017, values: [27911115, 34167515, 39772645, 49244606] };
    const result = forecast(history, { horizon: 2 });
    const html = await renderReport({
      forecasts: [{ label: 'Kent NMISS spend', unit: 'GBP', history, forecast: result }],
    });
    expect(result.why?.summary).toBeDefined();
    expect(proseOf(html)).toContain(`Method: chosen automatically (${result.why?.summary}).`);
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

  it('validates every option: limit NaN is an error, not "No school passes every filter"', async () => {
    const schools = kentJson('schools.json');
    const children = kentJson('children.json').slice(0, 1);
    const issues = await reportIssuesOf({ schools, children, limit: Number.NaN, maxChildren: 2.5, ncYear: 99 });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['maxChildren', 'invalid_type'],
      ['limit', 'invalid_type'],
      ['ncYear', 'too_big'],
    ]);
    const typo = await reportIssuesOf({ schools, children, maxchildren: 2 } as never);
    expect(typo.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });

  it('lists the problems of every input at once, each under its own path', async () => {
    const issues = await reportIssuesOf({
      scenario: { name: 1 },
      schools: [{ urn: '' }],
      children: 'none',
      policy: { weights: 3 },
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['scenario.name', 'schools[0].urn', 'children', 'policy.weights']));
    expect(issues.every((i) => typeof i.code === 'string')).toBe(true);
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
