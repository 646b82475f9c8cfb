import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSchoolsCsv, writeSchoolsCsv } from '../../src/io/schools-csv.js';
import type { ValidationError } from '../../src/schema/validation-error.js';
import { makeSchool } from '../match/support.js';
import { schoolArb } from '../support/arbitraries.js';

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const SCHOOL_HEADER =
  'urn,name,kind,lot,needs,ncYears,sex,residential,location.lat,location.lon,capacity,vacancies,annualFee';

/** -0 is written as 0, as JSON writes it. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('readSchoolsCsv', () => {
  it('reads dotted columns, ;-lists, the NC year range and per-year vacancies', () => {
    const csv =
      `${SCHOOL_HEADER},kpis.attendance,vacanciesByNcYear.7\n900001,Oak ` +
      `School,independent,lot1,ASD;SEMH,7;13,mixed,yes,51.27,0.52,60,4,"£52,000",0.93,2\n`;
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

  it('reads School URN and School Name columns as the urn and name', () => {
    const header = SCHOOL_HEADER.replace(/^urn,name,/, 'School URN,School Name,');
    const csv = `${header}\n900001,Oak School,independent,lot1,ASD,7;13,mixed,yes,51.27,0.52,60,4,52000\n`;
    const result = readSchoolsCsv(csv);
    expect(result.records.map((s) => [s.urn, s.name])).toEqual([['900001', 'Oak School']]);
    expect(result.warnings).toEqual([]);
  });

  it('reads rates written as percentages, as a spreadsheet saves a cell formatted as one', () => {
    const header = `${SCHOOL_HEADER},kpis.attendance,kpis.breakdownRate,kpis.acceptanceRate`;
    const row = (rates: string) =>
      `900001,Oak School,independent,lot1,ASD,7;13,mixed,false,51.27,0.52,60,4,52000,${rates}`;
    const read = readSchoolsCsv(`${header}\n${row('93%, 6 %,60.5%')}\n`);
    expect(read.records[0].kpis).toEqual({ attendance: 0.93, breakdownRate: 0.06, acceptanceRate: 0.605 });
    // A whole number of percent reads as the same number as its decimal written out.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (p) => {
        const [school] = readSchoolsCsv(`${header}\n${row(`${p}%,${(p / 100).toFixed(2)},1`)}\n`).records;
        expect(school.kpis?.attendance).toBe(school.kpis?.breakdownRate);
      }),
      { numRuns: runs },
    );
    const bad = readSchoolsCsv(`${header}\n${row('93,abc%,0.6')}\n`);
    expect(bad.rejected[0].problems).toEqual([
      { column: 'kpis.attendance', reason: 'rate must be between 0 and 1 (93% is 0.93)', code: 'too_big' },
      {
        column: 'kpis.breakdownRate',
        reason: 'must be a number from 0 to 1, or a percentage such as 93%',
        code: 'invalid_type',
      },
    ]);
  });

  it('reads the NC year range as school systems write it (7-13, Y7-Y13, R-Y6) as well as 7;13', () => {
    let urn = 900000;
    const row = (years: string) =>
      `${++urn},Oak School,independent,lot1,ASD,${years},mixed,false,51.27,0.52,60,4,52000`;
    const cells = ['7;13', '7-13', '7 - 13', '7–13', '7 to 13', 'Y7-Y13', 'Year 7 to Year 13', '-1-14', 'R-Y6'];
    const read = readSchoolsCsv(`${SCHOOL_HEADER}\n${cells.map((c) => row(`"${c}"`)).join('\n')}\n`);
    expect(read.rejected).toEqual([]);
    expect(read.records.map((s) => s.ncYears)).toEqual([
      [7, 13],
      [7, 13],
      [7, 13],
      [7, 13],
      [7, 13],
      [7, 13],
      [7, 13],
      [-1, 14],
      [0, 6],
    ]);
    const bad = readSchoolsCsv(`${SCHOOL_HEADER}\n${row('KS3-KS4')}\n${row('13-7')}\n`);
    expect(bad.rejected.map((r) => [r.line, r.problems])).toEqual([
      [
        2,
        [
          {
            column: 'ncYears',
            reason: 'must be the lowest and highest NC year, as 7;13 or 7-13',
            code: 'invalid_type',
          },
        ],
      ],
      [3, [{ column: 'ncYears', reason: 'ncYears must be ordered: lowest first', code: 'custom' }]],
    ]);
  });

  it('reports a repeated URN as a rejected row naming the first line, never merging the two', () => {
    const row = '900001,Oak School,independent,lot1,ASD,7;13,mixed,false,51.27,0.52,60,4,52000';
    const result = readSchoolsCsv(`${SCHOOL_HEADER}\n${row}\n${row}\n`);
    expect(result.records).toHaveLength(1);
    expect(result.rejected).toEqual([
      expect.objectContaining({ line: 3, column: 'urn', reason: 'duplicate URN 900001 (first on line 2)' }),
    ]);
    expect(result.summary).toEqual({ read: 2, imported: 1, rejected: 1 });
  });

  it('rejects a bad row with every problem by column and imports the others', () => {
    const good = '900001,Oak School,independent,lot1,ASD,7;13,mixed,false,51.27,0.52,60,4,52000';
    const bad = '900002,Elm School,castle,lot9,ASD,7;13,mixed,maybe,51.27,0.52,60,4,lots';
    const result = readSchoolsCsv(`${SCHOOL_HEADER}\n${good}\n${bad}\n`);
    expect(result.records.map((s) => s.urn)).toEqual(['900001']);
    expect(result.rejected[0].line).toBe(3);
    expect(result.rejected[0].problems.map((p) => p.column).sort()).toEqual([
      'annualFee',
      'kind',
      'lot',
      'residential',
    ]);
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

  it('writes per-year vacancies keyed as parseSchool reads them (07, +8), not as empty cells', () => {
    // The key '07' got a vacanciesByNcYear.7 column but an empty cell: the school read back had
    // no per-year limit at all, so an allocation from the file could overfill Year 7.
    const school = {
      ...makeSchool({ urn: '900001', vacancies: 3 }),
      urn: 900001,
      vacanciesByNcYear: { '07': 2, '+8': 1 },
    };
    const back = readSchoolsCsv(writeSchoolsCsv([school] as never));
    expect(back.rejected).toEqual([]);
    expect(back.records[0]).toMatchObject({ urn: '900001', vacanciesByNcYear: { '7': 2, '8': 1 } });
  });

  it('refuses to write a school the reader would reject, naming every problem', () => {
    const good = {
      urn: '900002',
      name: 'Ash School',
      kind: 'srp',
      lot: 'none',
      needs: ['SEMH'],
      ncYears: [0, 6],
      sex: 'mixed',
      residential: false,
      location: { lat: 51.3, lon: 1.1 },
      capacity: 10,
      vacancies: 2,
      annualFee: 20000,
    };
    let issues: string[] = [];
    try {
      writeSchoolsCsv([good, { ...good, urn: '900003', capacity: 1 }, good] as never);
    } catch (e) {
      issues = (e as ValidationError).issues.map((i) => `${i.path}: ${i.message}`);
    }
    expect(issues).toEqual([
      '[1].vacancies: vacancies must not exceed capacity',
      '[2].urn: duplicate URN 900002 (first at [0])',
    ]);
  });
});
