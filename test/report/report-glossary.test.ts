// The report explains the council's shorthand it uses, for committee members who are not SEND officers.
import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/forecast/forecast.js';
import { MODEL_NAMES } from '../../src/forecast/models.js';
import { renderReport } from '../../src/report/render-report.js';
import { reportGlossary } from '../../src/report/report-glossary.js';
import { kentJson } from './support/kent-report.js';

/** The glossary part's terms, in order. */
const termsOf = (html: string) => [...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]);

describe("the report's glossary", () => {
  it('explains SRP, EHCP, NC year, URN and the framework lots in a report that uses them', async () => {
    const html = await renderReport({
      scenario: kentJson('scenario-2025.json'),
      schools: kentJson('schools.json'),
      children: kentJson('children.json'),
      sensitivity: false,
    });
    expect(html).toContain('<section id="glossary"><h2>Words used in this report</h2>');
    expect(html).toContain('<a href="#glossary">Words used in this report</a>');
    expect(termsOf(html)).toEqual(
      expect.arrayContaining(['EHCP', 'SRP', 'NC year', 'URN', 'Framework, Lot 1 and Lot 2', 'Need codes']),
    );
    expect(html).toContain('<dd>Specialist Resource Provision: a specialist unit inside a mainstream school');
  });

  it('explains only the words the report uses: a forecast alone gets its methods and intervals, not SRP', async () => {
    const spend = { start: 2017, values: [27911115, 34167515, 39772645, 49244606] };
    const html = await renderReport({
      forecasts: [{ label: 'Kent spend', unit: 'GBP', history: spend, forecast: forecast(spend, { horizon: 3 }) }],
    });
    expect(termsOf(html)).toEqual([
      'Prediction interval',
      'Chosen automatically',
      'naive',
      'robust-drift',
      'optimised-theta',
    ]);
  });

  it('explains every forecast method by its name as the report prints it, and no other method', async () => {
    const history = { start: 2015, values: [900, 950, 1010, 1100, 1172, 1190, 1260, 1300] };
    for (const method of MODEL_NAMES) {
      const result = forecast(history, { horizon: 2, method });
      const html = await renderReport({ forecasts: [{ label: 'Placements', history, forecast: result }] });
      const glossary = /<section id="glossary">([\s\S]*)<\/section>/.exec(html)?.[1] ?? '';
      expect(glossary, method).toMatch(new RegExp(`<dt>${method}</dt><dd>Forecast method: [^<]{30,}</dd>`));
      // drift is not robust-drift, theta is not optimised-theta: only the method and the models it combines.
      const shown = new Set([method, ...result.why.models]);
      const methods = termsOf(html).filter((t) => (MODEL_NAMES as string[]).includes(t));
      expect(methods, method).toEqual(MODEL_NAMES.filter((m) => shown.has(m)));
    }
  });

  it('explains a method fitted on the log scale by its model and the log- before it', () => {
    const terms = termsOf(reportGlossary('<p>Method: chosen automatically (mean of log-damped 0.5, drift 0.5).</p>'));
    expect(terms).toEqual(['Chosen automatically', 'drift', 'damped', 'log- (before a method)']);
  });

  it('explains every percentile the simulation table heads a column with, p25 and p75 among them', () => {
    const html = reportGlossary('<th>p5</th><th>p25</th><th>Median (p50)</th><th>p75</th><th>p95</th>');
    expect(termsOf(html)).toEqual(['p5, p25, p50, p75, p95 (percentiles)']);
    for (const p of ['p5 ', 'p25', 'p50', 'p75', 'p95']) expect(html.split('<dd>')[1]).toContain(p);
  });

  it('is empty for text with none of its terms', () => {
    expect(reportGlossary('<p>Placements go down.</p>')).toBe('');
    expect(reportGlossary('<td>SRPs</td>')).toContain('<dt>SRP</dt>');
  });
});
