import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/run-cli.js';
import { readInput } from '../../src/cli/read-input.js';
import { memoryIo, fixture } from './support/memory-io.js';

const echo: Command = {
  name: 'echo',
  summary: 'Echoes the schools of a file.',
  options: {
    schools: { type: 'string', value: 'FILE', required: true, description: 'schools, CSV or JSON' },
    limit: { type: 'string', value: 'N', description: 'at most N' },
  },
  examples: ['send-placement echo --schools schools.csv'],
  async run({ io, args }) {
    const { records } = await readInput(io, 'schools', args.requiredString('schools'));
    const limit = args.integer('limit', { min: 1 }, records.length);
    const rows = records.slice(0, limit).map((s) => ({ urn: s.urn, fee: s.annualFee }));
    return { json: rows, tables: [{ columns: ['urn', 'fee'], rows }], notes: [`${rows.length} schools`] };
  },
};
const boom: Command = {
  name: 'boom',
  summary: 'Fails.',
  options: {},
  examples: ['send-placement boom'],
  run: async () => {
    throw new Error('disk on fire');
  },
};
const sub: Command = { ...echo, name: 'import thing', summary: 'Imports a thing.' };
const commands = [echo, boom, sub];

describe('runCli', () => {
  it('prints the command list with an example for --help and exits 0', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io, commands)).toBe(0);
    expect(io.out()).toContain('echo');
    expect(io.out()).toContain('Example:');
  });

  it('prints usage on stderr and exits 2 with no command', async () => {
    const io = memoryIo();
    expect(await runCli([], io, commands)).toBe(2);
    expect(io.err()).toContain('Usage: send-placement');
  });

  it('shows a command help with its flags and example', async () => {
    const io = memoryIo();
    expect(await runCli(['echo', '--help'], io, commands)).toBe(0);
    expect(io.out()).toContain('Usage: send-placement echo --schools FILE [flags]');
    expect(io.out()).toContain('--format table|csv|json');
    expect(io.out()).toContain('send-placement echo --schools schools.csv');
  });

  it('writes JSON when stdout is not a terminal and a table when it is', async () => {
    const piped = memoryIo();
    expect(await runCli(['echo', '--schools', fixture('schools.csv'), '--limit', '2'], piped, commands)).toBe(0);
    expect(JSON.parse(piped.out())).toEqual([
      { urn: '900001', fee: 52000 },
      { urn: '900002', fee: 61000 },
    ]);
    expect(piped.err()).toContain('2 schools');
    const tty = memoryIo({ tty: true });
    await runCli(['echo', '--schools', fixture('schools.csv'), '--limit', '1'], tty, commands);
    expect(tty.out()).toBe('urn        fee\n------  ------\n900001  52,000\n');
  });

  it('chooses CSV from --format or from the extension of --out', async () => {
    const io = memoryIo();
    await runCli(['echo', '--schools', fixture('schools.csv'), '--limit', '1', '--format', 'csv'], io, commands);
    expect(io.out()).toBe('urn,fee\n900001,52000\n');
    const file = memoryIo();
    await runCli(['echo', '--schools', fixture('schools.csv'), '--limit', '1', '--out', 'x.csv'], file, commands);
    expect(file.written.get('x.csv')).toBe('urn,fee\n900001,52000\n');
    expect(file.out()).toBe('');
    expect(file.err()).toContain('wrote x.csv');
  });

  it.each([
    [['nope'], 'unknown command "nope"'],
    [['echo', '--schools'], '--schools needs a value'],
    [['echo', '--bogus', '1'], 'unknown option --bogus'],
    [['echo', 'stray'], 'unexpected argument stray'],
    [['echo'], '--schools is required'],
    [['echo', '--schools', fixture('schools.csv'), '--limit', '0'], '--limit must be a whole number at least 1'],
    [['echo', '--schools', 'x.csv', '--format', 'xml'], '--format must be one of table, csv, json'],
    [['import', 'what'], 'unknown import kind "what"; use one of: thing'],
  ])('exits 2 on bad usage %j', async (argv, message) => {
    const io = memoryIo();
    expect(await runCli(argv, io, commands)).toBe(2);
    expect(io.err()).toContain(`error: ${message}`);
    expect(io.out()).toBe('');
  });

  it('runs a subcommand named by two words', async () => {
    const io = memoryIo();
    expect(await runCli(['import', 'thing', '--schools', fixture('schools.csv'), '--limit', '1'], io, commands)).toBe(
      0,
    );
  });

  it('exits 2 naming the file, line and field of every bad row, and never echoes other fields', async () => {
    const io = memoryIo();
    const e: Command = {
      ...echo,
      async run({ io: i, args }) {
        await readInput(i, 'children', args.requiredString('schools'));
        return {};
      },
    };
    expect(await runCli(['echo', '--schools', fixture('bad-children.csv')], io, [e])).toBe(2);
    const lines = io.err().trim().split('\n');
    expect(lines[0]).toMatch(/^error: test\/cli\/fixtures\/bad-children.csv line 3, primaryNeed: unknown need code/);
    expect(lines.some((l) => /line 4, ncYear: /.test(l))).toBe(true);
    expect(lines.some((l) => /line 4, home.lat: /.test(l))).toBe(true);
    expect(io.err()).not.toMatch(/XYZ|eight|95|female/);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('reports a missing input file as bad input', async () => {
    const io = memoryIo();
    expect(await runCli(['echo', '--schools', 'no-such.csv'], io, commands)).toBe(2);
    expect(io.err()).toContain('error: no-such.csv: no such file');
  });

  it('exits 1 on a runtime failure without a stack, and shows one with SEND_PLACEMENT_DEBUG=1', async () => {
    const io = memoryIo();
    expect(await runCli(['boom'], io, commands)).toBe(1);
    expect(io.err()).toContain('error: disk on fire');
    expect(io.err()).not.toMatch(/\n\s+at /);
    const debug = memoryIo({ env: { SEND_PLACEMENT_DEBUG: '1' } });
    expect(await runCli(['boom'], debug, commands)).toBe(1);
    expect(debug.err()).toMatch(/\n\s+at /);
  });
});
