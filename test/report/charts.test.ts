import { describe, expect, it } from 'vitest';
import { CHART_DEFAULTS } from '../../src/report/charts/chart-defaults.js';
import { textWidth } from '../../src/report/charts/text-width.js';
import { forecastChart } from '../../src/report/forecast-chart.js';
import { mapChart } from '../../src/report/map-chart.js';
import { plansChart } from '../../src/report/plans-chart.js';
import { rankingChart } from '../../src/report/ranking-chart.js';
import { sufficiencyChart } from '../../src/report/sufficiency-chart.js';
import { tornadoChart } from '../../src/report/tornado-chart.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { xmlProblems } from './support/xml-problems.js';

/** Every <text> of an SVG with its position, anchor, size and lines (tspans joined by a space). */
function textsOf(svg: string) {
  return [...svg.matchAll(/<text([^>]*)>([\s\S]*?)<\/text>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1])?.[1];
    const lines = m[2].includes('<tspan')
      ? [...m[2].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1])
      : [m[2]];
    return {
      x: Number(attr('x')),
      y: Number(attr('y')),
      anchor: attr('text-anchor') ?? 'start',
      size: Number(attr('font-size') ?? CHART_DEFAULTS.fontSize),
      bold: attr('font-weight') === 'bold',
      lines: lines.map((l) => l.replace(/&#39;/g, "'").replace(/&amp;/g, '&')),
      text: lines.join(' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
    };
  });
}
const texts = (svg: string) => textsOf(svg).map((t) => t.text);
const widthOf = (svg: string) => Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);

/** Texts whose estimated extent leaves the chart: the narrow layout must fit a phone without being cut. */
function outside(svg: string): string[] {
  const width = widthOf(svg);
  return textsOf(svg).flatMap((t) =>
    t.lines.flatMap((line) => {
      const w = textWidth(line, t.size, t.bold);
      const left = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
      return left < -0.5 || left + w > width + 0.5 ? [`${line} (${Math.round(left)} to ${Math.round(left + w)})`] : [];
    }),
  );
}

const SPEND = {
  history: { start: 2017, values: [27_911_115, 34_167_515, 39_772_645, 49_244_606] },
  forecast: {
    mean: [55e6, 60e6],
    lower: { 80: [52e6, 54e6], 95: [50e6, 51e6] },
    upper: { 80: [58e6, 66e6], 95: [60e6, 69e6] },
    method: 'theta',
  },
};

const KENT_LIKE = {
  rows: [2025, 2026, 2027].map((year, i) => ({ year, independentPlacements: [1172, 1040, 909.4][i] })),
  counterfactual: [2025, 2026, 2027].map((year, i) => ({ year, independentPlacements: [1172, 1300, 1420][i] })),
};

