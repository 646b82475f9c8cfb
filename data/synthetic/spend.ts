import { REAL_SPEND } from './figures.js';

/** One financial year of NMISS spend; `yearEnding` 2025 is 2024-25, whose January census is in 2025. */
export type SpendRow = {
  financialYear: string;
  yearEnding: number;
  spendGbp: number;
  kind: 'real' | 'synthetic';
  source: string;
};

/**
 * First and last financial year (by the year it ends in) of the series: the census years 2015-2025.
 *
 * @example
 * SPEND_LAST_YEAR - SPEND_FIRST_YEAR + 1; // 11 years
 */
export const SPEND_FIRST_YEAR = 2015;
export const SPEND_LAST_YEAR = 2025;

/**
 * Kent's NMISS spend by financial year: the real figures where the council published them, and
 * between or before them a synthetic value on a constant growth rate, rounded to £1,000:
 * 2021-22 to 2023-24 interpolate geometrically between 2020-21 and 2024-25; 2014-15 to 2016-17
 * extend the 2017-18 to 2020-21 growth rate backwards.
 *
 * @example
 * spendSeries().find((r) => r.yearEnding === 2025); // { financialYear: '2024-25', yearEnding: 2025, spendGbp:
 *   86700000, kind: 'real', ... }
 * spendSeries().find((r) => r.yearEnding === 2022)?.kind; // 'synthetic'
 */
export function spendSeries(): SpendRow[] {
  const real = (y: number) => REAL_SPEND[y].spendGbp;
  const backRate = (real(2021) / real(2018)) ** (1 / 3);
  const midRate = (real(2025) / real(2021)) ** (1 / 4);
  const rows: SpendRow[] = [];
  for (let y = SPEND_FIRST_YEAR; y <= SPEND_LAST_YEAR; y++) {
    const financialYear = `${y - 1}-${String(y % 100).padStart(2, '0')}`;
    const known = REAL_SPEND[y];
    if (known) {
      rows.push({ financialYear, yearEnding: y, spendGbp: known.spendGbp, kind: 'real', source: known.source });
    } else if (y < 2018) {
      rows.push({
        financialYear,
        yearEnding: y,
        spendGbp: Math.round(real(2018) / backRate ** (2018 - y) / 1000) * 1000,
        kind: 'synthetic',
        source:
          `back-cast from 2017-18 at the 2017-18 to 2020-21 growth rate (${pct(backRate)} a year), ` +
          `rounded to £1,000`,
      });
    } else {
      rows.push({
        financialYear,
        yearEnding: y,
        spendGbp: Math.round((real(2021) * midRate ** (y - 2021)) / 1000) * 1000,
        kind: 'synthetic',
        source: `geometric interpolation between 2020-21 and 2024-25 (${pct(midRate)} a year), rounded to £1,000`,
      });
    }
  }
  return rows;
}

function pct(rate: number): string {
  return `${((rate - 1) * 100).toFixed(1)}%`;
}
