import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChildrenCsv, writeChildrenCsv } from '../../src/io/children-csv.js';
import { toValidationError } from '../../src/io/read-result.js';
import type { Child } from '../../src/schema/child.js';
import { childArb } from '../support/arbitraries.js';

const runs = Number(process.env.FUZZ_RUNS ?? 100);

/** -0 is written as 0, as JSON writes it. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** An empty optional list is written as an empty cell and so reads back as absent (documented). */
const withoutEmptyLists = (child: Child): Child => {
  const { secondaryNeeds, ...rest } = child;
  return secondaryNeeds && secondaryNeeds.length > 0 ? { ...rest, secondaryNeeds } : rest;
};

describe('readChildrenCsv', () => {
  it("refuses another file's header with no rows, instead of reading it as no children", () => {
    const issues = () => {
      try {
        readChildrenCsv('foo,bar\n');
      } catch (e) {
        return (e as { issues: { path: string; code: string }[] }).issues.map((i) => `${i.path}: ${i.code}`);
      }
      return [];
    };
    expect(issues()).toEqual([
      'id: missing_column',
      'primaryNeed: missing_column',
      'ncYear: missing_column',
      'home.lat: missing_column',
      'home.lon: missing_column',
    ]);
    // A child's own header with no rows is no children, and an empty file nothing at all.
    expect(readChildrenCsv('Id,Primary Need,NC Year,Home Lat,Home Lon\n').summary).toEqual({
      read: 0,
      imported: 0,
      rejected: 0,
    });
    expect(readChildrenCsv('').summary).toEqual({ read: 0, imported: 0, rejected: 0 });
  });

  it('names a spreadsheet workbook as one, whatever reads it', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(() => readChildrenCsv(xlsx)).toThrow(/is a spreadsheet workbook, not CSV text/);
  });

  it("reads a school system's Gender column as the child's sex", () => {
    const result = readChildrenCsv('id,primaryNeed,ncYear,Gender,home.lat,home.lon\nG1,SEMH,8,Female,51.2,0.6\n');
    expect(result.records[0].sex).toBe('female');
    expect(result.warnings).toEqual([]);
  });

  it("reads a Child ID column as the child's id, unless the file also has an id column", () => {
    const result = readChildrenCsv('Child ID,primaryNeed,ncYear,home.lat,home.lon\nK7,SEMH,8,51.2,0.6\n');
    expect(result.records.map((c) => c.id)).toEqual(['K7']);
    expect(result.warnings).toEqual([]);
    const both = readChildrenCsv('id,Child ID,primaryNeed,ncYear,home.lat,home.lon\nK7,X9,SEMH,8,51.2,0.6\n');
    expect(both.records.map((c) => c.id)).toEqual(['K7']);
  });

  it('reads a child as a school system exports it: need names, Male / F, Y8, Year 8, R', () => {
    const csv =
      'id,primaryNeed,secondaryNeeds,ncYear,sex,home.lat,home.lon\n' +
      'C1,Autistic Spectrum Disorder,"Speech, Language and Communication Needs",Y8,Male,51.3,0.5\n' +
      'C2,SEMH,ASD;MLD,Year 10,F,51.3,0.5\nC3,PD,,R,female,51.3,0.5\nC4,ASD,,KS3,male,51.3,0.5\n';
    const result = readChildrenCsv(csv);
    expect(result.records.map((c) => [c.id, c.primaryNeed, c.secondaryNeeds, c.ncYear, c.sex])).toEqual([
      ['C1', 'ASD', ['SLCN'], 8, 'male'],
      ['C2', 'SEMH', ['ASD', 'MLD'], 10, 'female'],
      ['C3', 'PD', undefined, 0, 'female'],
    ]);
    expect(result.rejected.map((r) => [r.line, r.problems])).toEqual([
      [
        5,
        [
          {
            column: 'ncYear',
            reason: 'must be an NC year: 8, Y8, Year 8, R (Reception), N2 or -1 (nursery)',
            code: 'invalid_type',
          },
        ],
      ],
    ]);
  });

  it('never echoes a child field other than the id in a rejection', () => {
    const marker = 'SECRET-MARKER';
    const csv =
      `id,primaryNeed,ncYear,home.lat,home.lon,sex\nC1,${marker},${marker},${marker},1,${marker}\n` +
      `C1,ASD,7,51,1,male\nC1,ASD,7,51,1,male\n`;
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

  it('reads headings written in another case or spacing, as spreadsheets write them', () => {
    const csv = 'ID,Primary Need,NC Year,home_lat,Home Lon,favourite colour\nC1,ASD,Y7,51.2,1.0,blue\n';
    const { records, warnings } = readChildrenCsv(csv);
    expect(records).toEqual([{ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.2, lon: 1 } }]);
    expect(warnings).toEqual(['column favourite colour is not a field of a child; it was ignored']);
    // A heading named exactly wins; its look-alike is then an unknown column, not read twice.
    const both = readChildrenCsv('id,primaryNeed,primary_need,ncYear,home.lat,home.lon\nC1,ASD,SEMH,7,51.2,1\n');
    expect(both.records[0].primaryNeed).toBe('ASD');
    expect(both.warnings).toEqual(['column primary_need is not a field of a child; it was ignored']);
    // Renaming keeps every other column, even one named like an object's prototype.
    const odd = readChildrenCsv('ID,primaryNeed,ncYear,home.lat,home.lon,__proto__\nC1,ASD,7,51,1,x\n');
    expect(odd.warnings).toEqual(['column __proto__ is not a field of a child; it was ignored']);
  });

  it('says a missing column is missing, and which misspelt heading may be it', () => {
    const error = (() => {
      try {
        readChildrenCsv('id,primry need,ncYear,home.lat,home.lon\nC1,ASD,7,51.2,1\n');
      } catch (e) {
        return e as { issues: { path: string; message: string }[] };
      }
    })();
    expect(error?.issues).toEqual([
      expect.objectContaining({
        path: 'primaryNeed',
        message:
          'the header has no primaryNeed column, which every child needs; ' +
          'is the column primry need meant to be primaryNeed?',
      }),
    ]);
    const near = readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon,residental\nC1,ASD,7,51.2,1,true\n');
    expect(near.warnings).toEqual([
      'column residental is not a field of a child (did you mean residential?); it was ignored',
    ]);
  });

  it('asks whether a Latitude or lon column is the home.lat or home.lon the header lacks', () => {
    const messages = (text: string) => {
      try {
        readChildrenCsv(text);
      } catch (e) {
        return (e as { issues: { message: string }[] }).issues.map((i) => i.message);
      }
    };
    expect(messages('id,primaryNeed,ncYear,Latitude,lon\nC1,ASD,7,51.2,1\n')).toEqual([
      'the header has no home.lat column, which every child needs; is the column Latitude meant to be home.lat?',
      'the header has no home.lon column, which every child needs; is the column lon meant to be home.lon?',
    ]);
  });

  it('counts every row as imported or rejected (read = imported + rejected)', () => {
    const cell = fc.constantFrom(
      '',
      'C1',
      'C2',
      'ASD',
      'XYZ',
      '7',
      '-3',
      '51.2',
      'abc',
      'true',
      'male',
      '1e400',
      '"q,"',
    );
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

  it('refuses to write a child the reader would reject, naming the problem', () => {
    // An invalid child was written as a row ('C2,ASD,,7,,,,,,') that readChildrenCsv then rejected.
    const child = { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1.1 } };
    const problems = (children: unknown[]) => {
      try {
        writeChildrenCsv(children as Child[]);
      } catch (e) {
        return (e as { issues: { path: string; message: string }[] }).issues.map((i) => `${i.path}: ${i.message}`);
      }
      return [];
    };
    expect(problems([child, { id: 'C2', primaryNeed: 'ASD', ncYear: 7 }])).toEqual(['[1].home: is required']);
    expect(problems([child, child])).toEqual(['[1].id: duplicate child id C1 (first at [0])']);
  });
});
