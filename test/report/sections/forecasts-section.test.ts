// The report's forecasts part: a fan chart and a table per series.
import { describe, expect, it } from 'vitest';
import { forecast } from '../../../src/forecast/forecast.js';
import { renderReport } from '../../../src/report/render-report.js';

const spend = { start: 2017, values: [27911115, 34167515, 39772645, 49244606] };
const placements = { start: 2019, values: [900, 950, 1010, 1100, 1172] };

describe('the forecasts part of the report', () => {
  it("captions each series' table with its name and unit, as the report's other tables are", async () => {
    const html = await renderReport({
      forecasts: [
        { label: 'Kent NMISS spend', unit: 'GBP', history: spend, forecast: forecast(spend, { horizon: 3 }) },
        {
          label: 'Independent placements',
          unit: 'children',
          history: placements,
          forecast: forecast(placements, { horizon: 3 }),
        },
      ],
    });
    expect(html).toContain('<caption>Kent NMISS spend: forecast by year (£ a year)</caption>');
    expect(html).toContain('<caption>Independent placements: forecast by year (children)</caption>');
    expect(html.match(/<table>/g)?.length).toBe(html.match(/<table><caption>/g)?.length);
  });
});
