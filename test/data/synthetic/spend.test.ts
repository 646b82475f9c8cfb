import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../../data/synthetic/calibration.js';
import { placementsByNeed } from '../../../data/synthetic/placements-by-need.js';
import { spendSeries } from '../../../data/synthetic/spend.js';

describe('spendSeries', () => {
  const rows = spendSeries();

  it('covers the financial years 2014-15 to 2024-25, one row each', () => {
    expect(rows.map((r) => r.financialYear)).toEqual([
      '2014-15',
      '2015-16',
      '2016-17',
      '2017-18',
      '2018-19',
      '2019-20',
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
    ]);
  });

  it('keeps the real figures as published and says where they come from', () => {
    for (const r of rows.filter((x) => x.kind === 'real')) expect(r.source).toMatch(/^Kent County Council, /);
  });

  it('fills the gaps on a constant growth rate, rounded to £1,000', () => {
    const at = (y: number) => rows.find((r) => r.yearEnding === y)!.spendGbp;
    for (const y of [2015, 2016, 2017, 2022, 2023, 2024]) expect(at(y) % 1000).toBe(0);
    expect(at(2023) / at(2022)).toBeCloseTo(at(2024) / at(2023), 3);
    expect(at(2016) / at(2015)).toBeCloseTo(at(2017) / at(2016), 3);
  });
});

describe('placementsByNeed', () => {
  it('splits each year by the need mix, ASD and SEMH largest, with no NSA placements', () => {
    const rows = placementsByNeed(spendSeries()).filter((r) => r.year === 2025);
    const count = (need: string) => rows.find((r) => r.need === need)!.count;
    expect(count('ASD')).toBeGreaterThan(count('SEMH'));
    expect(count('SEMH')).toBeGreaterThan(count('SLCN'));
    expect(count('NSA')).toBe(0);
  });

  it('uses need mixes that each sum to 1', () => {
    const sum = (mix: Record<string, number>) => Object.values(mix).reduce((s, x) => s + x, 0);
    expect(sum(CALIBRATION.needMix2015)).toBeCloseTo(1, 9);
    expect(sum(CALIBRATION.needMix2025)).toBeCloseTo(1, 9);
  });
});
