// The @example of every report export, run as written, so the documented outputs stay true.
import { describe, expect, it } from 'vitest';
import * as report from '../../src/report/index.js';

describe('report doc examples', () => {
  it('formatting helpers', () => {
    expect(report.escapeHtml('<b> & "q"')).toBe('&lt;b&gt; &amp; &quot;q&quot;');
    expect(report.formatNumber(1171.6)).toBe('1,172');
    expect(report.formatNumber(0.4567)).toBe('0.457');
    expect(report.formatGbp(86_700_000)).toBe('£86.7m');
    expect(report.formatGbp(51_302.4)).toBe('£51,302');
    expect(report.formatGbp(-1_250_000)).toBe('-£1.3m');
    expect(report.formatGbpMillions(83_712_345)).toBe('£83.7m');
    expect(report.formatGbpMillions(400_000)).toBe('£0.4m');
    expect(report.formatCount(1092.83)).toBe('1,093');
    expect(report.formatCount(2.46)).toBe('2.5');
    expect(report.formatCount(0)).toBe('0');
    expect(report.formatPercent(0.045)).toBe('4.5%');
    expect(report.formatPercent(0.5, 0)).toBe('50%');
    expect(report.htmlTable(['year', { label: 'places', kind: 'count' }], [[2025, 1171.6]])).toBe(
      '<div class="table-scroll"><table><thead><tr><th class="num">year</th><th class="num">places</th></tr></thead>' +
        '<tbody><tr><td class="num">2025</td><td class="num">1,172</td></tr></tbody></table></div>',
    );
    expect(report.REPORT_CSS.includes('@media print')).toBe(true);
    expect(report.CHART_DEFAULTS.width).toBe(640);
    expect(report.CHART_DEFAULTS.narrowWidth).toBe(360);
    expect(report.REPORT_DEFAULTS.maxChildren).toBe(3);
    expect(report.REPORT_DEFAULTS.ncYear).toBe(7);
  });

  it('input schemas', () => {
    expect(
      report.ForecastChartInputSchema.safeParse({
        history: [1, 2],
        forecast: { mean: [3], lower: { 80: [2] }, upper: { 80: [4] } },
      }).success,
    ).toBe(true);
    expect(
      report.SufficiencyChartInputSchema.safeParse({
        projection: { rows: [{ year: 2025, independentPlacements: 1172 }], counterfactual: [] },
      }).success,
    ).toBe(true);
    expect(
      report.TornadoBarSchema.safeParse({
        assumption: 'New EHCPs a year',
        low: 850,
        high: 980,
        inputLow: '1,600',
        inputHigh: '2,400',
      }).success,
    ).toBe(true);
    expect(report.TornadoChartInputSchema.safeParse({ base: 900, bars: [] }).success).toBe(false);
    expect(
      report.RankingChartInputSchema.safeParse({
        ranked: [{ rank: 1, score: 0.5, school: { urn: '1', name: 'A' }, contributions: { need: 0.5 } }],
      }).success,
    ).toBe(true);
    expect(report.MapChartInputSchema.safeParse({ home: { lat: 51.3, lon: 1.1 }, schools: [] }).success).toBe(true);
  });

  it('charts', async () => {
    const svg = await report.renderSvg({
      data: { values: [{ x: 1, y: 2 }] },
      mark: 'point',
      encoding: { x: { field: 'x', type: 'quantitative' } },
    });
    expect(svg.startsWith('<svg')).toBe(true);
    const fan = await report.forecastChart({
      history: { start: 2020, values: [10, 12, 13] },
      forecast: { mean: [14, 15], lower: { 80: [13, 13.5] }, upper: { 80: [15, 16.5] }, method: 'holt' },
    });
    expect(fan.includes('2022')).toBe(true);
    const plan = await report.sufficiencyChart({
      projection: {
        rows: [
          { year: 2025, independentPlacements: 1172 },
          { year: 2030, independentPlacements: 905 },
        ],
        counterfactual: [
          { year: 2025, independentPlacements: 1172 },
          { year: 2030, independentPlacements: 1390 },
        ],
      },
    });
    expect(plan.includes('1,172')).toBe(true);
    const tornado = await report.tornadoChart({
      base: 905,
      bars: [
        { assumption: 'Joiners per year', low: 850, high: 980 },
        { assumption: 'SRP places added', low: 940, high: 880 },
      ],
    });
    expect(tornado.includes('Joiners per year')).toBe(true);
    const ranking = await report.rankingChart({
      ranked: [
        {
          rank: 1,
          score: 0.8,
          school: { urn: '900001', name: 'Oakwood' },
          contributions: { need: 0.2, quality: 0.2, capacity: 0.05, cost: 0.1, travel: 0.25 },
        },
      ],
    });
    expect(ranking.includes('Oakwood')).toBe(true);
    const map = await report.mapChart({
      home: { lat: 51.28, lon: 1.08 },
      schools: [{ urn: '900001', name: 'Oakwood', location: { lat: 51.3, lon: 1.1 }, rank: 1 }],
    });
    expect(map.includes('Home')).toBe(true);
  });
});
