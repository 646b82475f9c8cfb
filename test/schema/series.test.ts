import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SERIES_VALUES, parseSeries } from '../../src/schema/series.js';
import { issuesOf } from '../support/issues-of.js';

describe('parseSeries', () => {
  it('accepts { start, values } and a bare list of numbers', () => {
    expect(parseSeries({ start: 2017, values: [27.9, 34.2] })).toEqual({ start: 2017, values: [27.9, 34.2] });
    expect(parseSeries([1, 2, 3])).toEqual({ start: 0, values: [1, 2, 3] });
  });

  it('rejects an empty or one-point series', () => {
    expect(issuesOf(() => parseSeries([]))[0].path).toBe('values');
    expect(issuesOf(() => parseSeries({ start: 2020, values: [5] }))[0].message).toMatch(/at least 2 values/);
  });

  it('refuses a series longer than a thousand years, whose backtests would take minutes', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(parseSeries(values(MAX_SERIES_VALUES)).values).toHaveLength(MAX_SERIES_VALUES);
    expect(issuesOf(() => parseSeries(values(MAX_SERIES_VALUES + 1)))).toEqual([
      { path: 'values', message: 'a series may have at most 1000 values (one a year); is this an annual series?' },
    ]);
  });

  it('names every non-finite or overflowing value by index', () => {
    const issues = issuesOf(() => parseSeries([1, Number.NaN, 3, Number.POSITIVE_INFINITY, 1e300]));
    expect(issues.map((i) => i.path)).toEqual(['values[1]', 'values[3]', 'values[4]']);
  });

  it('requires the start year of a series written as an object, which would otherwise label it from year 0', () => {
    expect(issuesOf(() => parseSeries({ values: [1, 2, 3] }))).toEqual([{ path: 'start', message: 'is required' }]);
  });

  it('rejects a fractional start year and a non-list', () => {
    expect(issuesOf(() => parseSeries({ start: 2017.5, values: [1, 2] })).map((i) => i.path)).toEqual(['start']);
    expect(issuesOf(() => parseSeries('1,2,3'))[0].path).toBe('(root)');
  });

  it('parses every valid series to itself', () => {
    const seriesArb = fc.record({
      start: fc.integer({ min: 1900, max: 2100 }),
      values: fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 2, maxLength: 30 }),
    });
    fc.assert(
      fc.property(seriesArb, (series) => {
        expect(parseSeries(series)).toEqual(series);
      }),
    );
  });
});
