import { readFileSync } from 'node:fs';
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { ncYearsFromAges, needFromGiasName } from '../../src/io/gias/gias-codes.js';
import { type GiasFields, readGiasFields } from '../../src/io/gias/gias-fields.js';
import { schoolFromGias } from '../../src/io/gias/gias-school.js';
import { importGias } from '../../src/io/gias/import-gias.js';

const gias = readFileSync(new URL('../fixtures/gias-sample.csv', import.meta.url));
const council = readFileSync(new URL('../fixtures/gias-council.csv', import.meta.url));
const kent = importGias(gias, { la: 'Kent', council });
const byUrn = (urn: string) => kent.records.find((s) => s.urn === urn)!;

describe('importGias', () => {
  it('reads the Windows-1252 file, accents included', () => {
    expect(byUrn('900002').name).toBe('Rivière House School');
  });

  it('maps establishment types to kinds, and mainstream schools with resourced provision to SRPs', () => {
    expect(Object.fromEntries(kent.records.map((s) => [s.urn, s.kind]))).toEqual({
      '900001': 'independent',
      '900002': 'non-maintained',
      '900003': 'maintained-special',
      '900004': 'srp',
      '900005': 'mainstream',
      '900007': 'maintained-special',
      '900014': 'independent',
      '900015': 'srp',
    });
  });

  it('takes an SRP capacity and vacancies from the resourced provision and SEN unit columns', () => {
    expect(byUrn('900004')).toMatchObject({ capacity: 15, vacancies: 3 });
    expect(byUrn('900015')).toMatchObject({ capacity: 16, vacancies: 2 });
  });

  it('maps SEN provision names to need codes, unknown ones to OTH with a warning', () => {
    expect(byUrn('900001').needs).toEqual(['ASD', 'SEMH', 'SLCN']);
    expect(byUrn('900003').needs).toEqual(['PMLD', 'SLD', 'PD']);
    expect(byUrn('900007').needs).toEqual(['OTH', 'SEMH']);
    expect(kent.warnings).toContain('SEN provision "XYZ - Made up need" (1 school) is not a known need; mapped to OTH');
  });

  it('turns statutory ages into NC years (11-18 is Year 7 to 13; 4-11 is Reception to Year 6)', () => {
    expect(byUrn('900001').ncYears).toEqual([7, 13]);
    expect(byUrn('900005').ncYears).toEqual([0, 6]);
    expect(byUrn('900004').ncYears).toEqual([7, 11]);
    expect(ncYearsFromAges(2, 25)).toEqual([-2, 20]);
    expect(ncYearsFromAges(0, 30)).toEqual([-4, 20]); // clamped at 25, when an EHCP ends
  });

  it('rejects equal statutory ages by the ages, not as a school with its NC years the wrong way round', () => {
    const cells: Record<string, string> = {
      'TypeOfEstablishment (name)': 'Other independent special school',
      StatutoryLowAge: '16',
      StatutoryHighAge: '16',
      Easting: '576000',
      Northing: '155700',
    };
    expect(readGiasFields((c) => cells[c] ?? '').problems).toEqual([
      {
        column: 'StatutoryHighAge',
        reason: 'highAge must be more than lowAge (equal ages give no NC year)',
        code: 'custom',
      },
    ]);
    expect(ncYearsFromAges(15, 16)).toEqual([11, 11]);
  });

  it('reads sex, boarding, Ofsted and district', () => {
    expect(byUrn('900007').sex).toBe('girls');
    expect(byUrn('900002').residential).toBe(true);
    expect(byUrn('900014').residential).toBe(true);
    expect(byUrn('900001').residential).toBe(false);
    expect(byUrn('900014').ofsted).toBe('inadequate');
    expect(byUrn('900003').district).toBe('Ashford');
  });

  it('converts easting and northing to WGS84 (Maidstone) and, for Greenwich, within 10 m of the transit circle', () => {
    const maidstone = byUrn('900001').location;
    expect(maidstone.lat).toBeCloseTo(51.273, 2);
    expect(maidstone.lon).toBeCloseTo(0.522, 2);
    // Six decimals of a degree (11 cm), all a 1 m grid reference holds: no 16-digit conversion noise in a CSV.
    for (const degrees of [maidstone.lat, maidstone.lon]) expect(degrees).toBe(Math.round(degrees * 1e6) / 1e6);
    const observatory = importGias(gias).records.find((s) => s.urn === '900010')!.location;
    const metres =
      distance([observatory.lon, observatory.lat], [-5.31 / 3600, 51 + 28 / 60 + 40.12 / 3600], {
        units: 'kilometers',
      }) * 1000;
    expect(metres).toBeLessThan(10);
  });

  it('joins the council file on URN, and reports every default it used', () => {
    expect(byUrn('900001')).toMatchObject({
      annualFee: 58500,
      lot: 'lot1',
      vacancies: 3,
      ofsted: 'good',
      kpis: { attendance: 0.91, medianResponseDays: 12 },
    });
    expect(byUrn('900002')).toMatchObject({ annualFee: 72000, lot: 'lot2', vacancies: 2 });
    expect(byUrn('900003')).toMatchObject({ annualFee: 25000, lot: 'none' });
    expect(kent.councilRejected).toEqual([expect.objectContaining({ line: 4, column: 'lot' })]);
    expect(kent.warnings).toContain('council file line 5: URN 999999 matches no imported school');
    const lot = kent.summary.defaults.find((d) => d.field === 'lot');
    expect(lot).toEqual({ field: 'lot', value: 'none', schools: 6 });
    const vacancies = kent.summary.defaults.find((d) => d.field === 'vacancies');
    expect(vacancies?.schools).toBe(7);
  });

  it("reads the council file's lots and grades as a spreadsheet writes them, as a schools file does", () => {
    const file = 'urn,annualFee,lot,ofsted\n900001,"£64,000",Lot 1,Good\n900002,,LOT 2,Requires Improvement\n';
    const joined = importGias(gias, { la: 'Kent', council: file });
    expect(joined.councilRejected).toEqual([]);
    const school = (urn: string) => joined.records.find((s) => s.urn === urn);
    expect(school('900001')).toMatchObject({ annualFee: 64000, lot: 'lot1', ofsted: 'good' });
    expect(school('900002')).toMatchObject({ lot: 'lot2', ofsted: 'requires-improvement' });
  });

  it('leaves out closed, not yet open, other-LA and non-school establishments, counting each, and loses no row', () => {
    expect(kent.summary).toMatchObject({
      read: 15,
      imported: 8,
      rejected: 2,
      closed: 1,
      notOpen: 1,
      otherLa: 2,
      notAPlacement: 1,
    });
    const s = kent.summary;
    expect(s.imported + s.rejected + s.closed + s.notOpen + s.otherLa + s.notAPlacement).toBe(s.read);
  });

  it('rejects a row without a location and a repeated URN, with their lines', () => {
    expect(kent.rejected.map((r) => [r.line, r.column])).toEqual([
      [12, 'Easting'],
      [13, 'URN'],
    ]);
  });

  it('maps GIAS need names, old and new', () => {
    expect(needFromGiasName('SEMH - Social, Emotional and Mental Health')).toBe('SEMH');
    expect(needFromGiasName('BESD - Behaviour, Emotional and Social Difficulties')).toBe('SEMH');
    expect(needFromGiasName('MSI - Multi-Sensory Impairment')).toBe('MSI');
  });
});

