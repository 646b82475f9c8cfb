import { describe, expect, it } from 'vitest';
import { forecastChart } from '../../src/report/forecast-chart.js';
import { mapChart } from '../../src/report/map-chart.js';
import { rankingChart } from '../../src/report/ranking-chart.js';
import { sufficiencyChart } from '../../src/report/sufficiency-chart.js';
import { tornadoChart } from '../../src/report/tornado-chart.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { xmlProblems } from './support/xml-problems.js';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('charts', () => {
  it('draws a forecast fan chart with the history, the mean and both bands', async () => {
    const svg = await forecastChart({
      history: { start: 2017, values: [27.9, 34.2, 39.8, 49.2] },
      forecast: {
        mean: [55, 60],
        lower: { 80: [52, 54], 95: [50, 51] },
        upper: { 80: [58, 66], 95: [60, 69] },
        method: 'theta',
      },
      valueLabel: 'Spend (£m)',
    });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg.startsWith('<svg')).toBe(true);
    const labels = texts(svg);
    expect(labels).toEqual(
      expect.arrayContaining(['Forecast (theta)', 'Spend (£m)', '2017', '2022', '80% interval', '95% interval']),
    );
    // history line + forecast line + two band areas
    expect(svg).toContain('role-legend');
    expect(labels).toEqual(expect.arrayContaining(['history', 'forecast']));
  });

  it('rejects a forecast whose bands are not as long as the mean, naming the band', async () => {
    await expect(
      forecastChart({ history: [1, 2, 3], forecast: { mean: [4, 5], lower: { 80: [3] }, upper: { 80: [5, 6] } } }),
    ).rejects.toThrow(ValidationError);
    await expect(
      forecastChart({ history: [1, 2, 3], forecast: { mean: [4, 5], lower: { 80: [3] }, upper: { 80: [5, 6] } } }),
    ).rejects.toThrow(/forecast\.lower\.80/);
  });

  it('draws the plan against no new capacity with the headline numbers as labels', async () => {
    const svg = await sufficiencyChart({
      projection: {
        rows: [2025, 2026, 2027].map((year, i) => ({ year, independentPlacements: [1172, 1040, 909.4][i] })),
        counterfactual: [2025, 2026, 2027].map((year, i) => ({ year, independentPlacements: [1172, 1300, 1420][i] })),
      },
    });
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg)).toEqual(
      expect.arrayContaining([
        '1,172',
        '909',
        '1,420',
        'With the plan',
        'No new capacity',
        'Independent placements by year',
      ]),
    );
  });

  it('draws a tornado with the widest swing first', async () => {
    const svg = await tornadoChart({
      base: 100,
      bars: [
        { assumption: 'Small', low: 99, high: 101 },
        { assumption: 'Large', low: 80, high: 130 },
      ],
    });
    expect(xmlProblems(svg)).toEqual([]);
    const labels = texts(svg);
    expect(labels.indexOf('Large')).toBeGreaterThanOrEqual(0);
    expect(labels.indexOf('Large')).toBeLessThan(labels.indexOf('Small'));
  });

  it('shows long assumption and school names whole, on wrapped lines centred on their bar', async () => {
    const long = 'transitions[2] (mainstream, NC 8-11).to.independent';
    const tornado = await tornadoChart({
      base: 900,
      bars: [
        { assumption: long, low: 890, high: 920 },
        { assumption: 'Joiners per year', low: 850, high: 980 },
      ],
    });
    expect(xmlProblems(tornado)).toEqual([]);
    expect(tornado).not.toContain('…');
    expect(tornado).toContain(
      '<tspan>transitions[2] (mainstream, NC</tspan><tspan x="0" dy="13">8-11).to.independent</tspan>',
    );
    const name = "The Royal School for Deaf Children and Young People's College, Margate";
    const c = { need: 0.2, quality: 0.25, capacity: 0.05, cost: 0.1, travel: 0.2 };
    const ranking = await rankingChart({
      ranked: [{ rank: 1, score: 0.8, school: { urn: '1', name }, contributions: c }],
    });
    expect(xmlProblems(ranking)).toEqual([]);
    expect(ranking).not.toContain('…');
    const lines = [...ranking.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.join(' ').replace(/&#39;|&apos;/g, "'")).toBe(`1. ${name}`);
  });

  it('draws bars over a subnormal range flat instead of failing (independentRegardless 5e-324)', async () => {
    // Found by the CLI fuzz: vega's tick step underflowed on a domain a few 1e-323 wide, and `report` exited 1.
    for (const [base, low, high] of [
      [3e-323, 3e-323, 6e-323],
      [1e-310, 1e-310, 2e-310],
      [900, 900, 900],
    ]) {
      const svg = await tornadoChart({ base, bars: [{ assumption: 'independentRegardless', low, high }] });
      expect(svg).toContain('<svg');
      expect(xmlProblems(svg)).toEqual([]);
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
      expect.arrayContaining([
        '1. First School',
        '2. Second School',
        '0.800',
        '0.600',
        'need',
        'quality',
        'capacity',
        'cost',
        'travel',
      ]),
    );
    expect(labels.indexOf('1. First School')).toBeLessThan(labels.indexOf('2. Second School'));
    // one segment per school and criterion: 2 x 5
    const bars = svg.slice(svg.indexOf('class="mark-rect role-mark'));
    expect(bars.slice(0, bars.indexOf('</g>')).match(/<path/g)?.length).toBe(10);
  });

  it('maps the home and the schools, ranked ones labelled by rank', async () => {
    const svg = await mapChart({
      home: { lat: 51.28, lon: 1.08 },
      schools: [
        { urn: '1', name: 'Near', location: { lat: 51.3, lon: 1.1 }, rank: 1 },
        { urn: '2', name: 'Far', location: { lat: 51.1, lon: 0.6 } },
      ],
    });
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['Home', '1', 'Ranked school', 'Other school', 'Latitude', 'Longitude']),
    );
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
