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
