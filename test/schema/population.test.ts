import { describe, expect, it } from 'vitest';
import { missingPopulation, parsePopulation, populationLookup } from '../../src/schema/population.js';
import { codesOf, issuesOf } from '../support/issues-of.js';

describe('parsePopulation', () => {
  it('accepts records with a source, and lists every bad record and repeated (year, NC year)', () => {
    expect(
      parsePopulation({ source: 'synthetic', records: [{ calendarYear: 2026, ncYear: 0, count: 100 }] }).records,
    ).toHaveLength(1);
    const bad = () =>
      parsePopulation({
        source: ' ',
        records: [
          { calendarYear: 2026, ncYear: 0, count: 1 },
          { calendarYear: 2026, ncYear: 21, count: -1 },
          { calendarYear: 2026, ncYear: 0, count: 2 },
        ],
      });
    expect(issuesOf(bad)).toEqual([
      { path: 'source', message: 'must not be empty' },
      { path: 'records[1].ncYear', message: 'NC year must be at most 20' },
      { path: 'records[1].count', message: 'must be 0 or more' },
      { path: 'records[2]', message: '2026, NC year 0 appears twice (first at records[0])' },
    ]);
    expect(
      codesOf(() =>
        parsePopulation({
          source: 'x',
          records: [
            { calendarYear: 2026, ncYear: 0, count: 1 },
            { calendarYear: 2026, ncYear: 0, count: 2 },
          ],
        }),
      ),
    ).toEqual(['records[1]: duplicate']);
  });
});

describe('missingPopulation', () => {
  it('names the missing NC years of each calendar year, as runs', () => {
    const records = [0, 1, 2, 5].map((ncYear) => ({ calendarYear: 2026, ncYear, count: 1 }));
    expect(missingPopulation(records, [2026, 2027], [0, 1, 2, 3, 4, 5], 'population.records')).toEqual([
      { path: 'population.records', code: 'missing_population', message: 'no population for 2026, NC years 3 to 4' },
      { path: 'population.records', code: 'missing_population', message: 'no population for 2027, NC years 0 to 5' },
    ]);
    expect(missingPopulation(records, [2026], [0, 5], 'p')).toEqual([]);
  });

  it('holds its doc example: one NC year in the singular, consecutive years missing the same NC years as one', () => {
    const message = (i: { message: string }) => i.message;
    expect(
      missingPopulation([{ calendarYear: 2026, ncYear: 0, count: 9 }], [2026, 2027, 2028], [0, 1], 'p').map(message),
    ).toEqual(['no population for 2026, NC year 1', 'no population for 2027 to 2028, NC years 0 to 1']);
    // Years not consecutive stay apart, as do consecutive years missing different NC years.
    expect(missingPopulation([], [2026, 2028], [0], 'p').map(message)).toEqual([
      'no population for 2026, NC year 0',
      'no population for 2028, NC year 0',
    ]);
  });
});

describe('populationLookup', () => {
  it('finds a count by (calendar year, NC year)', () => {
    const of = populationLookup([{ calendarYear: 2026, ncYear: 0, count: 9 }]);
    expect([of(2026, 0), of(2026, 1)]).toEqual([9, undefined]);
  });
});
