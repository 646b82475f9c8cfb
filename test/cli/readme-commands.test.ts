// The README's command examples print what the README shows: every ```sh block of one `npx send-placement`
// line followed by a ```text block is run in process as on a terminal (notes on standard error first, as a
// terminal shows them, then the output), from the repository root. README_UPDATE=1 rewrites the outputs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from './support/run-command.js';

const path = fileURLToPath(new URL('../../README.md', import.meta.url));
const readme = readFileSync(path, 'utf8');
const update = process.env.README_UPDATE === '1';
const pattern = /```sh\nnpx send-placement ([^\n]*)\n```\n\s*```text\n([\s\S]*?)```/g;
const examples = [...readme.matchAll(pattern)].map((m) => ({
  argv: m[1].split(' '),
  output: m[2],
  start: (m.index ?? 0) + m[0].length - 3 - m[2].length,
}));
const printed: { start: number; end: number; text: string }[] = [];

afterAll(() => {
  if (!update) return;
  let text = readme;
  for (const p of [...printed].sort((a, b) => b.start - a.start))
    text = text.slice(0, p.start) + p.text + text.slice(p.end);
  writeFileSync(path, text);
});

describe('README command examples', () => {
  it('has some', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((e) => [e.argv.join(' '), e] as const))('send-placement %s', async (_name, example) => {
    const { err, out } = await runCommand(example.argv, { tty: true });
    const text = `${err}${out}`;
    printed.push({ start: example.start, end: example.start + example.output.length, text });
    if (!update) expect(text).toBe(example.output);
  });
});
