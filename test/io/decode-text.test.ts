import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text.js';
import { readFileSync } from 'node:fs';
import { readSchoolsCsv } from '../../src/io/schools-csv.js';

describe('decodeText', () => {
  it('rejects a size limit that is not a number above 0 as a ValidationError naming maxBytes', () => {
    // As a form or a query string hands them over: a Symbol and a null-prototype object threw TypeErrors,
    // NaN made every input "over the limit of NaN bytes".
    for (const maxBytes of [Symbol('x'), Object.create(null), NaN, '5', 0, -1]) {
      let thrown: unknown;
      try {
        decodeText(new Uint8Array([0x61]), maxBytes as never);
      } catch (e) {
        thrown = e;
      }
      expect((thrown as Error)?.name, String(typeof maxBytes)).toBe('ValidationError');
      expect((thrown as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['maxBytes']);
      expect((thrown as Error).message).not.toContain('NaN');
    }
  });

  it('keeps reading within a valid limit, and says the size over it', () => {
    expect(decodeText(new Uint8Array([0x61]), 10)).toBe('a');
    expect(() => decodeText('abc', 2)).toThrow(/over the limit of 2 bytes/);
  });
});

describe('an ArrayBuffer, as a browser File gives it (await file.arrayBuffer())', () => {
  it('is read as its bytes: decoded, and by every reader', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'id\r\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(bytes.buffer)).toBe('id\r\n'); // UTF-16 found from the bytes, as for a Uint8Array
    const csv = readFileSync(new URL('../cli/fixtures/schools.csv', import.meta.url));
    const buffer = csv.buffer.slice(csv.byteOffset, csv.byteOffset + csv.byteLength);
    expect(readSchoolsCsv(buffer)).toEqual(readSchoolsCsv(new Uint8Array(csv)));
    expect(readSchoolsCsv(buffer).records.length).toBeGreaterThan(0);
  });

  it('is the only other thing taken: a DataView or a number is refused, naming what is', () => {
    expect(() => decodeText(new DataView(new ArrayBuffer(2)) as never)).toThrow("must be the file's text or bytes");
    expect(() => decodeText(42 as never)).toThrow("must be the file's text or bytes");
  });
});
