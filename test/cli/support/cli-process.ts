import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * How to start the command: the built bin when it is newer than every source file (CI builds before
 * testing, and plain node starts in a fraction of tsx's time), else the source through tsx.
 */
export const CLI_ARGS: string[] =
  existsSync('dist/cli.js') && statSync('dist/cli.js').mtimeMs >= newestMtime('src')
    ? ['dist/cli.js']
    : ['--import', 'tsx', 'src/cli/index.ts'];

/** Runs `send-placement args...` as a process with piped (non-terminal) streams. */
export function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SEND_PLACEMENT_DEBUG: '', ...env },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** What a spawned command printed and how it exited. */
export type SpawnedRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs `node <start...> <args...>` without blocking, so several can run at once: `start` is how to
 * start the command (the built bin, or the source through tsx), plain piped streams, no colour.
 */
export function spawnCli(start: string[], args: string[], cwd: string): Promise<SpawnedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...start, ...args], {
      cwd,
      env: { ...process.env, SEND_PLACEMENT_DEBUG: '', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
