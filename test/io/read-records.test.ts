import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../src/io/read-records.js';
import { readRecordsFile } from '../../src/node/read-records-file.js';
import { isValidationError } from '../../src/schema/validation-error.js';

const dir = mkdtempSync(join(tmpdir(), 'send-placement-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRecordsFile', () => {
  it('reads a CSV or JSON file by its extension', () => {
    writeFileSync(join(dir, 'spend.csv'), 'year,value\r\n2017,27.9\r\n2018,34.2\r\n');
    writeFileSync(join(dir, 'spend.json'), '{ "start": 2017, "values": [27.9, 34.2] }');
    expect(readRecordsFile('series', join(dir, 'spend.csv')).records).toEqual([{ start: 2017, values: [27.9, 34.2] }]);
    expect(readRecordsFile('series', join(dir, 'spend.json')).records).toEqual([{ start: 2017, values: [27.9, 34.2] }]);
  });

  it('checks the size limit on the file size before reading it', () => {
    writeFileSync(join(dir, 'big.csv'), `id\n${'C1\n'.repeat(2000)}`);
    try {
      readRecordsFile('children', join(dir, 'big.csv'), { maxBytes: 1000 });
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      expect((e as Error).message).toMatch(/the input is 5\.9 KiB, over the limit of 1000 bytes/);
    }
  });

  it('says why a path cannot be read, as a ValidationError at path: missing, a folder, a device, empty', () => {
    const codes = (path: string) => {
      try {
        readRecordsFile('children', path);
      } catch (e) {
        if (isValidationError(e)) return e.issues.map((i) => `${i.path}: ${i.code}: ${i.message}`);
        throw e;
      }
      return [];
    };
    expect(codes(join(dir, 'missing.csv'))).toEqual(['path: not_found: no such file']);
    expect(codes(dir)).toEqual(['path: is_directory: is a folder, not a file']);
    expect(codes('')).toEqual(['(root): too_small: must not be empty']);
    if (process.platform !== 'win32')
      expect(codes('/dev/zero')).toEqual([
        'path: not_a_file: is not a regular file (a pipe or a device): save it to a file',
      ]);
  });

  it('reports a file that is not valid JSON as a ValidationError', () => {
    writeFileSync(join(dir, 'bad.json'), '[{');
    expect(() => readRecordsFile('schools', join(dir, 'bad.json'))).toThrow(/is not valid JSON/);
  });
});

describe('readRecords', () => {
  it('reads JSON lists and CSV alike, with the same result shape', () => {
    const json = readRecords(
      'children',
      JSON.stringify([{ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51, lon: 1 } }, { id: 'C1' }]),
      'c.json',
    );
    expect(json.summary).toEqual({ read: 2, imported: 1, rejected: 1 });
    expect(json.rejected[0].line).toBe(2);
    const csv = readRecords('children', 'id,primaryNeed,ncYear,home.lat,home.lon\nC1,ASD,7,51,1\n', 'c.csv');
    expect(csv.records).toEqual(json.records);
  });

  it('warns of each JSON field it does not read, with the field it may mean, never its value', () => {
    const child = { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1, postcode: 'CT1' } };
    const json = JSON.stringify([
      { ...child, maxDistanceKM: 5, name: 'Jane Doe' },
      { ...child, id: 'C2', name: 'John Doe' },
    ]);
    const result = readRecords('children', json, 'children.json');
    expect(result.records).toHaveLength(2);
    expect(result.warnings).toEqual([
      'field home.postcode is not a field of a child; it was ignored (2 records)',
      'field maxDistanceKM is not a field of a child (did you mean maxDistanceKm?); it was ignored (1 record)',
      'field name is not a field of a child; it was ignored (2 records)',
    ]);
    expect(result.warnings.join(' ')).not.toMatch(/Doe/);
    const school = {
      ...{ urn: '1', name: 'Oak', kind: 'independent', lot: 'lot1', needs: ['ASD'], ncYears: [7, 11] },
      ...{ sex: 'mixed', residential: false, location: { lat: 51, lon: 1 }, capacity: 9, vacancies: 1 },
      ...{ annualFee: 50000, vacanciesByNcYear: { '7': 1 }, kpis: { attendance: 0.9 } },
    };
    expect(readRecords('schools', JSON.stringify([school]), 'schools.json').warnings).toEqual([]);
  });

  it("names an unknown JSON object as one field, never its keys, which may be a child's data", () => {
    const child = { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1 } };
    const json = JSON.stringify([
      { ...child, contacts: { 'Jane Doe': '07700 900000' } },
      { ...child, id: 'C2', home: 'CT1 1AA' },
    ]);
    const result = readRecords('children', json, 'children.json');
    expect(result.warnings).toEqual(['field contacts is not a field of a child; it was ignored (1 record)']);
    expect(result.rejected.map((r) => [r.line, r.column])).toEqual([[2, 'home']]);
    expect(result.warnings.join(' ')).not.toMatch(/Jane|0770|CT1|home/);
  });

  it('reads a series from a bare JSON list or a year,value CSV', () => {
    expect(readRecords('series', '[1,2,3]', 's.json').records).toEqual([{ start: 0, values: [1, 2, 3] }]);
    expect(readRecords('series', 'year,value\n2020,1\n2021,2\n', 's.csv').records).toEqual([
      { start: 2020, values: [1, 2] },
    ]);
  });
});
