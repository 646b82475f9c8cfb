// The README's code is what a newcomer copies first, so it must run and print what the README
// says. Every ```ts block followed by a ```text block is run as a user would run it (tsx, from the
// repository root, with 'send-placement' resolved to src) and its output compared with the text.
// `README_UPDATE=1 npx vitest run test/readme.test.ts` rewrites the outputs after a deliberate change.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = join(root, 'README.md');
const update = process.env.README_UPDATE === '1';

type Snippet = { code: string; output: string; outputStart: number; outputEnd: number; line: number };

/** The ```ts blocks that are followed, after blank lines only, by a ```text block with their output. */
export function snippetsOf(readme: string): Snippet[] {
  const pattern = /```ts\n([\s\S]*?)```\n\s*```text\n([\s\S]*?)```/g;
  const out: Snippet[] = [];
  for (const m of readme.matchAll(pattern)) {
    const outputStart = m.index + m[0].length - 3 - m[2].length;
    out.push({
      code: m[1],
      output: m[2],
      outputStart,
      outputEnd: outputStart + m[2].length,
      line: readme.slice(0, m.index).split('\n').length,
    });
  }
  return out;
}

const readme = readFileSync(readmePath, 'utf8');
const snippets = snippetsOf(readme);
const dir = mkdtempSync(join(tmpdir(), 'readme-'));
const results: Array<{ snippet: Snippet; stdout: string }> = [];

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (!update) return;
  let text = readme;
  for (const { snippet, stdout } of [...results].sort((a, b) => b.snippet.outputStart - a.snippet.outputStart)) {
    text = text.slice(0, snippet.outputStart) + stdout + text.slice(snippet.outputEnd);
  }
  writeFileSync(readmePath, text);
});

describe('README code', () => {
  it('has runnable examples with their output', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
  });

  it.each(snippets.map((s) => [s.line, s] as const))(
    'the example at README.md line %i prints what the README shows',
    (_line, snippet) => {
      const file = join(dir, `snippet-${snippet.line}.ts`);
      const code = snippet.code
        .replaceAll("from 'send-placement/report'", `from ${JSON.stringify(join(root, 'src/report/index.ts'))}`)
        .replaceAll("from 'send-placement'", `from ${JSON.stringify(join(root, 'src/index.ts'))}`);
      writeFileSync(file, code);
      const run = spawnSync('npx', ['tsx', file], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      results.push({ snippet, stdout: run.stdout });
      if (!update) expect(run.stdout).toBe(snippet.output);
    },
  );
});

/** Every line of `shown` but '...' and blank ones appears in `printed`, in the same order (an abridged output). */
function missingLines(shown: string, printed: string): string[] {
  const lines = printed.split('\n');
  const missing: string[] = [];
  let at = 0;
  for (const line of shown.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '...')) {
    const found = lines.indexOf(line, at);
    if (found < 0) missing.push(line);
    else at = found + 1;
  }
  return missing;
}

// Outputs the README shows after prose rather than after a ```ts block: the quick start's demo and the
// consultation plan's table. Each script is run as the README says and must print the lines shown.
describe('README script outputs', () => {
  it.each([
    ['npm run demo', /The demo prints \(abridged\):\n\n```text\n([\s\S]*?)```/, 'examples/demo.ts'],
    [
      'npx tsx examples/consultation-plan.ts',
      /`npx tsx examples\/consultation-plan\.ts` for a Year 7 child:\n\n```text\n([\s\S]*?)```/,
      'examples/consultation-plan.ts',
    ],
  ] as const)('%s prints what the README shows', (_name, pattern, script) => {
    const shown = pattern.exec(readme)?.[1];
    expect(shown, 'the README shows its output').toBeDefined();
    const run = spawnSync('npx', ['tsx', script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(missingLines(shown as string, run.stdout)).toEqual([]);
  });
});
