import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render-report.js';
import { kentJson } from './support/kent-report.js';

const intro = (html: string) => /<p class="muted">(Made with send-placement[^<]*)<\/p>/.exec(html)?.[1] ?? '';
const titleOf = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
const spend = {
  label: 'NMISS spend',
  unit: 'GBP',
  history: { start: 2020, values: [500_000, 550_000, 597_716] },
  forecast: { mean: [640_000], lower: { 80: [600_000] }, upper: { 80: [680_000] } },
};

describe('the report title and the paragraph under it', () => {
  it("titles a forecast-only report with its series' label and says nothing of £m or assumptions", async () => {
    const html = await renderReport({ forecasts: [spend] });
    expect(titleOf(html)).toBe('NMISS spend');
    expect(intro(html)).not.toMatch(/£m|assumptions|ranking|Children/);
    expect(intro(html)).toContain('each forecast names its method');
    expect(titleOf(await renderReport({ forecasts: [spend, { ...spend, label: 'Other' }] }))).toBe('Forecasts');
  });

  it('titles a matching-only report "Placement matching" and gives its costs in pounds a year, not £m', async () => {
    const html = await renderReport({
      schools: kentJson('schools.json').slice(0, 5),
      children: kentJson('children.json').slice(0, 1),
    });
    expect(titleOf(html)).toBe('Placement matching');
    expect(intro(html)).toContain('School costs are whole pounds a year');
    expect(intro(html)).toContain('pseudonymous id only');
    expect(intro(html)).not.toMatch(/£m|assumptions are listed/);
  });

  it("keeps the scenario's name, its assumptions and £m for a scenario report", async () => {
    const html = await renderReport({ scenario: kentJson('scenario-2025.json'), sensitivity: false });
    expect(titleOf(html)).toBe('Kent SRP growth plan, 2025-2030');
    expect(intro(html)).toContain('the assumptions are listed with their sources');
    expect(intro(html)).toContain('Spend is £m with one decimal from £1m up');
    expect(intro(html)).not.toContain('pseudonymous');
  });
});
