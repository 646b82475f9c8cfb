import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSchool, parseSchools } from '../../src/schema/school.js';
import { schoolArb } from '../support/arbitraries.js';
import { codesOf, issuesOf } from '../support/issues-of.js';

const valid = {
  urn: '900001',
  name: 'Example Valley School',
  kind: 'independent',
  lot: 'lot1',
  needs: ['ASD', 'SLCN'],
  ncYears: [7, 13],
  sex: 'mixed',
  residential: false,
  location: { lat: 51.27, lon: 0.52 },
  capacity: 60,
  vacancies: 4,
  annualFee: 52000,
};

/** Ways to break each field of a valid school so that exactly that field is wrong. */
const breakers: Record<string, unknown[]> = {
  urn: ['', -1, 1.5, null],
  name: ['', '   ', 7],
  kind: ['academy', null],
  lot: ['lot3', 1],
  ofsted: ['excellent'],
  needs: [['ASD', 'Autism'], 'ASD'],
  ncYears: [[9, 7], [7], [7, 21], [7.5, 9], 'KS3'],
  sex: ['female', 'co-ed'],
  residential: ['no'],
  location: [{ lat: -91, lon: 0 }, { lat: 0, lon: 200 }, null],
  capacity: [-1, 10.5, Number.NaN],
  vacancies: [-1, 2.5, 61, Number.POSITIVE_INFINITY],
  vacanciesByNcYear: [{ '7': -1 }, { '7': 1.5 }, { seven: 1 }, { '21': 1 }, { '7': 5 }],
  annualFee: [-1, Number.NaN, Number.POSITIVE_INFINITY, '52k'],
  kpis: [{ attendance: 1.2 }, { breakdownRate: -0.1 }, { acceptanceRate: 95 }, { medianResponseDays: -3 }],
  district: [''],
};

describe('parseSchool', () => {
  it('returns a valid school unchanged', () => {
    expect(parseSchool(valid)).toEqual(valid);
  });

  it('reads labels in any case and spacing, as other systems write them, and gives them as the library does', () => {
    const written = { kind: 'Non Maintained', lot: 'Lot 1', ofsted: 'Requires Improvement', sex: 'MIXED' };
    expect(parseSchool({ ...valid, ...written })).toEqual({
      ...valid,
      kind: 'non-maintained',
      lot: 'lot1',
      ofsted: 'requires-improvement',
      sex: 'mixed',
    });
    expect(issuesOf(() => parseSchool({ ...valid, lot: 'Lot 3' })).map((i) => i.message)).toEqual([
      'lot must be one of lot1, lot2, none',
    ]);
  });

  it('keeps a numeric URN as text', () => {
    expect(parseSchool({ ...valid, urn: 118000 }).urn).toBe('118000');
  });

  it('rejects vacancies over capacity, unordered NC years and out-of-range rates together', () => {
    const issues = issuesOf(() =>
      parseSchool({ ...valid, ncYears: [11, 7], vacancies: 80, kpis: { attendance: 1.5 } }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(['kpis.attendance', 'ncYears', 'vacancies']);
    expect(issues.find((i) => i.path === 'vacancies')?.message).toBe('vacancies must not exceed capacity');
  });

  it('reads an NC-year key written another way as its year, so ranking and allocation read the same entry', () => {
    const school = parseSchool({ ...valid, vacanciesByNcYear: { '07': 0, '+8': 2, ' 9': 1, '-0': 3 } });
    expect(school.vacanciesByNcYear).toEqual({ '7': 0, '8': 2, '9': 1, '0': 3 });
  });

  it('rejects two keys for one NC year instead of choosing one', () => {
    const twice = () => parseSchool({ ...valid, vacanciesByNcYear: { '7': 0, '07': 3 } });
    expect(issuesOf(twice)).toEqual([
      { path: 'vacanciesByNcYear.07', message: "NC year 7 is given twice ('7' and '07')" },
    ]);
    expect(codesOf(twice)).toEqual(['vacanciesByNcYear.07: duplicate']);
  });

  it('reads a rate written as a percentage back to the school in its own figure, not a fixed example', () => {
    const messages = (kpis: object) => issuesOf(() => parseSchool({ ...valid, kpis })).map((i) => i.message);
    expect(messages({ attendance: 60 })).toEqual(['rate must be between 0 and 1 (60% is 0.6)']);
    expect(messages({ acceptanceRate: 33.3 })).toEqual(['rate must be between 0 and 1 (33.3% is 0.333)']);
    expect(messages({ breakdownRate: 150 })).toEqual(['rate must be between 0 and 1']);
  });

  it('parses every valid generated school to itself', () => {
    fc.assert(
      fc.property(schoolArb, (school) => {
        expect(parseSchool(school)).toEqual(school);
      }),
    );
  });

  it('names the field when any one field is broken', () => {
    const cases = Object.entries(breakers).flatMap(([field, bad]) => bad.map((value) => [field, value] as const));
    for (const [field, value] of cases) {
      const issues = issuesOf(() => parseSchool({ ...valid, [field]: value }));
      expect(issues.length, `${field} = ${JSON.stringify(value)}`).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.path.split(/[.[]/)[0]).toBe(field);
    }
  });
});

describe('parseSchools', () => {
  it('reports a duplicate URN instead of merging it', () => {
    const issues = issuesOf(() => parseSchools([valid, { ...valid, name: 'Another' }]));
    expect(issues).toEqual([{ path: '[1].urn', message: 'duplicate URN 900001 (first at [0])' }]);
  });

  it('accepts an empty list', () => {
    expect(parseSchools([])).toEqual([]);
  });
});
