import { describe, expect, it } from 'vitest';
import { readTravelCsv } from '../../src/io/read-travel-csv.js';
import { rankSchools } from '../../src/match/rank.js';
import { codesOf } from '../support/issues-of.js';
import { makeChild, makeSchool } from '../match/support.js';

const HEADER = 'childId,urn,km,minutes\n';

describe('readTravelCsv', () => {
  it('reads journeys, and null km and minutes as no route', () => {
    const result = readTravelCsv(`${HEADER}C1,900001,12.4,21\r\nC2,900001,null,NULL\n`);
    expect(result.records).toEqual([
      { childId: 'C1', urn: '900001', km: 12.4, minutes: 21 },
      { childId: 'C2', urn: '900001', km: null, minutes: null },
    ]);
    expect(result.lines).toEqual([2, 3]);
    expect(result.summary).toEqual({ read: 2, imported: 2, rejected: 0 });
  });

  it('reads minutes written in a time format (0:36, 1:05:30) as a transport system may export them', () => {
    const result = readTravelCsv(`${HEADER}C1,900001,31.2,0:36\nC1,900002,60,1:05:30\nC1,900003,9,0:75\n`);
    expect(result.records.map((r) => r.minutes)).toEqual([36, 65.5]);
    expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
      [4, 'minutes must be a number of minutes or h:mm, or null when there is no route'],
    ]);
  });

  it('rejects bad, missing and half-null times and a repeated pair, each with its line', () => {
    const rows = [
      'C1,900001,-3,8',
      'C1,900002,4,NaN',
      'C1,900003,4,',
      'C1,900004,null,7',
      'C1,900005,1,2',
      'C1,900005,1,3',
    ];
    const csv = `${HEADER}${rows.join('\n')}\n`;
    const result = readTravelCsv(csv);
    expect(result.records.map((r) => r.urn)).toEqual(['900005']);
    expect(result.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [2, 'km', 'km must be 0 or more'],
      [3, 'minutes', 'minutes must be a number of minutes or h:mm, or null when there is no route'],
      [4, 'minutes', 'is required'],
      [5, 'minutes', 'km and minutes must both be numbers, or both null (no route)'],
      [7, 'urn', 'duplicate journey for child C1 and URN 900005 (first on line 6)'],
    ]);
    expect(result.summary).toEqual({ read: 6, imported: 1, rejected: 5 });
  });

  it('lists every problem of a row in column order, and never quotes a cell', () => {
    const result = readTravelCsv(`${HEADER} ,900001,lots,-1\n`);
    expect(result.rejected[0].problems).toEqual([
      { column: 'childId', reason: 'is required', code: 'required' },
      { column: 'km', reason: 'km must be a number, or null when there is no route', code: 'invalid_type' },
      { column: 'minutes', reason: 'minutes must be 0 or more', code: 'too_small' },
    ]);
    expect(JSON.stringify(result)).not.toContain('lots');
  });

  it('ignores other columns with a warning, and rejects a file without the four columns', () => {
    const result = readTravelCsv('childId,urn,km,minutes,profile\nC1,900001,3,5,car\n');
    expect(result.records).toHaveLength(1);
    expect(result.warnings).toEqual(['column profile is not a field of a travel table; it was ignored']);
    expect(codesOf(() => readTravelCsv('child,urn,km,seconds\nC1,900001,3,5\n'))).toEqual([
      'childId: missing_column',
      'minutes: missing_column',
    ]);
    expect(readTravelCsv('').records).toEqual([]);
  });

  it('reads headings in another case or spacing, as a transport system heads its export', () => {
    const result = readTravelCsv('Child ID,URN,KM,Minutes\nC1,900001,3,0:05\n');
    expect(result.records).toEqual([{ childId: 'C1', urn: '900001', km: 3, minutes: 5 }]);
    expect(result.warnings).toEqual([]);
  });

  it('gives rankSchools a table it uses as is', () => {
    const travel = readTravelCsv(`${HEADER}C1,900001,5,9\n`).records;
    expect(rankSchools(makeChild(), [makeSchool({ urn: '900001' })], {}, { travel }).ranked[0].travel).toEqual({
      km: 5,
      minutes: 9,
      source: 'table',
    });
  });
});
