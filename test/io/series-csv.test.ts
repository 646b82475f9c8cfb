import { describe, expect, it } from 'vitest';
import { readSeriesCsv, seriesFromRows, writeSeriesCsv } from '../../src/io/series-csv.js';
import type { ValidationError } from '../../src/schema/validation-error.js';

describe('readSeriesCsv', () => {
  it('builds the annual series from rows in any order', () => {
    expect(readSeriesCsv('year,value\n2019,39.8\n2017,27.9\n2018,34.2\n').series).toEqual({
      start: 2017,
      values: [27.9, 34.2, 39.8],
    });
  });

  it('reads academic and financial years as the year they end in, in every way they are written', () => {
    const text = 'year,value\n2019/20,10\n2020-21,11\n2021–22,12\n2022/2023,13\n202324,14\n2025,15\n';
    expect(readSeriesCsv(text).series).toEqual({ start: 2020, values: [10, 11, 12, 13, 14, 15] });
    // Two years that do not follow each other are not a year: refused, with what is accepted.
    const bad = readSeriesCsv('year,value\n2019/21,1\n2019-2021,2\nFY24,3\n');
    expect(bad.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'must be a year (2024) or an academic or financial year (2023/24, read as 2024)'],
      [3, 'must be a year (2024) or an academic or financial year (2023/24, read as 2024)'],
      [4, 'must be a year (2024) or an academic or financial year (2023/24, read as 2024)'],
    ]);
  });

  it('rejects a repeated year and warns about a gap instead of inventing a value', () => {
    const dup = readSeriesCsv('year,value\n2017,1\n2017,2\n');
    expect(dup.rejected[0]).toMatchObject({ line: 3, column: 'year' });
    expect(readSeriesCsv('year,value\n2017,1\n2019,2\n').warnings).toEqual([
      'not one series: year 2018 is missing: a series needs a value for every year from 2017 to 2019',
    ]);
    // The gap is pinned where the series breaks, the line of the year after it, not the file's last line.
    expect(readSeriesCsv('year,value\n2017,1\n2019,2\n2020,3\n').gapLine).toBe(3);
    expect(readSeriesCsv('year,value\n2020,3\n2017,1\n2019,2\n').gapLine).toBe(4);
    expect(readSeriesCsv('year,value\n2017,1\n2018,2\n').gapLine).toBeUndefined();
  });

  it('writes what it reads', () => {
    const series = { start: 2020, values: [5, 6.5, -1] };
    expect(readSeriesCsv(writeSeriesCsv(series)).series).toEqual(series);
  });

  it('writes a bare list as forecast reads it, and refuses a series it could not read back', () => {
    // A bare list (what forecast and backtest take) threw a TypeError from inside, and a series
    // without a start or with NaN was written as 'NaN' cells that readSeriesCsv rejects.
    expect(writeSeriesCsv([5, 6] as never)).toBe('year,value\r\n0,5\r\n1,6\r\n');
    const problems = (series: unknown) => {
      try {
        writeSeriesCsv(series as never);
      } catch (e) {
        return (e as ValidationError).issues.map((i) => `${i.path}: ${i.message}`);
      }
      return [];
    };
    expect(problems({ values: [1, 2] })).toEqual(['start: is required']);
    expect(problems({ start: 2020, values: [Number.NaN, 1, Number.POSITIVE_INFINITY] })).toEqual([
      'values[0]: must be a finite number',
      'values[2]: must be a finite number',
    ]);
    expect(problems({ start: 2020.5, values: 'x' })).toEqual([
      'start: start must be a whole year',
      'values: values must be a list of numbers',
    ]);
    // One value is a series a file can hold, though too short to forecast.
    expect(readSeriesCsv(writeSeriesCsv({ start: 2024, values: [7] })).series).toEqual({ start: 2024, values: [7] });
  });

  it('seriesFromRows refuses a gap', () => {
    expect(() =>
      seriesFromRows([
        { year: 2020, value: 1 },
        { year: 2022, value: 2 },
      ]),
    ).toThrow(/year 2021 is missing/);
  });
});
