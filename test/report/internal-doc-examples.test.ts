// The @example of the report's internal building blocks, run as written, so their documented outputs stay true.
import { describe, expect, it } from 'vitest';
import { ForecastChartFields } from '../../src/report/chart-inputs.js';
import { chartFigure } from '../../src/report/chart-figure.js';
import {
  BOTTOM_AXIS_HEIGHT,
  axisTicks,
  bottomAxis,
  leftAxis,
  tickLabelWidth,
} from '../../src/report/charts/chart-axes.js';
import { chartWidth } from '../../src/report/charts/chart-defaults.js';
import { legend } from '../../src/report/charts/chart-legend.js';
import { chartTitle } from '../../src/report/charts/chart-title.js';
import { linearScale } from '../../src/report/charts/linear-scale.js';
import { svgDocument, svgElement, svgText, px } from '../../src/report/charts/svg-markup.js';
import { lineChart } from '../../src/report/charts/line-chart.js';
import { barRowsChart } from '../../src/report/charts/bar-rows-chart.js';
import { buildReportContext } from '../../src/report/report-context.js';
import { ReportInputSchema } from '../../src/report/report-input.js';
import { REPORT_SECTIONS } from '../../src/report/report-sections.js';
import { roundName } from '../../src/report/sections/cohort-section.js';
import { methodText } from '../../src/report/sections/forecasts-section.js';
import { inmssSpend } from '../../src/report/sections/sufficiency-section.js';
import { sourceNotes } from '../../src/report/source-notes.js';
import { sufficiencyChart } from '../../src/report/sufficiency-chart.js';
import { EXCLUSION_WORDS, LOT_NAMES, SETTING_NAMES } from '../../src/report/planner-words.js';
import { shareText } from '../../src/report/weights-words.js';
import { FORECAST_METHOD_WORDS } from '../../src/report/forecast-method-words.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { kentJson } from './support/kent-report.js';

describe('report building blocks: doc examples', () => {
  it('charts kit', () => {
    const y = linearScale([0, 1200], [340, 40]);
    const x = linearScale([2025, 2030], [48, 548]);
    expect(axisTicks(linearScale([2025, 2027], [0, 100]), 'year', 3).map((t) => t.label)).toEqual([
      '2025',
      '2026',
      '2027',
    ]);
    expect(tickLabelWidth([{ label: '1,172' }])).toBeCloseTo(30.024, 9);
    expect(leftAxis(y, axisTicks(y, 'count', 5), { left: 48, width: 500 }).startsWith('<g class="axis axis-y">')).toBe(
      true,
    );
    expect(
      bottomAxis(x, axisTicks(x, 'year', 6), { bottom: 340, left: 48, width: 500 }).startsWith(
        '<g class="axis axis-x">',
      ),
    ).toBe(true);
    expect(BOTTOM_AXIS_HEIGHT).toBe(22);
    expect(chartWidth('narrow')).toBe(360);
    expect(legend([{ label: 'With the plan', color: '#0072B2', mark: 'line' }], 8, 400, 344).height).toBeCloseTo(
      21.6,
      9,
    );
    expect(chartTitle('Independent placements by year', undefined, 8, 344).height).toBe(23);
    expect(px(12.3456)).toBe('12.3');
    expect(px(-0.01)).toBe('0');
    expect(svgElement('rect', { x: 1, y: 2.25, width: 10, height: 4 })).toBe(
      '<rect x="1" y="2.3" width="10" height="4"/>',
    );
    expect(svgText(['Independent', 'placements'], 0, 12).includes('<tspan x="0" dy="15">placements</tspan>')).toBe(
      true,
    );
    expect(svgDocument({ width: 100, height: 50, title: 'A chart', body: '' }).includes('<title>A chart</title>')).toBe(
      true,
    );
    const line = lineChart({
      title: 'Placements',
      valueTitle: 'children',
      layout: 'wide',
      xUnit: 'year',
      yUnit: 'count',
      lines: [
        {
          label: 'Plan',
          color: '#0072B2',
          points: [
            { x: 2025, y: 1172 },
            { x: 2026, y: 1093 },
          ],
        },
      ],
      formatValue: String,
    });
    expect(line.startsWith('<svg')).toBe(true);
    const bars = barRowsChart({
      title: 'T',
      valueTitle: 'v',
      layout: 'narrow',
      unit: 'number',
      legend: [],
      rows: [{ label: 'A', segments: [{ from: 0, to: 2, color: '#0072B2', title: 'A: 2' }] }],
    });
    expect(bars.startsWith('<svg')).toBe(true);
  });

  it('report parts', async () => {
    const kent = kentJson('scenario-2025.json');
    expect(
      ForecastChartFields.safeParse({ history: [1, 2], forecast: { mean: [3], lower: {}, upper: {} } }).success,
    ).toBe(true);
    expect(buildReportContext({ scenario: kent }).ncYear).toBe(7);
    expect(() => buildReportContext({ limit: Number.NaN })).toThrow(ValidationError);
    expect(ReportInputSchema.safeParse({ maxchildren: 2 }).success).toBe(false);
    expect(REPORT_SECTIONS.map((s) => s.id)).toEqual([
      'sufficiency',
      'plans',
      'sensitivity',
      'capacity-plan',
      'forecasts',
      'matching',
      'allocation',
      'assumptions',
    ]);
    expect(inmssSpend({ spendBySetting: { independent: 70e6, 'non-maintained': 13.7e6 } as never })).toBe(83_700_000);
    expect(sourceNotes('source').cite('Kent County Council, minutes, 2025').html).toBe('<a href="#source-1">[1]</a>');
    expect(SETTING_NAMES['maintained-special']).toBe('maintained special');
    expect([LOT_NAMES.lot1, LOT_NAMES.none]).toEqual(['Lot 1', 'off framework']);
    expect(EXCLUSION_WORDS['age-range']).toBe('does not teach the NC year');
    expect(shareText(0.0015)).toBe('0.15%');
    expect(shareText(0.25)).toBe('25.0%');
    expect(roundName(7)).toBe('the Year 7 transfer round');
    expect(methodText('auto', 'mean of naive 0.5, drift 0.5')).toBe(
      ' Method: chosen automatically (mean of naive 0.5, drift 0.5).',
    );
    expect(methodText('theta')).toBe(' Method: theta.');
    expect(FORECAST_METHOD_WORDS['linear-trend']).toBe(
      'a straight line fitted through every year of the series, extended.',
    );
    const report = buildReportContext({ scenario: kent, sensitivity: false });
    const figure = await chartFigure((layout) => sufficiencyChart({ projection: report.projection!, layout }));
    expect(figure).toMatch(
      /^<figure><div class="chart-wide"><svg [\s\S]*<\/div><div class="chart-narrow"><svg [\s\S]*<\/figure>$/,
    );
    for (const section of REPORT_SECTIONS) {
      if (section.applies(report)) expect(await section.render(report)).not.toContain('<h2>');
    }
  });
});
