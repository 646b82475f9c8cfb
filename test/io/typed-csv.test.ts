import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChildrenCsv, writeChildrenCsv } from '../../src/io/children-csv.js';
import { readRecords } from '../../src/io/read-records.js';
import { toValidationError } from '../../src/io/read-result.js';
import { readSchoolsCsv, writeSchoolsCsv } from '../../src/io/schools-csv.js';
import { readSeriesCsv, writeSeriesCsv } from '../../src/io/series-csv.js';
import type { Child } from '../../src/schema/child.js';
import { childArb, schoolArb } from '../support/arbitraries.js';

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const SCHOOL_HEADER = 'urn,name,kind,lot,needs,ncYears,sex,residential,location.lat,location.lon,capacity,vacancies,annualFee';

/** -0 is written as 0, as JSON writes it. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** An empty optional list is written as an empty cell and so reads back as absent (documented). */
const withoutEmptyLists = (child: Child): Child => {
  const { secondaryNeeds, ...rest } = child;
  return secondaryNeeds && secondaryNeeds.length > 0 ? { ...rest, secondaryNeeds } : rest;
};

describe('readSchoolsCsv', () => {
  it('reads dotted columns, ;-lists, the NC year range and per-year vacancies', () => {
    const csv = `${SCHOOL_HEADER},kpis.attendance,vacanciesByNcYear.7\n900001,Oak School,independent,lot1,ASD;SEMH,7;13,mixed,yes,51.27,0.52,60,4,"£52,000",0.93,2\n`;
    const [school] = readSchoolsCsv(csv).records;
    expect(school).toEqual({
      urn: '900001',
      name: 'Oak School',
      kind: 'independent',
      lot: 'lot1',
      needs: ['ASD', 'SEMH'],
      ncYears: [7, 13],
      sex: 'mixed',
      residential: true,
      location: { lat: 51.27, lon: 0.52 },
      capacity: 60,
      vacancies: 4,
      annualFee: 52000,
      kpis: { attendance: 0.93 },
      vacanciesByNcYear: { '7': 2 },
    });
  });

  it('reports a repeated URN as a rejected row naming the first line, never merging the two', () => {
    const row = '900001,Oak School,independent,lot1,ASD,7;13,mixed,false,51.27,0.52,60,4,52000';
    const result = readSchoolsCsv(`${SCHOOL_HEADER}\n${row}\n${row}\n`);
    expect(result.records).toHaveLength(1);
    expect(result.rejected).toEqual([expect.objectContaining({ line: 3, column: 'urn', reason: 'duplicate URN 900001 (first on line 2)' })]);
    expect(result.summary).toEqual({ read: 2, imported: 1, rejected: 1 });
  });

  it('rejects a bad row with every problem by column and imports the others', () => {
    const good = '900001,Oak School,independent,lot1,ASD,7;13,mixed,false,51.27,0.52,60,4,52000';
    const bad = '900002,Elm School,castle,lot9,ASD,7;13,mixed,maybe,51.27,0.52,60,4,lots';
    const result = readSchoolsCsv(`${SCHOOL_HEADER}\n${good}\n${bad}\n`);
    expect(result.records.map((s) => s.urn)).toEqual(['900001']);
    expect(result.rejected[0].line).toBe(3);
    expect(result.rejected[0].problems.map((p) => p.column).sort()).toEqual(['annualFee', 'kind', 'lot', 'residential']);
  });

  it('returns equal schools when what it wrote is read back', () => {
    fc.assert(
      fc.property(fc.uniqueArray(schoolArb, { selector: (s) => s.urn, maxLength: 5 }), (schools) => {
        const back = readSchoolsCsv(writeSchoolsCsv(schools));
        expect(back.rejected).toEqual([]);
        expect(back.records).toEqual(plain(schools));
      }),
      { numRuns: runs },
    );
  });
});

describe('readChildrenCsv', () => {
  it('never echoes a child field other than the id in a rejection', () => {
    const marker = 'SECRET-MARKER';
    const csv = `id,primaryNeed,ncYear,home.lat,home.lon,sex\nC1,${marker},${marker},${marker},1,${marker}\nC1,ASD,7,51,1,male\nC1,ASD,7,51,1,male\n`;
    const result = readChildrenCsv(csv);
    const error = toValidationError(result, 'children.csv');
    expect(JSON.stringify(result.rejected)).not.toContain(marker);
    expect(error?.message).not.toContain(marker);
    expect(result.summary).toEqual({ read: 3, imported: 1, rejected: 2 });
  });

  it('returns equal children when what it wrote is read back', () => {
    fc.assert(
      fc.property(fc.uniqueArray(childArb, { selector: (c) => c.id, maxLength: 6 }), (children) => {
        const back = readChildrenCsv(writeChildrenCsv(children));
        expect(back.rejected).toEqual([]);
        expect(back.records).toEqual(plain(children.map(withoutEmptyLists)));
      }),
      { numRuns: runs },
    );
  });

  it('counts every row as imported or rejected (read = imported + rejected)', () => {
    const cell = fc.constantFrom('', 'C1', 'C2', 'ASD', 'XYZ', '7', '-3', '51.2', 'abc', 'true', 'male', '1e400', '"q,"');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 4, maxLength: 6 }), { maxLength: 10 }), (rows) => {
        const csv = `id,primaryNeed,ncYear,home.lat,home.lon\n${rows.map((r) => r.join(',')).join('\n')}`;
        const { summary, records, rejected } = readChildrenCsv(csv);
        expect(summary.read).toBe(summary.imported + summary.rejected);
        expect(records.length + rejected.length).toBe(summary.read);
      }),
      { numRuns: runs },
    );
  });
});

describe('toValidationError', () => {
  it('lists every problem of every rejected row with its line and column', () => {
    const result = readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC1,XYZ,x,51.3,1.1\nC2,ASD,7,51.3,1.1\n');
    const error = toValidationError(result, 'children.csv');
    expect(error?.issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'primaryNeed'],
      [2, 'ncYear'],
    ]);
    expect(toValidationError(readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC2,ASD,7,51.3,1.1\n'))).toBeUndefined();
  });
});

describe('readSeriesCsv', () => {
  it('builds the annual series from rows in any order', () => {
    expect(readSeriesCsv('year,value\n2019,39.8\n2017,27.9\n2018,34.2\n').series).toEqual({ start: 2017, values: [27.9, 34.2, 39.8] });
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
});

describe('readRecords', () => {
  it('reads JSON lists and CSV alike, with the same result shape', () => {
    const json = readRecords('children', JSON.stringify([{ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51, lon: 1 } }, { id: 'C1' }]), 'c.json');
    expect(json.summary).toEqual({ read: 2, imported: 1, rejected: 1 });
    expect(json.rejected[0].line).toBe(2);
    const csv = readRecords('children', 'id,primaryNeed,ncYear,home.lat,home.lon\nC1,ASD,7,51,1\n', 'c.csv');
    expect(csv.records).toEqual(json.records);
  });

  it('reads a series from a bare JSON list or a year,value CSV', () => {
    expect(readRecords('series', '[1,2,3]', 's.json').records).toEqual([{ start: 0, values: [1, 2, 3] }]);
    expect(readRecords('series', 'year,value\n2020,1\n2021,2\n', 's.csv').records).toEqual([{ start: 2020, values: [1, 2] }]);
  });
});
