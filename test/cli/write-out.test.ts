import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processIo } from '../../src/cli/cli-io.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { runCli } from '../../src/cli/run-cli.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { checkOutFolder, writeOut } from '../../src/cli/write-out.js';
import { fixture, memoryIo } from './support/memory-io.js';

const refusing = (code: string) => ({
  ...memoryIo(),
  writeFile: async () => {
    throw Object.assign(new Error(`${code}: open 'x'`), { code });
  },
});

describe('--out', () => {
  it('is checked before the run: a missing folder, or a folder given as the file, is bad usage naming it', async () => {
    const io = { ...memoryIo(), isFolder: async (p: string) => p === 'reports' || p === 'out' };
    await expect(checkOutFolder(io, 'reprots/kent.html', 'report')).rejects.toThrow(
      '--out: the folder reprots does not exist; create it first, or write somewhere else',
    );
    await expect(checkOutFolder(io, 'out', 'report')).rejects.toThrow('--out: out is a folder');
    await expect(checkOutFolder(io, 'reports/kent.html', 'report')).resolves.toBeUndefined();
    await expect(checkOutFolder(io, 'kent.html', 'report')).resolves.toBeUndefined();
  });

  it("turns a refused write into bad usage from the error's code, and passes other failures on", async () => {
    await expect(writeOut(refusing('ENOENT'), 'gone/k.csv', 'x', 'sufficiency')).rejects.toThrow(
      '--out: the folder gone does not exist',
    );
    await expect(writeOut(refusing('EACCES'), '/k.csv', 'x', 'sufficiency')).rejects.toThrow(UsageError);
    const full = await writeOut(refusing('ENOSPC'), 'k.csv', 'x', 'sufficiency').catch((e: unknown) => e);
    expect(full).not.toBeInstanceOf(UsageError);
  });
});

describe('--out against the inputs', () => {
  const inTemp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-placement-out-'));
    const kids = join(dir, 'kids.csv');
    copyFileSync(fixture('children.csv'), kids);
    symlinkSync(kids, join(dir, 'link.csv'));
    let err = '';
    const io = { ...processIo(), stdout: () => {}, stderr: (t: string) => void (err += t) };
    return { dir, kids, io, err: () => err };
  };

  it.each([
    ['the same name', (kids: string) => kids],
    ['another spelling of it', (kids: string) => `${dirname(kids)}/./kids.csv`],
    ['a link to it', (kids: string) => join(dirname(kids), 'link.csv')],
  ])('refuses to write over an input given by %s, and writes nothing', async (_name, outOf) => {
    const { dir, kids, io, err } = inTemp();
    const before = readFileSync(kids, 'utf8');
    const code = await runCli(
      ['allocate', '--schools', fixture('schools.csv'), '--children', kids, '--out', outOf(kids)],
      io,
      COMMANDS,
    );
    expect(code).toBe(2);
    expect(err()).toMatch(/^error: --out .*\.csv is the --children file; writing there would replace your input/);
    expect(readFileSync(kids, 'utf8')).toBe(before);
    rmSync(dir, { recursive: true });
  });

  it('checks every file flag of every command: rank --schools, import gias --file', async () => {
    for (const argv of [
      ['rank', '--schools', 'same.csv', '--child', fixture('child.json'), '--out', 'same.csv'],
      ['import', 'gias', '--file', 'gg.csv', '--out', './gg.csv'],
      ['sufficiency', '--scenario', 'a.json', '--scenario', 'b.json', '--out', 'b.json'],
    ]) {
      const io = memoryIo();
      expect(await runCli(argv, io, COMMANDS)).toBe(2);
      expect(io.err()).toMatch(/^error: --out \S+ is the --(schools|file|scenario) file/);
      expect(io.written.size).toBe(0);
    }
  });

  it('lets a new file through', async () => {
    const { dir, kids, io } = inTemp();
    const out = join(dir, 'allocation.csv');
    const argv = ['allocate', '--schools', fixture('schools.csv'), '--children', kids, '--out', out];
    expect(await runCli(argv, io, COMMANDS)).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^child,URN,school/);
    rmSync(dir, { recursive: true });
  });
});

describe('--out against the format', () => {
  it.each([
    [
      ['rank', '--out', 'out.xlsx'],
      'send-placement does not write Excel workbooks; write CSV, which Excel opens: --out out.csv',
    ],
    [['report', '--out', 'r4.csv'], 'report writes an HTML page, not csv: --out r4.html'],
    [['rank', '--out', 'out.html'], 'rank writes a table, not HTML (the report command writes HTML)'],
    [['rank', '--format', 'json', '--out', 'out.csv'], 'the name says csv but --format is json: give --out out.json'],
  ])('refuses %j before running, writing nothing', async (argv, message) => {
    const [command, ...flags] = argv;
    const inputs =
      command === 'report'
        ? ['--series', 'data/kent/nmiss-spend.csv']
        : ['--schools', fixture('schools.csv'), '--child', fixture('child.json')];
    const io = memoryIo();
    expect(await runCli([command, ...inputs, ...flags], io, COMMANDS)).toBe(2);
    expect(io.err()).toContain(`error: --out ${flags.at(-1)}: ${message}\n`);
    expect(io.written.size).toBe(0);
  });

  it('lets a name that agrees, or says nothing of the format, through', async () => {
    const io = memoryIo();
    const rank = ['rank', '--schools', fixture('schools.csv'), '--child', fixture('child.json')];
    expect(await runCli([...rank, '--out', 'out.txt'], io, COMMANDS)).toBe(0);
    expect(await runCli([...rank, '--format', 'csv', '--out', 'out.csv'], io, COMMANDS)).toBe(0);
    expect(await runCli(['report', '--series', 'data/kent/nmiss-spend.csv', '--out', 'r.html'], io, COMMANDS)).toBe(0);
    expect([...io.written.keys()]).toEqual(['out.txt', 'out.csv', 'r.html']);
  });
});