describe('importGias: converters out of range', () => {
  it('rejects a row whose Easting is off the National Grid, by its column, and keeps counting every row', async () => {
    const { readFileSync } = await import('node:fs');
    const { importGias } = await import('../../src/io/gias/import-gias.js');
    const { readCsv } = await import('../../src/io/read-csv.js');
    const { writeCsv } = await import('../../src/io/write-csv.js');
    const table = readCsv(readFileSync(new URL('../fixtures/gias-sample.csv', import.meta.url)));
    const records = table.records.map((r) => ({ ...r }));
    const before = importGias(writeCsv(table.records));
    const line = before.lines[0]; // the first imported row's line; records start on line 2
    const easting = Object.keys(records[0]).find((k) => k.toLowerCase() === 'easting')!;
    records[line - 2][easting] = '99999999';
    const after = importGias(writeCsv(records));
    expect(after.summary.read).toBe(before.summary.read);
    expect(after.lines).not.toContain(line);
    const s = after.summary;
    expect(s.imported + s.rejected + s.closed + s.notOpen + s.otherLa + s.notAPlacement).toBe(s.read);
    expect(after.rejected.find((r) => r.line === line)?.problems?.map((p) => p.column)).toEqual(['Easting']);
  });
});

describe('the steps of importGias', () => {
  it('readGiasFields reads kind, NC years and location from a row, as its doc example says', () => {
    const cells: Record<string, string> = {
      'TypeOfEstablishment (name)': 'Other independent special school',
      StatutoryLowAge: '11',
      StatutoryHighAge: '16',
      Easting: '538885',
      Northing: '177322',
      SchoolCapacity: '60',
    };
    const read = readGiasFields((c) => cells[c] ?? '');
    expect(read.fields?.ncYears).toEqual([7, 11]);
    expect(read.fields?.kind).toBe('independent');
    expect(read.fields?.location.lat).toBeCloseTo(51.4778, 3);
    expect(read.problems).toEqual([]);
  });

  it('readGiasFields lists every problem of a row with its column', () => {
    const read = readGiasFields((c) => (c === 'StatutoryLowAge' ? 'eleven' : ''));
    expect(read.fields).toBeUndefined();
    expect(read.problems.map((p) => p.column)).toEqual([
      'TypeOfEstablishment (name)',
      'StatutoryLowAge',
      'StatutoryHighAge',
      'Easting',
    ]);
  });

  it('schoolFromGias takes vacancies from capacity less roll and reports each default, as its doc example says', () => {
    const fields: GiasFields = {
      kind: 'independent',
      ncYears: [7, 11],
      location: { lat: 51.3, lon: 1.1 },
      capacity: 60,
      onRoll: 55,
      needs: ['ASD'],
    };
    const { school, defaults } = schoolFromGias((c) => (c === 'URN' ? '900001' : ''), fields);
    expect(school.vacancies).toBe(5);
    expect(defaults.map(([field]) => field)).toEqual(['vacancies', 'annualFee (independent)', 'lot', 'sex']);
  });
});
