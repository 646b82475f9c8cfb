import { describe, expect, it } from 'vitest';
import { axisTicks, tickFormat } from '../../../src/report/charts/chart-axes.js';
import { linearScale } from '../../../src/report/charts/linear-scale.js';

describe('axis ticks', () => {
  it('hold their doc examples', () => {
    expect(tickFormat('gbp', 20_000_000, 100_000_000)(60_000_000)).toBe('£60m');
    expect(tickFormat('count', 200, 1200)(1000)).toBe('1,000');
  });

  it('label years bare and whole, money in £m once the axis reaches a million, small steps with their decimals', () => {
    expect(axisTicks(linearScale([2025, 2030], [0, 300]), 'year', 6).map((t) => t.label)).toEqual([
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
    expect(axisTicks(linearScale([0, 2.5e6], [0, 300]), 'gbp', 5).map((t) => t.label)).toEqual([
      '£0.0m',
      '£0.5m',
      '£1.0m',
      '£1.5m',
      '£2.0m',
      '£2.5m',
    ]);
    expect(axisTicks(linearScale([0, 0.6], [0, 300]), 'number', 3).map((t) => t.label)).toEqual([
      '0.0',
      '0.2',
      '0.4',
      '0.6',
    ]);
  });

  it('label academic years as the year each ends in, as the series file wrote them', () => {
    expect(axisTicks(linearScale([2018, 2021], [0, 300]), 'academic-year', 6).map((t) => t.label)).toEqual([
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
    ]);
  });
});
