import { describe, expect, it } from 'vitest';
import { readChildrenCsv } from '../../src/io/children-csv.js';
import { recordsOrThrow, toValidationError } from '../../src/io/read-result.js';
import { readSeriesCsv } from '../../src/io/series-csv.js';

describe('toValidationError', () => {
  it('lists every problem of every rejected row with its line and column', () => {
    const result = readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC1,XYZ,x,51.3,1.1\nC2,ASD,7,51.3,1.1\n');
    const error = toValidationError(result, 'children.csv');
    expect(error?.issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'primaryNeed'],
      [2, 'ncYear'],
    ]);
    expect(
      toValidationError(readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC2,ASD,7,51.3,1.1\n')),
    ).toBeUndefined();
  });

  it('recordsOrThrow returns the records of a clean read and throws for any rejected row', () => {
    expect(recordsOrThrow(readSeriesCsv('year,value\n2020,5\n'))).toEqual([{ year: 2020, value: 5 }]);
    expect(() => recordsOrThrow(readSeriesCsv('year,value\n2020,x\n'), 'spend.csv')).toThrow(/Invalid spend.csv/);
  });
});
