import { describe, expect, it } from 'vitest';
import { POPULATION_DEFAULTS, importPopulation } from '../../src/io/import-population.js';

const HEAD = 'calendar-year,academic-year,population\n';

describe('importPopulation', () => {
  it('reads calendar-year,academic-year,population into records, NC years -5 (birth) to 20 (age 25)', () => {
    const p = importPopulation(`${HEAD}2026,-5,17100\n2026,0,17850.5\n2026,20,16200\n`);
    expect(p.records).toEqual([
      { calendarYear: 2026, ncYear: -5, count: 17100 },
      { calendarYear: 2026, ncYear: 0, count: 17850.5 },
      { calendarYear: 2026, ncYear: 20, count: 16200 },
    ]);
    expect(p.lines).toEqual([2, 3, 4]);
    expect(p.summary).toEqual({ read: 3, imported: 3, rejected: 0 });
  });

  it('rejects each bad row with its line, column and reason, imports the rest and loses no row', () => {
    const p = importPopulation(
      `${HEAD}2026,0,100\n2026,21,100\n2026,0,5\n2026,x,\n2027,-6,1.5\n2027,1,-3\n1800,1,3\n2027,2,3\n`,
    );
    expect(p.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, 'academic-year', 'must be an academic (NC) year from -5 to 20: birth to 25'],
      [4, 'academic-year', '2026, academic year 0 appears twice (first on line 2)'],
      [5, 'academic-year', 'must be an academic year: 8, Y8, Year 8, R (Reception), N2 or -1 (nursery)'],
      [6, 'academic-year', 'must be an academic (NC) year from -5 to 20: birth to 25'],
      [7, 'population', 'must be 0 or more'],
      [8, 'calendar-year', 'must be a year from 1900 to 2200'],
    ]);
    expect(p.rejected[2].problems.map((x) => x.column)).toEqual(['academic-year', 'population']);
    expect(p.records.map((r) => r.ncYear)).toEqual([0, 2]);
    expect(p.summary).toEqual({ read: 8, imported: 2, rejected: 6 });
  });

  it('says what to write for a calendar year written as an academic year (2025/26), as import transitions does', () => {
    const p = importPopulation(`${HEAD}2025/26,0,100\n2026,1,100\n`);
    expect(p.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [2, 'calendar-year', 'must be a calendar year, a whole number such as 2024'],
    ]);
    expect(p.records).toEqual([{ calendarYear: 2026, ncYear: 1, count: 100 }]);
  });

  it('reads academic years as school systems write them: Y6, Year 6, R', () => {
    const p = importPopulation(`${HEAD}2026,R,100\n2026,Y1,101\n2026,Year 2,102\n`);
    expect(p.records.map((r) => [r.ncYear, r.count])).toEqual([
      [0, 100],
      [1, 101],
      [2, 102],
    ]);
  });

  it('takes other column names, and says when the file has none of the expected ones', () => {
    const renamed = importPopulation('year,age,people\n2026,3,9\n', {
      columns: { year: 'year', ncYear: 'age', population: 'people' },
    });
    expect(renamed.records).toEqual([{ calendarYear: 2026, ncYear: 3, count: 9 }]);
    const wrong = importPopulation('year,age,people\n2026,3,9\n');
    expect(wrong.summary).toEqual({ read: 1, imported: 0, rejected: 1 });
    expect(wrong.warnings).toEqual([
      'the file has no column calendar-year, academic-year, population; name it in options.columns ' +
        '(every row is rejected)',
    ]);
    expect(POPULATION_DEFAULTS.columns.ncYear).toBe('academic-year');
  });

  it('rejects options that are not options', () => {
    expect(() => importPopulation(HEAD, { columns: 'x' } as never)).toThrow(/columns must be an object/);
  });
});
