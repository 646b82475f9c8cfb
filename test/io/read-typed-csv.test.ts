import { describe, expect, it } from 'vitest';
import { readChildrenCsv } from '../../src/io/children-csv.js';
import { readSchoolsCsv } from '../../src/io/schools-csv.js';
import { ValidationError } from '../../src/schema/validation-error.js';

function issuesOf(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('readTypedCsv and a missing column', () => {
  it('gives one problem for a required column the header lacks, however many rows there are', () => {
    const rows = Array.from({ length: 1690 }, (_, i) => `C${i},ASD,7,51.3`).join('\n');
    const issues = issuesOf(() => readChildrenCsv(`id,primaryNeed,ncYear,home.lat\n${rows}\n`));
    expect(issues).toEqual([
      {
        path: 'home.lon',
        line: 1,
        column: 'home.lon',
        code: 'missing_column',
        message: 'the header has no home.lon column, which every child needs',
      },
    ]);
  });

  it("lists the rows' other problems after the missing column, so nothing is hidden", () => {
    const issues = issuesOf(() => readChildrenCsv('id,primaryNeed,ncYear\nC1,XYZ,7\nC2,ASD,7\n'));
    expect(issues.map((i) => [i.line, i.path, i.code])).toEqual([
      [1, 'home.lat', 'missing_column'],
      [1, 'home.lon', 'missing_column'],
      [2, 'primaryNeed', 'invalid'],
    ]);
  });

  it('keeps row-by-row rejections when the column is there but some cells are empty', () => {
    const read = readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon\nC1,ASD,7,51.3,\nC2,ASD,7,51.3,1\n');
    expect(read.records.map((c) => c.id)).toEqual(['C2']);
    expect(read.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[2, 'home.lon', 'is required']]);
  });

  it('names the record in the message: a school file without its vacancies column', () => {
    const header = 'urn,name,kind,lot,needs,ncYears,sex,residential,location.lat,location.lon,capacity,annualFee';
    const issues = issuesOf(() => readSchoolsCsv(`${header}\n1,A,srp,lot1,ASD,1;5,mixed,false,51,1,10,100\n`));
    expect(issues[0]).toMatchObject({ path: 'vacancies', code: 'missing_column', line: 1 });
    expect(issues[0].message).toBe('the header has no vacancies column, which every school needs');
  });
});
