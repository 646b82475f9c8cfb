import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/io/windows-1252.js';
import { quoteCell } from '../../src/io/quote-cell.js';

describe('decodeWindows1252', () => {
  it('reads 0x80-0x9F as the typographic characters Excel and GIAS mean', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f]))).toBe(
      '€…‘’“”–—™Ÿ',
    );
  });

  it('keeps the five bytes the table leaves undefined as the code point of the same number', () => {
    expect([...decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))].map((c) => c.charCodeAt(0))).toEqual(
      [0x81, 0x8d, 0x8f, 0x90, 0x9d],
    );
  });

  it('is Latin-1 outside 0x80-0x9F, one character a byte, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const text = decodeWindows1252(bytes);
        expect(text.length).toBe(bytes.length);
        for (let i = 0; i < bytes.length; i++)
          if (bytes[i] < 0x80 || bytes[i] > 0x9f) expect(text.charCodeAt(i)).toBe(bytes[i]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('quoteCell', () => {
  it('keeps a message on one line whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (cell) => {
        expect(quoteCell(cell)).not.toMatch(/[\r\n\u2028\u2029]/);
      }),
    );
  });

  it('cuts a long cell and leaves a short one as it is', () => {
    expect(quoteCell('Academy converter')).toBe('"Academy converter"');
    expect(quoteCell('x'.repeat(200))).toHaveLength(82);
  });
});
