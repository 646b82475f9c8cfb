// The command line is deterministic too: the same command on the same files prints the same bytes
// (stdout, stderr and exit code) every run, in each output format. Runs the built CLI (CI builds
// before it tests); without a build it is skipped with a message saying so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli, type SpawnedRun } from '../cli/support/cli-process.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

type Run = SpawnedRun;

function runCli(args: string[]): Promise<Run> {
  return spawnCli([CLI], args, ROOT);
}

/** One command per kind of work and output format, on the bundled Kent data: a second or so each. */
const COMMANDS: [string, string[]][] = [
  [
    'rank, every child, CSV',
    [
      'rank',
      '--schools',
      'data/kent/schools.json',
      '--child',
      'data/kent/children.json',
      '--limit',
      '3',
      '--format',
      'csv',
    ],
  ],
  ['sufficiency, JSON', ['sufficiency', '--scenario', 'data/kent/scenario-2025.json', '--format', 'json']],
  [
    'plan-capacity, JSON',
    [
      'plan-capacity',
      '--scenario',
      'data/kent/scenario-2025.json',
      '--candidates',
      'data/kent/capacity-candidates.csv',
      '--budget',
      '12000000',
      '--without-plan',
      '--format',
      'json',
    ],
  ],
  [
    'import transitions, CSV',
    [
      'import',
      'transitions',
      '--file',
      'data/kent/transitions-history.csv',
      '--settings',
      'data/kent/setting-codes.csv',
      '--format',
      'csv',
    ],
  ],
];

describe.skipIf(!existsSync(CLI))('the CLI prints the same bytes every run', () => {
  for (const [name, args] of COMMANDS) {
    it(name, async () => {
      const [first, second] = await Promise.all([runCli(args), runCli(args)]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
    }, 60_000);
  }
});

describe.skipIf(existsSync(CLI))('the CLI', () => {
  it.skip('is compared run against run after `npm run build` (dist/cli.js is absent)', () => {});
});
