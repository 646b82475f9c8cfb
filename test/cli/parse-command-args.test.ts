import { describe, expect, it } from 'vitest';
import { rankCommand } from '../../src/cli/commands/rank.js';
import { reportCommand } from '../../src/cli/commands/report.js';
import { parseCommandArgs } from '../../src/cli/parse-command-args.js';
import { UsageError } from '../../src/cli/usage-error.js';

const usage = (argv: string[]) => {
  try {
    parseCommandArgs(rankCommand, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
};

describe('parseCommandArgs', () => {
  it('says in its own words what is wrong with a command line, from parseArgs tokens', () => {
    expect(usage(['--bogus', 'x'])).toBe('unknown option --bogus');
    expect(usage(['stray'])).toBe('unexpected argument stray (flags take the form --name value)');
    expect(usage(['--schools'])).toBe('--schools needs a value');
    expect(usage(['--schools', '--child', 'c.json'])).toBe('--schools needs a value');
    expect(usage(['--help=yes'])).toBe('--help does not take a value');
    expect(usage(['-x'])).toBe('unknown option -x');
    expect(usage(['--format', 'xml'])).toBe('--format must be one of table, csv, json');
    expect(usage(['--', 'x'])).toBe('unexpected argument --');
  });

  it('takes a negative number as a value, and --name=value', () => {
    const args = parseCommandArgs(reportCommand, ['--scenario', 's.json', '--nc-year', '-1', '--child-pages=2']);
    expect(args.integer('nc-year', { min: -5, max: 20 }, undefined)).toBe(-1);
    expect(args.integer('child-pages', { min: 0 }, undefined)).toBe(2);
  });
});
