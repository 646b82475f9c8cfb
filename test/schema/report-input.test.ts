// isMissing tells "is required" from a wrong value by the input, which zod keeps only when
// asked (`reportInput: true`): a parse without it reported an unknown strategy name as missing.
// So every parse in src/ asks for it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** The arguments of each `safeParse(...)` call in `code`, up to its closing bracket. */
function safeParseCalls(code: string): string[] {
  const calls: string[] = [];
  for (let at = code.indexOf('safeParse('); at !== -1; at = code.indexOf('safeParse(', at + 1)) {
    let depth = 0;
    let end = at + 'safeParse'.length;
    do {
      if (code[end] === '(') depth++;
      else if (code[end] === ')') depth--;
      end++;
    } while (depth > 0 && end < code.length);
    calls.push(code.slice(at, end));
  }
  return calls;
}

describe('parses in src/', () => {
  it('all pass reportInput, so that a wrong value is never reported as "is required"', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const without: string[] = [];
    let calls = 0;
    for (const file of files) {
      // Doc comments' examples are not calls the library makes.
      const code = readFileSync(`${src}${file}`, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/)/.test(line))
        .join('\n');
      for (const call of safeParseCalls(code)) {
        calls++;
        if (!call.includes('reportInput: true')) without.push(`${file}: ${call}`);
      }
    }
    expect(calls).toBeGreaterThan(20);
    expect(without).toEqual([]);
  });
});
