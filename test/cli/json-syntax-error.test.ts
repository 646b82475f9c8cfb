import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/cli/json-syntax-error.js';

describe('jsonSyntaxError', () => {
  it('holds its doc example: a trailing comma, on the line of the comma', () => {
    expect(jsonSyntaxError('{\n  "id": "C1",\n  "ncYear": 7,\n}')).toEqual({
      line: 3,
      column: 14,
      cause: 'a comma before } (JSON allows no comma after the last item)',
    });
  });

  it('says the cause of the mistakes people make by hand, with line and column', () => {
    const cases: [string, number, number, RegExp][] = [
      ['[{"id": "C1",', 1, 14, /ends before the JSON is complete/],
      ['', 1, 1, /is empty/],
      ['{"a" 1}', 1, 6, /colon is missing/],
      ["{'a': 1}", 1, 2, /single quotes/],
      ['[1 2]', 1, 4, /comma or a closing \] is missing/],
      ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /comma or a closing \} is missing/],
      ['{"a": "x\ny"}', 1, 9, /runs past the end of its line/],
      ['[1,2]]', 1, 6, /more text after the end/],
      ['// note\n[1]', 1, 1, /comments are not allowed in JSON/],
      [
        '{\n  // the plan\n  "name": "x"\n}',
        2,
        3,
        /^a comment \(\/\/ or \/\* \*\/\): comments are not allowed in JSON/,
      ],
      ['{\n  "a": 1, // why\n  "b": 2\n}', 2, 11, /comments are not allowed in JSON/],
      ['{\n  "a": 1 /* why */\n}', 2, 10, /comments are not allowed in JSON/],
      ['[1, /* two */ 2]', 1, 5, /comments are not allowed in JSON/],
      ['[01]', 1, 3, /number in a form JSON does not allow/],
      ['{a: 1}', 1, 2, /name in an object must be in double quotes/],
      ['{"a": 1,, "b": 2}', 1, 9, /two commas/],
      ['"\\q"', 1, 2, /backslash/],
      ['{"a": }', 1, 7, /value is missing before \}/],
    ];
    for (const [text, line, column, cause] of cases) {
      const found = jsonSyntaxError(text);
      expect(found, text).toMatchObject({ line, column });
      expect(found?.cause, text).toMatch(cause);
    }
  });

  it('never quotes the text around the error: a child’s data stays out of the message', () => {
    for (const text of ['{"name": Jane Smith}', '{"id": "KC1", "note": tru}', '{"x": Kent}']) {
      const found = jsonSyntaxError(text);
      expect(found?.cause).not.toMatch(/Jane|Smith|tru|Kent/);
    }
  });

  it('agrees with JSON.parse on every text: undefined exactly when the text is valid JSON', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().map((t) => t.slice(0, Math.max(0, t.length - 1))),
      fc.json().map((t) => t.replace(/,/, ',,')),
      fc.stringMatching(/^[[\]{}",:0-9a-z\s.eE+-]{0,30}$/),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('scans deep nesting without running out of stack', () => {
    expect(jsonSyntaxError('['.repeat(100_000))).toMatchObject({ line: 1, cause: expect.stringMatching(/ends/) });
    expect(jsonSyntaxError(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)).toBeUndefined();
  });
});
