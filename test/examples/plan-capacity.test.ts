// examples/plan-capacity.ts prints Kent's capacity plan; its whole output is pinned by a golden file,
// and the claims its text makes are checked against the numbers it prints.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const GOLDEN = new URL('./__golden__/plan-capacity.txt', import.meta.url);

describe('examples/plan-capacity.ts', () => {
  const run = spawnSync('npx', ['tsx', 'examples/plan-capacity.ts'], { encoding: 'utf8', timeout: 120_000 });

  it('runs and matches the golden output (UPDATE_GOLDEN=1 rewrites it)', () => {
    expect(run.status, run.stderr).toBe(0);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, run.stdout);
    expect(existsSync(GOLDEN), 'no golden file: run with UPDATE_GOLDEN=1').toBe(true);
    expect(run.stdout).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('spends within £12m, saves more than splitting the budget equally, and its frontier never falls', () => {
    const millions = (line: string) => [...line.matchAll(/£([\d.]+)m/g)].map((x) => Number(x[1]));
    const lines = run.stdout.split('\n');
    const total = millions(lines.find((l) => l.startsWith('total'))!);
    expect(total[0]).toBeLessThanOrEqual(12);
    const even = millions(lines.find((l) => l.startsWith('Split equally'))!)[1];
    expect(total[1]).toBeGreaterThan(even);
    const start = lines.indexOf('budget        saving  extra saving') + 1;
    const frontier = lines.slice(start, start + 8).map((l) => millions(l)[1]);
    expect(frontier).toEqual([...frontier].sort((a, b) => a - b));
    expect(frontier.at(-1)).toBe(total[1]);
  });
});
