// The README's model names and the code's are one list (issue #15): every name the README lists is
// accepted, the command's --help lists exactly the same, and the error for an unknown name too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forecastCommand } from '../../src/cli/commands/forecast.js';
import { commandHelp } from '../../src/cli/help.js';
import { METHOD_LIST } from '../../src/forecast/method.js';
import { MethodSchema } from '../../src/forecast/options.js';

// The README wraps its lines, so it is read as one line.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const LEAD = 'Methods, as `send-placement forecast --help` lists them: ';

/** The README's list of methods, up to the sentence's full stop, backticks removed. */
function readmeList(): string {
  const start = readme.indexOf(LEAD);
  expect(start, `the README has a sentence starting "${LEAD}"`).toBeGreaterThan(-1);
  return readme.slice(start + LEAD.length, readme.indexOf('. ', start)).replaceAll('`', '');
}

describe('method names', () => {
  it('are listed in the README exactly as in METHOD_LIST', () => {
    expect(readmeList()).toBe(METHOD_LIST.join(', '));
  });

  it('are listed in `forecast --help` exactly as in METHOD_LIST', () => {
    expect(commandHelp(forecastCommand)).toContain(METHOD_LIST.join(', '));
  });

  it('are each accepted, the other names as their model', () => {
    for (const entry of METHOD_LIST) {
      const names = entry
        .match(/^(\S+)(?: \(or (\S+)\))?$/)!
        .slice(1)
        .filter(Boolean);
      const models = names.map((name) => MethodSchema.parse(name));
      expect(new Set(models).size, entry).toBe(1);
    }
  });
});
