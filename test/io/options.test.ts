import { describe, expect, it } from 'vitest';
import { readChildrenCsv } from '../../src/io/children-csv.js';
import { importGias } from '../../src/io/gias/import-gias.js';
import { importSen2 } from '../../src/io/import-sen2.js';
import { importTransitions } from '../../src/io/import-transitions.js';
import { parseReadOptions } from '../../src/io/options.js';
import { readCsv } from '../../src/io/read-csv.js';
import { readRecords } from '../../src/io/read-records.js';
import { readSeriesCsv } from '../../src/io/series-csv.js';
import { isValidationError } from '../../src/schema/validation-error.js';

function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    expect(isValidationError(e), String(e)).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected a ValidationError');
}

describe('reader inputs and options are checked at the door', () => {
  it('takes null or absent options as the defaults', () => {
    expect(parseReadOptions(null)).toEqual({});
    expect(readCsv('a\n1\n', null as unknown as undefined).records).toEqual([{ a: '1' }]);
    expect(importGias('URN\n', null as unknown as undefined).summary.read).toBe(0);
  });

  it('names a bad option instead of failing deep inside', () => {
    expect(messageOf(() => readChildrenCsv('id\nC1\n', { maxBytes: 'x' as unknown as number }))).toMatch(
      /maxBytes must be a number of bytes/,
    );
    expect(messageOf(() => readCsv('a\n', { delimiter: '""' }))).toMatch(/delimiter must be one character/);
    expect(messageOf(() => importGias('URN\n', { la: 3 as unknown as string }))).toMatch(/la must be the text/);
    expect(messageOf(() => importSen2('a\n', { filters: { x: 1 as unknown as string } }))).toMatch(
      /filter value must be text/,
    );
    expect(messageOf(() => readRecords('pupils' as 'children', '[]', 'a.json'))).toMatch(/kind must be/);
  });

  it('rejects input that is neither text nor bytes with a ValidationError', () => {
    expect(messageOf(() => readCsv(null as unknown as string))).toMatch(/text or bytes/);
    expect(messageOf(() => readChildrenCsv(['id'] as unknown as string))).toMatch(/text or bytes/);
    expect(messageOf(() => importTransitions('calendar-year\n2023\n', null as unknown as string))).toMatch(/settings/);
  });

  it('treats columns named like Object.prototype members as plain columns', () => {
    expect(readCsv('__proto__,toString\n1,2\n').records[0]).toEqual(JSON.parse('{"__proto__":"1","toString":"2"}'));
    // A header without `year` is one missing-column error, `toString` an unknown column like any other.
    expect(() => readSeriesCsv('toString,value\n2020,1\n')).toThrow(/the header has no year column/);
    const children = readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon,constructor\nC1,ASD,7,51.3,1.1,x\n');
    expect(children.records).toHaveLength(1);
    expect(children.warnings).toEqual(['column constructor is not a field of a child; it was ignored']);
  });
});
