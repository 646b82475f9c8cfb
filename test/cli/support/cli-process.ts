import { spawnSync } from 'node:child_process';
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
  existsSync('dist/cli.js') && statSync('dist/cli.js').mtimeMs >= newestMtime('src') ? ['dist/cli.js'] : ['--import', 'tsx', 'src/cli/index.ts'];

/** Runs `send-placement args...` as a process with piped (non-terminal) streams. */
export function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SEND_PLACEMENT_DEBUG: '', ...env },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
