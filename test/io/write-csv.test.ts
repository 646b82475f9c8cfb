import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/read-csv.js';
import { writeCsv } from '../../src/io/write-csv.js';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

describe('writeCsv', () => {
  it('quotes cells that hold commas, quotes or line breaks', () => {
    expect(writeCsv([{ a: 'x,y', b: 'say "hi"', c: 'two\nlines', d: 3 }])).toBe(
      'a,b,c,d\r\n"x,y","say ""hi""","two\nlines",3\r\n',
    );
  });

  it('returns equal records when what it wrote is read back', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', ' ', ';', 'é', '£', '€', '😀', '\t', '0'),
    });
    const column = fc
      .string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'b', '.', '_', 'é', ',', '"') })
      .filter((s) => s.trim() === s);
    fc.assert(
      fc.property(
        fc
          .uniqueArray(column, { minLength: 1, maxLength: 5 })
          .chain((columns) =>
            fc.tuple(fc.constant(columns), fc.array(fc.tuple(...columns.map(() => text)), { maxLength: 8 })),
          ),
        fc.constantFrom('\r\n' as const, '\n' as const),
        ([columns, rows], eol) => {
          const records = rows.map((cells) => Object.fromEntries(columns.map((c, k) => [c, cells[k]])));
          const back = readCsv(writeCsv(records, columns, { eol }));
          expect(back.rejected).toEqual([]);
          expect(back.records).toEqual(records);
        },
      ),
      { numRuns: runs },
    );
  });
});

describe('writeCsv with what a form or an API hands it', () => {
  const problems = (write: () => unknown) => {
    try {
      write();
    } catch (e) {
      expect((e as Error).name).toBe('ValidationError');
      return (e as { issues: { path: string; message: string }[] }).issues.map((i) => `${i.path}: ${i.message}`);
    }
    throw new Error('wrote it');
  };

  it('rejects null options, a bad delimiter or line end as options, not a TypeError or a broken file', () => {
    expect(writeCsv([{ a: 1 }], undefined, null as never)).toBe('a\r\n1\r\n');
    expect(problems(() => writeCsv([{ a: 1 }], ['a'], { delimiter: Symbol('x') as never }))).toEqual([
      'delimiter: delimiter must be one character',
    ]);
    expect(problems(() => writeCsv([{ a: 1 }], ['a'], { delimiter: '"' }))).toEqual([
      'delimiter: delimiter must not be a quote or a line break',
    ]);
    expect(problems(() => writeCsv([{ a: 1 }], ['a'], { eol: 'x' as never }))).toEqual([
      'eol: eol must be "\\r\\n" or "\\n"',
    ]);
  });

  it('names each cell that is not text, a finite number, a boolean or empty: no NaN or [object Object] written', () => {
    const cells = [NaN, Infinity, {}, Symbol('s'), () => 1, 1n, new Date(0)];
    const issues = problems(() => writeCsv(cells.map((a) => ({ a })) as never));
    expect(issues).toEqual(cells.map((_, i) => `[${i}].a: must be text, a finite number, true/false or empty`));
    expect(issues.join()).not.toMatch(/NaN|object|Symbol/);
  });

  it('rejects records that are not a list of objects, and columns that are not texts', () => {
    expect(problems(() => writeCsv([null, 7] as never))).toEqual([
      '[0]: must be a record (an object)',
      '[1]: must be a record (an object)',
    ]);
    expect(problems(() => writeCsv({} as never))).toEqual(['(root): must be a list of records']);
    expect(problems(() => writeCsv([{ a: 1 }], {} as never))).toEqual([
      'columns: must be a list of column names (text)',
    ]);
    // A sparse list's hole is no record either.
    expect(problems(() => writeCsv([, { a: 1 }] as never))).toEqual(['[0]: must be a record (an object)']);
  });

  it("writes an inherited name (constructor, toString) as an empty cell, never the prototype's function", () => {
    expect(writeCsv([{ a: 1 }], ['a', 'constructor', 'toString'])).toBe('a,constructor,toString\r\n1,,\r\n');
  });

  it('writes a write*Csv file with null options as it does with none', async () => {
    const { writeSeriesCsv } = await import('../../src/io/series-csv.js');
    expect(writeSeriesCsv({ start: 2020, values: [1] }, null as never)).toBe('year,value\r\n2020,1\r\n');
  });
});
