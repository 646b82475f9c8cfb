// Every script in examples/ is a user's real task: run each one as a user would (npx tsx) and
// check that it succeeds and prints something.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const examples = readdirSync(new URL('../examples', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .sort();

describe('examples', () => {
  it.each(examples)('%s runs and prints its result', (file) => {
    const run = spawnSync('npx', ['tsx', `examples/${file}`], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().length).toBeGreaterThan(0);
  });
});
