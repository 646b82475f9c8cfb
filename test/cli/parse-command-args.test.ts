import { describe, expect, it } from 'vitest';
import { backtestProjectionCommand } from '../../src/cli/commands/backtest-projection.js';
import { rankCommand } from '../../src/cli/commands/rank.js';
import { reportCommand } from '../../src/cli/commands/report.js';
import { parseCommandArgs } from '../../src/cli/parse-command-args.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { runCommand } from './support/run-command.js';

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
    expect(usage(['--chidl', 'c.json'])).toBe('unknown option --chidl; did you mean --child?');
    expect(usage(['--Schools', 's.csv'])).toBe('unknown option --Schools; did you mean --schools?');
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

  it('reads a decimal flag as written, leaves its range to the library, and refuses what is not a number', () => {
    const read = (value: string) =>
      parseCommandArgs(backtestProjectionCommand, ['--history', 'h.csv', '--growth-damping', value]).decimal(
        'growth-damping',
      );
    expect(read('0.5')).toBe(0.5);
    expect(read('.25')).toBe(0.25);
    expect(read('1')).toBe(1);
    expect(read('-2')).toBe(-2); // out of range: the library says so, naming its bound
    for (const bad of ['0x1', 'Infinity', '1e', 'NaN', '0.5.1', '½'])
      expect(() => read(bad)).toThrow('--growth-damping must be a number, like 0.5 or 50%');
    expect(read('30%')).toBe(0.3); // as a rate cell is written
    expect(parseCommandArgs(backtestProjectionCommand, ['--history', 'h.csv']).decimal('growth-damping')).toBe(
      undefined,
    );
  });

  it('refuses a flag of one value given twice, naming it; a repeatable flag may be', () => {
    expect(usage(['--schools', 'a.csv', '--schools', 'b.csv', '--child', 'c.json'])).toBe(
      '--schools is given more than once; give it once',
    );
    expect(usage(['--schools', 'a.csv', '--child', 'c.json', '--format', 'csv', '--format=json'])).toBe(
      '--format is given more than once; give it once',
    );
    const plans = parseCommandArgs(reportCommand, ['--scenario', 'a.json', '--scenario', 'b.json']);
    expect(plans.strings('scenario')).toEqual(['a.json', 'b.json']);
  });

  it('reads a whole-number flag as a CSV cell is written: £ and thousands commas', () => {
    const budget = (value: string) =>
      parseCommandArgs(reportCommand, ['--scenario', 's.json', '--budget', value]).integer('budget', { min: 0 }, 0);
    expect(budget('£12,000,000')).toBe(12_000_000);
    expect(budget('12,000,000')).toBe(12_000_000);
    expect(budget('12000000')).toBe(12_000_000);
    for (const bad of ['£12m', '12.5', '1,2,3', 'twelve'])
      expect(() => budget(bad)).toThrow('--budget must be a whole number at least 0');
  });
});

describe('--out -', () => {
  it('is standard output, as other commands take it, not a file named "-"', async () => {
    expect(parseCommandArgs(rankCommand, ['--out', '-']).out).toBeUndefined();
    expect(parseCommandArgs(rankCommand, ['--out', 'r.csv']).out).toBe('r.csv');
    const { code, out, written } = await runCommand([
      'sufficiency',
      '--scenario',
      'data/kent/scenario-2025.json',
      '--out',
      '-',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).rows).toHaveLength(6);
    expect(written.has('-')).toBe(false);
  });
});
