// The command as a separate process: exit codes, streams and the built bin (the source via tsx when
// the build is older than the source).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli-process.js';

const STACK = /\n\s+at .*[:(]/;

describe('send-placement as a process', () => {
  it('exits 0 and prints JSON on a pipe', () => {
    const { code, out, err } = cli([
      'rank',
      '--schools',
      'test/cli/fixtures/schools.csv',
      '--child',
      'test/cli/fixtures/child.json',
      '--limit',
      '2',
    ]);
    expect(code, err).toBe(0);
    expect(JSON.parse(out).ranked).toHaveLength(2);
    expect(err).not.toContain('\r'); // no progress bar when stderr is not a terminal
  });

  it('exits 2 on bad input, one error line per problem, no stack trace', () => {
    const { code, out, err } = cli([
      'allocate',
      '--schools',
      'test/cli/fixtures/schools.csv',
      '--children',
      'test/cli/fixtures/bad-children.csv',
    ]);
    expect(code).toBe(2);
    expect(out).toBe('');
    const errors = err.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const line of errors)
      expect(line).toMatch(/^error: test\/cli\/fixtures\/bad-children\.csv line \d+, [\w.]+: /);
    expect(err).not.toMatch(STACK);
  });

  it('exits 2 on bad usage and points at the help', () => {
    const { code, err } = cli(['rank', '--schools']);
    expect(code).toBe(2);
    expect(err).toContain("Run 'send-placement rank --help' for usage.");
  });

  // A full disk is a failure of the run, not of the input: /dev/full refuses every write with ENOSPC.
  it.skipIf(!existsSync('/dev/full'))('exits 1 on a runtime failure; SEND_PLACEMENT_DEBUG=1 adds the stack', () => {
    const args = ['forecast', '--series', 'test/cli/fixtures/spend.csv', '--out', '/dev/full'];
    const plain = cli(args);
    expect(plain.code).toBe(1);
    expect(plain.err).toMatch(/^error: /m);
    expect(plain.err).not.toMatch(STACK);
    const debug = cli(args, { SEND_PLACEMENT_DEBUG: '1' });
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(STACK);
  });

  it('exits 2 naming the folder when --out is in a folder that does not exist, before running', () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-placement-cli-'));
    try {
      const missing = join(dir, 'missing');
      const { code, out, err } = cli([
        'sufficiency',
        '--scenario',
        'data/kent/scenario-2025.json',
        '--out',
        join(missing, 'k.csv'),
      ]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(`error: --out: the folder ${missing} does not exist; create it first`);
      expect(err).not.toContain('independent placements'); // nothing ran
      expect(err).not.toMatch(/ENOENT/);
      expect(err).not.toMatch(STACK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes --out and keeps stdout empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-placement-cli-'));
    try {
      const file = join(dir, 'forecast.csv');
      const { code, out } = cli([
        'forecast',
        '--series',
        'test/cli/fixtures/spend.csv',
        '--horizon',
        '2',
        '--out',
        file,
      ]);
      expect(code).toBe(0);
      expect(out).toBe('');
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('year,forecast,80% low,80% high,95% low,95% high');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync('dist/cli.js'))('runs from the built bin (dist/cli.js) with its shebang', () => {
    expect(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const run = spawnSync(process.execPath, ['dist/cli.js', '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Usage: send-placement <command> [flags]');
    const rank = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        'rank',
        '--schools',
        'test/cli/fixtures/schools.csv',
        '--child',
        'test/cli/fixtures/child.json',
        '--format',
        'csv',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(rank.status, rank.stderr).toBe(0);
    expect(rank.stdout.split('\n')[1]).toMatch(/^1,900001,/);
  });
});