describe('charts', () => {
  it('titles a forecast fan with the series name and writes money on its axis', async () => {
    const svg = await forecastChart({ ...SPEND, title: 'Kent NMISS spend', unit: 'GBP' });
    expect(xmlProblems(svg)).toEqual([]);
    const labels = texts(svg);
    expect(labels).toEqual(
      expect.arrayContaining(['Kent NMISS spend', '£ a year', '2017', '2019', '80% interval', '95% interval']),
    );
    expect(labels).toEqual(expect.arrayContaining(['history', 'forecast']));
    expect(labels.some((l) => /^£\d+m$/.test(l))).toBe(true); // axis ticks in £m
    expect(labels).toContain('£60.0m'); // the forecast's last mean, at the line's end
    expect(labels).not.toContain('Value');
  });

  it('names the values of a forecast of counts on its axis', async () => {
    const svg = await forecastChart({
      history: { start: 2021, values: [820, 930, 1050, 1172] },
      forecast: { mean: [1290], lower: { 80: [1270] }, upper: { 80: [1310] } },
      title: 'Kent: Independent school',
      unit: 'children with an EHCP',
    });
    expect(texts(svg)).toEqual(expect.arrayContaining(['Kent: Independent school', 'children with an EHCP', '1,290']));
  });

  it('rejects a forecast whose bands are not as long as the mean, naming the band', async () => {
    const bad = { history: [1, 2, 3], forecast: { mean: [4, 5], lower: { 80: [3] }, upper: { 80: [5, 6] } } };
    await expect(forecastChart(bad)).rejects.toThrow(ValidationError);
    await expect(forecastChart(bad)).rejects.toThrow(/forecast\.lower\.80/);
  });

  it('writes the shared start value once and each end value beside its line', async () => {
    const svg = await sufficiencyChart({ projection: KENT_LIKE });
    expect(xmlProblems(svg)).toEqual([]);
    const labels = texts(svg);
    expect(labels.filter((l) => l === '1,172')).toHaveLength(1);
    expect(labels).toEqual(
      expect.arrayContaining(['909', '1,420', 'With the plan', 'No new capacity', 'Independent placements by year']),
    );
  });

  it('moves end values apart when the lines end close together, so neither is drawn over', async () => {
    const svg = await sufficiencyChart({
      projection: {
        rows: [
          { year: 2025, independentPlacements: 1172 },
          { year: 2030, independentPlacements: 905 },
        ],
        counterfactual: [
          { year: 2025, independentPlacements: 1172 },
          { year: 2030, independentPlacements: 909 },
        ],
      },
    });
    const ends = textsOf(svg).filter((t) => t.text === '905' || t.text === '909');
    expect(ends).toHaveLength(2);
    expect(Math.abs(ends[0].y - ends[1].y)).toBeGreaterThanOrEqual(CHART_DEFAULTS.fontSize);
  });

  it('draws a tornado widest swing first, with what each assumption was set to under its name', async () => {
    const svg = await tornadoChart({
      base: 909,
      bars: [
        { assumption: 'Small', low: 905, high: 912 },
        { assumption: 'New EHCPs a year', low: 867, high: 1118, inputLow: '1,600', inputHigh: '2,400' },
      ],
    });
    expect(xmlProblems(svg)).toEqual([]);
    const labels = texts(svg);
    expect(labels.indexOf('New EHCPs a year')).toBeGreaterThanOrEqual(0);
    expect(labels.indexOf('New EHCPs a year')).toBeLessThan(labels.indexOf('Small'));
    expect(labels).toEqual(expect.arrayContaining(['low 1,600 · high 2,400', '867', '1,118', 'base 909']));
  });

  it('shows long assumption and school names whole, wrapped between words, never cut', async () => {
    const long = 'Leaving the EHCP caseload each year: from independent, NC years -2 to 11';
    const name = "The Royal School for Deaf Children and Young People's College, Margate";
    const c = { need: 0.2, quality: 0.25, capacity: 0.05, cost: 0.1, travel: 0.2 };
    for (const layout of ['wide', 'narrow'] as const) {
      const tornado = await tornadoChart({
        base: 900,
        bars: [
          { assumption: long, low: 890, high: 920 },
          { assumption: 'Joiners per year', low: 850, high: 980 },
        ],
        layout,
      });
      const ranking = await rankingChart({
        ranked: [{ rank: 1, score: 0.8, school: { urn: '1', name }, contributions: c }],
        layout,
      });
      for (const [svg, whole] of [
        [tornado, long],
        [ranking, `1. ${name}`],
      ]) {
        expect(xmlProblems(svg)).toEqual([]);
        expect(svg).not.toContain('…');
        expect(texts(svg)).toContain(whole);
        expect(outside(svg)).toEqual([]);
      }
    }
  });

  it('draws bars over a subnormal range flat instead of failing (independentRegardless 5e-324)', async () => {
    for (const [base, low, high] of [
      [3e-323, 3e-323, 6e-323],
      [1e-310, 1e-310, 2e-310],
      [900, 900, 900],
    ]) {
      const svg = await tornadoChart({ base, bars: [{ assumption: 'independentRegardless', low, high }] });
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });

  it('splits each ranking bar by criterion and labels it with the score', async () => {
    const c = { need: 0.2, quality: 0.25, capacity: 0.05, cost: 0.1, travel: 0.2 };
    const svg = await rankingChart({
      ranked: [
        { rank: 2, score: 0.6, school: { urn: '2', name: 'Second School' }, contributions: { ...c, travel: 0 } },
        { rank: 1, score: 0.8, school: { urn: '1', name: 'First School' }, contributions: c },
      ],
    });
    expect(xmlProblems(svg)).toEqual([]);
    const labels = texts(svg);
    expect(labels).toEqual(
      expect.arrayContaining(['1. First School', '2. Second School', '0.800', '0.600', 'need', 'quality', 'travel']),
    );
    expect(labels.indexOf('1. First School')).toBeLessThan(labels.indexOf('2. Second School'));
    const bars = [...svg.matchAll(/<g class="bar-row">([\s\S]*?)<\/g>/g)].map((m) => m[1].match(/<rect/g)?.length);
    expect(bars).toEqual([5, 5]); // one segment per school and criterion
  });

  it('maps the home and the schools, ranked ones labelled by rank, with a scale in km', async () => {
    const svg = await mapChart({
      home: { lat: 51.28, lon: 1.08 },
      schools: [
        { urn: '1', name: 'Near', location: { lat: 51.3, lon: 1.1 }, rank: 1 },
        { urn: '2', name: 'Far', location: { lat: 51.1, lon: 0.6 } },
      ],
    });
    expect(xmlProblems(svg)).toEqual([]);
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(['Home', '1', 'Other school']));
    expect(labels.some((l) => /^\d+ km$/.test(l))).toBe(true);
  });

  it('draws every chart 360 px wide in the narrow layout, with every text inside it', async () => {
    const c = { need: 0.2, quality: 0.25, capacity: 0.05, cost: 0.1, travel: 0.2 };
    const charts = [
      await forecastChart({ ...SPEND, title: 'Kent NMISS spend, 2017-18 to 2020-21', unit: 'GBP', layout: 'narrow' }),
      await sufficiencyChart({ projection: KENT_LIKE, layout: 'narrow' }),
      await tornadoChart({ base: 909, bars: [{ assumption: 'A', low: 867, high: 1118 }], layout: 'narrow' }),
      await rankingChart({
        ranked: [{ rank: 1, score: 0.8, school: { urn: '1', name: 'A' }, contributions: c }],
        layout: 'narrow',
      }),
      await mapChart({ home: { lat: 51.28, lon: 1.08 }, schools: [], layout: 'narrow' }),
    ];
    for (const svg of charts) {
      expect(widthOf(svg)).toBe(CHART_DEFAULTS.narrowWidth);
      expect(outside(svg)).toEqual([]);
      expect(Math.min(...textsOf(svg).map((t) => t.size))).toBeGreaterThanOrEqual(12);
    }
  });

  it('titles every year axis under its ticks: "Year", or "Academic or financial year" for 2024/25 years', async () => {
    const plans = {
      plans: [{ name: 'plan' }],
      rows: KENT_LIKE.rows.map((r) => ({ name: 'plan', ...r })),
    } as unknown as Parameters<typeof plansChart>[0];
    for (const layout of ['wide', 'narrow'] as const) {
      const calendar = [
        await forecastChart({ ...SPEND, unit: 'GBP', layout }),
        await sufficiencyChart({ projection: KENT_LIKE, layout }),
        plansChart(plans, { layout }),
      ];
      for (const svg of calendar) {
        expect(svg).toMatch(/<text [^>]*text-anchor="middle"[^>]*>Year<\/text>/);
        expect(outside(svg)).toEqual([]);
      }
      const academic = await forecastChart({ ...SPEND, academicYears: true, layout });
      expect(academic).toMatch(/<text [^>]*text-anchor="middle"[^>]*>Academic or financial year<\/text>/);
      expect(academic).toContain('>2019/20</text>');
    }
  });

  it('gives the same SVG for the same input', async () => {
    const input = { base: 1, bars: [{ assumption: 'A', low: 0, high: 2 }] };
    expect(await tornadoChart(input)).toBe(await tornadoChart(input));
  });

  it('catches a broken document', () => {
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(xmlProblems('<svg>&nbsp;</svg>')).not.toEqual([]);
  });
});
