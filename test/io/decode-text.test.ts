import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text.js';

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
