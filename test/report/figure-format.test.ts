import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatFigure,
  formatGbp,
  formatGbpMillions,
  formatGbpWith,
  formatAcademicYear,
  formatNumber,
  formatPercent,
  roundFigure,
} from '../../src/report/figure-format.js';

describe('figure formats', () => {
  it('hold their doc examples', () => {
    expect(formatCount(1092.83)).toBe('1,093');
    expect(formatCount(2.46)).toBe('2.5');
    expect(formatGbp(86_700_000)).toBe('£86.7m');
    expect(formatGbp(51_302.4)).toBe('£51,302');
    expect(formatGbpWith(2)(11_990_000)).toBe('£11.99m');
    expect(formatGbpWith(2)(750_000)).toBe('£750,000');
    expect(formatGbpMillions(400_000)).toBe('£0.4m');
    expect(formatPercent(0.045)).toBe('4.5%');
    expect(roundFigure(1092.830354, 'count')).toBe(1092.8);
    expect(roundFigure(387801105.907344, 'gbp')).toBe(387801106);
    expect(roundFigure(0.23875000000000002, 'number')).toBe(0.23875);
    expect(formatFigure(1092.83, 'count')).toBe('1,093');
    expect(formatFigure(0.6714, 'score')).toBe('0.671');
    expect(formatFigure(0.875, 'rate')).toBe('87.5%');
    expect(formatNumber(1171.6)).toBe('1,172');
  });

  it('writes counts of 10 or more whole, and keeps one decimal only for a small expected count', () => {
    expect(formatCount(977.52)).toBe('978');
    expect(formatCount(10.4)).toBe('10');
    expect(formatCount(0.4)).toBe('0.4');
    expect(formatCount(3)).toBe('3');
    expect(formatCount(-0.01)).toBe('0');
  });

  it('writes a small share with two decimals, so 0.15% is not 0.2%', () => {
    expect(formatFigure(0.0015, 'rate')).toBe('0.15%');
    expect(formatFigure(0.02, 'rate')).toBe('2.0%');
  });

  it('never writes NaN, Infinity or -0, and rounding twice changes nothing', () => {
    const kinds = ['count', 'gbp', 'rate', 'score', 'km', 'minutes', 'days', 'year', 'number'] as const;
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(...kinds), (x, kind) => {
        const text = formatFigure(x, kind);
        expect(text).not.toMatch(/NaN|Infinity|^-0(\.0*)?%?$|-£0\.0m/);
        const once = roundFigure(x, kind);
        expect(roundFigure(once, kind)).toBe(once);
        expect(Object.is(once, -0)).toBe(false);
      }),
    );
    expect(Object.is(roundFigure(-0, 'year'), 0)).toBe(true);
  });

  it('writes a year as the academic or financial year ending in it', () => {
    expect(formatAcademicYear(2025)).toBe('2024/25');
    expect(formatAcademicYear(2000)).toBe('1999/00');
    expect(formatAcademicYear(2010)).toBe('2009/10');
  });
});
