// The report explains the council's shorthand it uses, for committee members who are not SEND officers.
import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/forecast/forecast.js';
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

  it('explains only the words the report uses: a forecast alone gets prediction intervals, not SRP', async () => {
    const spend = { start: 2017, values: [27911115, 34167515, 39772645, 49244606] };
    const html = await renderReport({
      forecasts: [{ label: 'Kent spend', unit: 'GBP', history: spend, forecast: forecast(spend, { horizon: 3 }) }],
    });
    expect(termsOf(html)).toEqual(['Prediction interval']);
  });

  it('is empty for text with none of its terms', () => {
    expect(reportGlossary('<p>Placements go down.</p>')).toBe('');
    expect(reportGlossary('<td>SRPs</td>')).toContain('<dt>SRP</dt>');
  });
});
