// The built package under Deno (the `deno` npm package, a dev dependency): the shared probe gives
// Node's results, a chart draws, and the analyst's notebook (examples/analyst.ipynb, for Deno's
// Jupyter kernel) runs its code cells in order. Needs `npm run build` first (CI builds before it
// tests); without a build the tests are skipped with a message saying so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { builtEntry } from '../support/built-entry.js';
import { differences } from '../support/close-to.js';
import { runProbe } from '../support/core-probe.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const deno = `${root}node_modules/.bin/deno`;
const built = ['index', 'report'].every((entry) => existsSync(builtEntry(entry, 'import')));
const load = (file: string) => JSON.parse(readFileSync(`${root}data/kent/${file}`, 'utf8'));

/** Runs a TypeScript file with Deno and the repository's import map, from `cwd`. */
function runDeno(file: string, cwd = root) {
  return spawnSync(deno, ['run', '--config', `${root}deno.json`, '--allow-read', file], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
  });
}

describe.skipIf(!built)('the built package under Deno', () => {
  it('gives the probe the results Node gives and draws a chart', () => {
    const run = runDeno('test/deno/probe.ts');
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    const data = {
      schools: load('schools.json'),
      children: load('children.json').slice(0, 3),
      scenario: load('scenario-2025.json'),
    };
    expect(differences(out.probe, JSON.parse(JSON.stringify(runProbe(api, data))))).toEqual([]);
    expect(out.chart).toBe('<svg');
  });

  it("runs the analyst's notebook, code cell after code cell, as Deno's Jupyter kernel would", () => {
    const notebook = JSON.parse(readFileSync(`${root}examples/analyst.ipynb`, 'utf8'));
    const cells = notebook.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
    expect(notebook.metadata.kernelspec.name).toBe('deno');
    expect(cells.length).toBeGreaterThanOrEqual(3);
    const code = cells.map((c: { source: string[] }) => c.source.join('')).join('\n;\n');
    // After the last cell: the chart the notebook displays must be an SVG.
    const check = "\nif (!chart.startsWith('<svg')) throw new Error('the notebook drew no chart');\n";
    // The cells run from examples/, the notebook's folder, as the kernel runs them.
    const dir = mkdtempSync(join(tmpdir(), 'send-placement-notebook-'));
    const file = join(dir, 'analyst-notebook.ts');
    writeFileSync(file, code + check);
    try {
      const run = runDeno(file, `${root}examples`);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('1690 children, 122 schools');
      expect(run.stdout).toMatch(/^weighted-sum +mean \d+\.\d km/m);
      expect(run.stdout).toMatch(/^travel-heavy +mean \d+\.\d km/m);
      expect(run.stdout).toContain('weighted-sum vs topsis: same top choice for');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(built)('the built package under Deno, before a build', () => {
  it.skip('is run after `npm run build` (the ESM core and report are absent)', () => {});
});
