import { describe, expect, it } from 'vitest';
import { readSeriesCsv, seriesFromRows, writeSeriesCsv } from '../../src/io/series-csv.js';

describe('readSeriesCsv', () => {
  it('builds the annual series from rows in any order', () => {
    expect(readSeriesCsv('year,value\n2019,39.8\n2017,27.9\n2018,34.2\n').series).toEqual({
      start: 2017,
      values: [27.9, 34.2, 39.8],
    });
  });

  it('rejects a repeated year and warns about a gap instead of inventing a value', () => {
    const dup = readSeriesCsv('year,value\n2017,1\n2017,2\n');
    expect(dup.rejected[0]).toMatchObject({ line: 3, column: 'year' });
    expect(readSeriesCsv('year,value\n2017,1\n2019,2\n').warnings).toEqual(['no series: year 2018 is missing']);
  });

  it('writes what it reads', () => {
    const series = { start: 2020, values: [5, 6.5, -1] };
    expect(readSeriesCsv(writeSeriesCsv(series)).series).toEqual(series);
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
