// The @example outputs in src/io's doc comments, checked so they stay true.
import { readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as io from '../support/internals.js';
import { assertWithinLimit } from '../../src/io/decode-text.js';

const CRLF = '\r\n';

describe('doc examples of src/io', () => {
  it('CSV layer', () => {
    expect(io.CSV_DEFAULTS.maxBytes).toBe(268435456);
    expect(io.decodeText(new Uint8Array([0xa3, 0x35]))).toBe('£5');
    expect(io.decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(io.decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe('a');
    expect(() => assertWithinLimit(10, 100)).not.toThrow();
    expect(io.parseCsvRows('a,b\r\n"x, y","say ""hi"""\n', ',')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
    ]);
    const t = io.readCsvTable('urn,name\n1,Oak\n2\n');
    expect([t.header, t.rows, t.rejected[0].reason]).toEqual([
      ['urn', 'name'],
      [{ line: 2, cells: ['1', 'Oak'] }],
      'has 1 field but the header has 2',
    ]);
    expect(io.readCsv('name,note\r\n"Oak, School","a ""b"""\r\n\r\n').records).toEqual([
      { name: 'Oak, School', note: 'a "b"' },
    ]);
    expect(io.writeCsv([{ name: 'Oak, School', places: 12 }])).toBe(`name,places${CRLF}"Oak, School",12${CRLF}`);
  });

  it('flattening', () => {
    expect(io.parseNumberCell('£52,000')).toBe(52000);
    expect(io.parseNumberCell('12 places')).toBeUndefined();
    expect([io.parseRateCell('93%'), io.parseRateCell('0.93')]).toEqual([0.93, 0.93]);
    expect([io.parseNcYearCell('Year 8'), io.parseNcYearCell('R')]).toEqual([8, 0]);
    // The school census's nursery years; N3 is no year.
    expect(['N1', 'N2', 'nursery 2', 'N3'].map(io.parseNcYearCell)).toEqual([-2, -1, -1, undefined]);
    expect(io.parseNcYearRange('N1-Y6')).toEqual([-2, 6]);
    expect([io.parseNcYearRange('R-Y6'), io.parseNcYearRange('7;13')]).toEqual([
      [0, 6],
      [7, 13],
    ]);
    expect(io.splitList(' ASD; SEMH;')).toEqual(['ASD', 'SEMH']);
    expect([io.parseMinutesCell('0:36'), io.parseMinutesCell('1:05:30')]).toEqual([36, 65.5]);
    expect(['2023/24', '202425', '2024'].map(io.parseYearCell)).toEqual([2024, 2025, 2024]);
    expect([io.yearEnding('2023/24'), io.yearEnding('2024')]).toEqual([2024, undefined]);
    expect(io.parseBooleanCell('Yes')).toBe(true);
    expect(
      io.unflattenRecord({ 'home.lat': '51.3', needs: 'ASD;SEMH' }, { fields: { 'home.lat': 'number', needs: 'list' } })
        .value,
    ).toEqual({
      home: { lat: 51.3 },
      needs: ['ASD', 'SEMH'],
    });
    expect(io.flattenRecord({ urn: '1', location: { lat: 51.3, lon: 1.1 }, needs: ['ASD', 'SEMH'] })).toEqual({
      urn: '1',
      'location.lat': 51.3,
      'location.lon': 1.1,
      needs: 'ASD;SEMH',
    });
  });

  it('typed readers and writers', () => {
    const format = {
      what: 'row',
      layout: { fields: { n: 'number' as const } },
      schema: z.object({ n: z.number() }),
      keyColumn: 'n',
      keyOf: (r: { n: number }) => String(r.n),
      keyLabel: 'n',
    };
    expect(io.readTypedCsv('n\n5\n5\n', format).summary).toEqual({ read: 2, imported: 1, rejected: 1 });
    expect(io.SCHOOL_COLUMNS['location.lat']).toBe('number');
    expect(io.CHILD_COLUMNS.secondaryNeeds).toBe('list');
    const csv =
      'urn,name,kind,lot,needs,ncYears,sex,residential,location.lat,location.lon,capacity,vacancies,annualFee\n' +
      '900001,Oak School,independent,lot1,ASD;SEMH,7;13,mixed,false,51.27,0.52,60,4,52000\n';
    expect(io.readSchoolsCsv(csv).records[0].ncYears).toEqual([7, 13]);
    expect(io.writeSchoolsCsv([]).split(CRLF)[0].startsWith('urn,name,kind,lot')).toBe(true);
    expect(io.readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC1,ASD,7,51.3,1.1\n').records).toEqual([
      { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1.1 } },
    ]);
    expect(io.writeChildrenCsv([{ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1.1 } }])).toBe(
      `id,primaryNeed,secondaryNeeds,ncYear,sex,home.lat,home.lon,residential,namedSchoolUrn,maxDistanceKm${CRLF}` +
        `C1,ASD,,7,,51.3,1.1,,,${CRLF}`,
    );
    expect(
      io.seriesFromRows([
        { year: 2021, value: 6 },
        { year: 2020, value: 5 },
      ]),
    ).toEqual({ start: 2020, values: [5, 6] });
    expect(io.readSeriesCsv('year,value\n2017,27.9\n2018,34.2\n').series).toEqual({
      start: 2017,
      values: [27.9, 34.2],
    });
    expect(io.writeSeriesCsv({ start: 2020, values: [5, 6] })).toBe(`year,value${CRLF}2020,5${CRLF}2021,6${CRLF}`);
    const issues = io.toValidationError(
      io.readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC1,XYZ,7,51.3,1.1\n'),
      'children.csv',
    )?.issues;
    expect(issues).toEqual([
      {
        path: 'primaryNeed',
        line: 2,
        column: 'primaryNeed',
        message: expect.stringMatching(/^unknown need code; valid codes are ASD, /),
        code: expect.stringMatching(/^[a-z_]+$/),
      },
    ]);
    expect(io.recordsOrThrow(io.readSeriesCsv('year,value\n2020,5\n2021,6\n'))).toEqual([
      { year: 2020, value: 5 },
      { year: 2021, value: 6 },
    ]);
    expect(io.readRecords('series', '[1, 2, 3]', 'spend.json').records).toEqual([{ start: 0, values: [1, 2, 3] }]);
    expect(io.readRecords('series', 'year,value\n2020,1\n2021,2\n', 'spend.csv').records).toEqual([
      { start: 2020, values: [1, 2] },
    ]);
  });

  it('GIAS', () => {
    const [lon, lat] = proj4(io.BNG_PROJ, 'WGS84').forward([538885, 177322]);
    expect([lon.toFixed(5), lat.toFixed(5)]).toEqual(['-0.00147', '51.47781']);
    const p = io.bngToLatLon(538885, 177322);
    expect([p.lat.toFixed(5), p.lon.toFixed(5)]).toEqual(['51.47781', '-0.00147']);
    expect(io.GIAS_KINDS['Academy special converter']).toBe('maintained-special');
    expect(io.GIAS_NOT_A_PLACEMENT.includes('Pupil referral unit')).toBe(true);
    expect(io.GIAS_RESOURCED_PROVISION.includes('SEN unit')).toBe(true);
    expect(io.GIAS_OFSTED['Special Measures']).toBe('inadequate');
    expect(io.needFromGiasName('SpLD - Specific Learning Difficulty')).toBe('SpLD');
    expect(io.needFromGiasName('BESD - Behaviour, Emotional and Social Difficulties')).toBe('SEMH');
    expect(io.needFromGiasName('Something else')).toBeUndefined();
    expect([
      io.ncYearsFromAges(11, 16),
      io.ncYearsFromAges(4, 11),
      io.ncYearsFromAges(2, 19),
      io.ncYearsFromAges(16, 25),
    ]).toEqual([
      [7, 11],
      [0, 6],
      [-2, 14],
      [12, 20],
    ]);
    expect(io.GIAS_DEFAULTS.annualFee.independent).toBe(51700);
    expect(io.GIAS_COLUMNS.includes('TypeOfResourcedProvision (name)')).toBe(true);
    expect(io.CouncilSchoolRowSchema.parse({ urn: '900001', lot: 'lot2' })).toEqual({ urn: '900001', lot: 'lot2' });
    expect(io.readCouncilSchoolsCsv('urn,annualFee,lot\n900001,"£58,500",lot1\n').records).toEqual([
      { urn: '900001', annualFee: 58500, lot: 'lot1' },
    ]);
    const { records, summary } = io.importGias(readFileSync(new URL('../fixtures/gias-sample.csv', import.meta.url)), {
      la: 'Kent',
    });
    expect([records[0].kind, summary.closed]).toEqual(['independent', 1]);
  });

  it('SEN2 and transitions', () => {
    expect(io.SEN2_DEFAULTS.columns.value).toBe('num_caseload');
    expect([io.censusYear('202425'), io.censusYear('2024')]).toEqual([2025, 2024]);
    const csv =
      'time_period,geographic_level,la_name,establishment_type,num_caseload\n' +
      '2023,Local authority,Kent,Independent school,1050\n2024,Local authority,Kent,Independent school,1172\n';
    expect(io.importSen2(csv).records).toEqual([
      { area: 'Kent', category: 'Independent school', series: { start: 2023, values: [1050, 1172] } },
    ]);
    expect(
      io.writeSen2Csv([
        { area: 'Kent', category: 'Independent school', series: { start: 2023, values: [1050, 1172] } },
      ]),
    ).toBe(
      `area,areaCode,category,year,value${CRLF}Kent,,Independent school,2023,1050${CRLF}Kent,,Independent ` +
        `school,2024,1172${CRLF}`,
    );
    expect(io.TRANSITION_DEFAULTS.nonSendCode).toBe('NONSEND');
    expect(io.readSettingMapping('code,setting\nMMS,mainstream\nISS,independent\n').mapping.get('ISS')).toBe(
      'independent',
    );
    const t = io.importTransitions(
      'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n2024,MMS,ASD,6,ISS,ASD,7\n',
      'code,setting\nMMS,mainstream\nISS,independent\n',
    );
    expect(t.records).toEqual([
      {
        calendarYear: 2024,
        setting1: 'mainstream',
        need1: 'ASD',
        ncYear1: 6,
        setting2: 'independent',
        need2: 'ASD',
        ncYear2: 7,
      },
    ]);
    expect(
      io.writeTransitionsCsv([{ calendarYear: 2024, setting1: 'new', setting2: 'srp', need2: 'ASD', ncYear2: 7 }]),
    ).toBe(`calendarYear,setting1,need1,ncYear1,setting2,need2,ncYear2${CRLF}2024,new,,,srp,ASD,7${CRLF}`);
  });
});

describe('doc examples of internal io modules', () => {
  it('byCodePoint', async () => {
    const { byCodePoint } = await import('../../src/io/by-code-point.js');
    expect(['b', 'B', 'a'].sort(byCodePoint)).toEqual(['B', 'a', 'b']);
  });
});
