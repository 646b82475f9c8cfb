import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChildrenCsv } from '../../src/io/children-csv.js';
import { readCsv } from '../../src/io/read-csv.js';
import { isValidationError, type ValidationIssue } from '../../src/schema/validation-error.js';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

describe('readCsv', () => {
  it('reads quoted commas, quoted line breaks and doubled quotes', () => {
    const result = readCsv('name,note\n"Oak, School","line one\nline two"\n"Elm","say ""hi"""\n');
    expect(result.records).toEqual([
      { name: 'Oak, School', note: 'line one\nline two' },
      { name: 'Elm', note: 'say "hi"' },
    ]);
  });

  it('gives each row the physical line it starts on, counting quoted line breaks', () => {
    const result = readCsv('a,b\n1,"x\r\ny\nz"\n2,3\n');
    expect(result.lines).toEqual([2, 5]);
  });

  it('reads CRLF and LF alike', () => {
    expect(readCsv('a,b\r\n1,2\r\n3,4').records).toEqual(readCsv('a,b\n1,2\n3,4\n').records);
  });

  it('drops a UTF-8 byte order mark from the first column name', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('urn,name\n1,Oak\n')]);
    expect(readCsv(bytes).records).toEqual([{ urn: '1', name: 'Oak' }]);
  });

  it('decodes UTF-16 with its byte order mark, little- and big-endian, as some Windows tools save CSV', () => {
    const text = 'urn,name\r\n1,Café £5\r\n';
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const be = new Uint8Array([
      0xfe,
      0xff,
      ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    for (const bytes of [le, be]) expect(readCsv(bytes).records).toEqual([{ urn: '1', name: 'Café £5' }]);
  });

  it('decodes Windows-1252 bytes when they are not valid UTF-8', () => {
    // "Café £5" in Windows-1252: é = 0xE9, £ = 0xA3.
    const bytes = new Uint8Array([...new TextEncoder().encode('name\r\nCaf'), 0xe9, 0x20, 0xa3, 0x35, 0x0d, 0x0a]);
    expect(readCsv(bytes).records).toEqual([{ name: 'Café £5' }]);
  });

  it('ignores blank trailing lines and Excel padding rows of bare commas', () => {
    const result = readCsv('a,b\n1,2\n\n,\n\r\n\n');
    expect(result.records).toEqual([{ a: '1', b: '2' }]);
    expect(result.summary).toEqual({ read: 1, imported: 1, rejected: 0 });
  });

  it('leaves out empty unnamed columns at the end, as Excel saves trailing separators, and keeps any with text', () => {
    const result = readCsv('year,value,,\r\n2019,1,,\r\n2020,2, ,\r\n');
    expect(result.header).toEqual(['year', 'value']);
    expect(result.records).toEqual([
      { year: '2019', value: '1' },
      { year: '2020', value: '2' },
    ]);
    // A row without the separators has fewer fields than the file: rejected, as before.
    expect(readCsv('a,b,\n1,2,\n3,4\n').rejected[0].reason).toBe('has 2 fields but the header has 3');
    // An unnamed column with text is a column: kept, for the reader to warn of.
    expect(readCsv('a,b,\n1,2,x\n').records).toEqual([{ a: '1', b: '2', '': 'x' }]);
    expect(readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon,,\nC1,ASD,7,51.3,1.1,,\n').warnings).toEqual([]);
  });

  it('rejects a row with the wrong number of fields, with its line, and imports the rest', () => {
    const result = readCsv('a,b\n1,2\n3\n4,5,6\n7,8\n');
    expect(result.records).toHaveLength(2);
    expect(result.rejected.map((r) => [r.line, r.column])).toEqual([
      [3, '(row)'],
      [4, '(row)'],
    ]);
    expect(result.rejected[0].reason).toBe('has 1 field but the header has 2');
  });

  it('rejects a quoted field left open at the end of the file', () => {
    const result = readCsv('a\n"unclosed\n');
    expect(result.rejected).toEqual([
      expect.objectContaining({ line: 2, reason: 'a quoted field is not closed before the end of the file' }),
    ]);
  });

  it('fails early with a clear message when the input is over the size limit', () => {
    try {
      readCsv('a\n1\n'.repeat(1000), { maxBytes: 100 });
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      expect((e as Error).message).toContain('over the limit');
    }
  });

  it('reports a repeated column name in the header by position, never quoting it (line 1 may be a child)', () => {
    // A file saved without its header: line 1 is a child's row, with the same text in two cells.
    const headless = 'C1,Jane Example,ASD,7,51.3,1.1,Jane Example\nC2,Sam Example,ASD,7,51.3,1.1,Sam Example\n';
    for (const read of [() => readCsv(headless), () => readChildrenCsv(headless)]) {
      try {
        read();
        expect.unreachable('should have thrown');
      } catch (e) {
        const err = e as Error & { issues: ValidationIssue[] };
        expect(err.issues).toEqual([
          {
            path: '(header)',
            line: 1,
            code: 'duplicate',
            message: 'column 7 has the same name as column 2; rename one',
          },
        ]);
        expect(`${err}${JSON.stringify(err.issues)}`).not.toContain('Jane');
      }
    }
  });

  it('names the separator a file saved with semicolons or tabs seems to use, in one header issue', () => {
    const issuesOf = (text: string, delimiter?: string) => {
      try {
        readCsv(text, delimiter === undefined ? {} : { delimiter });
      } catch (e) {
        if (isValidationError(e)) return e.issues.map((i) => [i.line, i.code, i.message]);
      }
      return [];
    };
    expect(issuesOf('id;primaryNeed;ncYear\r\nC1;ASD;8\r\n')).toEqual([
      [
        1,
        'delimiter',
        'the header is a single column holding semicolons: the file looks separated by semicolons, not commas; ' +
          'save it as comma-separated CSV (in Excel, "CSV UTF-8 (Comma delimited)")',
      ],
    ]);
    expect(issuesOf('year\tvalue\n2020\t4\n')[0][2]).toMatch(/separated by tabs, not commas/);
    expect(issuesOf('a,b\n1,2\n', ';')[0][2]).toBe(
      'the header is a single column holding commas: the file looks separated by commas, not semicolons',
    );
    // The same files read with their own separator, and a real one-column file, are fine.
    expect(readCsv('id;primaryNeed\nC1;ASD\n', { delimiter: ';' }).records).toEqual([{ id: 'C1', primaryNeed: 'ASD' }]);
    expect(readCsv('id\nC1\n').records).toEqual([{ id: 'C1' }]);
  });

  it('returns nothing for an empty input', () => {
    expect(readCsv('').summary).toEqual({ read: 0, imported: 0, rejected: 0 });
  });

  it('counts every data row as imported or rejected (read = imported + rejected)', () => {
    const pieces = fc.constantFrom('a', 'b', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '£', '');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const result = readCsv(`x,y\n${parts.join('')}`);
        expect(result.summary.read).toBe(result.summary.imported + result.summary.rejected);
        expect(result.records).toHaveLength(result.summary.imported);
        expect(result.rejected).toHaveLength(result.summary.rejected);
      }),
      { numRuns: runs },
    );
  });
});
