// The core runs in a browser: bundled by esbuild for the browser platform (which refuses Node
// built-ins), loaded in headless Chromium from a file with the network off, it ranks a child,
// forecasts a series, projects Kent's scenario and pseudonymises ids, with Node's results (numbers
// equal to the last bits: V8 versions may round Math.sin one unit in the last place apart).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { NO_CHROMIUM, chromium, dumpDom } from '../support/chromium.js';
import { differences } from '../support/close-to.js';
import { type ProbeData, runProbe } from '../support/core-probe.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (file: string) => JSON.parse(readFileSync(`${root}data/kent/${file}`, 'utf8'));
const data: ProbeData = {
  schools: load('schools.json'),
  children: load('children.json').slice(0, 3),
  scenario: load('scenario-2025.json'),
};

/** The page's script: the core and the probe bundled for the browser, writing the result into the DOM. */
async function bundle(): Promise<string> {
  const entry = [
    `import * as api from ${JSON.stringify(`${root}src/index.ts`)};`,
    `import { runProbe } from ${JSON.stringify(`${root}test/support/core-probe.ts`)};`,
    "const data = JSON.parse(document.getElementById('data').textContent);",
    'let out;',
    'try { out = JSON.stringify(runProbe(api, data)); } catch (e) { out = JSON.stringify({ error: String(e) }); }',
    "const pre = document.createElement('pre');",
    "pre.id = 'result';",
    'pre.textContent = out;',
    'document.body.appendChild(pre);',
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'browser-entry.ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the core bundled for a browser', () => {
  it('bundles with no Node built-in (esbuild refuses one for the browser platform)', async () => {
    await expect(bundle()).resolves.toContain('rankSchools');
  });

  it.skipIf(!chromium)('gives in headless Chromium the results it gives in Node', async () => {
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const script = (await bundle()).replace(/<\/script/gi, '<\\/script');
    const body = `<script type="application/json" id="data">${json}</script><script>${script}</script>`;
    const html = `<!doctype html><html><body>${body}</body></html>`;
    const run = dumpDom(html);
    expect(run.status, run.stderr).toBe(0);
    const match = /<pre id="result">([\s\S]*?)<\/pre>/.exec(run.dom);
    expect(match, 'the page did not write a result').not.toBeNull();
    const inBrowser = JSON.parse(decode(match![1]));
    expect(inBrowser).not.toHaveProperty('error');
    const inNode = JSON.parse(JSON.stringify(runProbe(api, data)));
    expect(differences(inBrowser, inNode)).toEqual([]);
    // The comparison can fail: a changed number in the browser's result is caught.
    expect(differences({ ...inBrowser, excluded: inBrowser.excluded + 1 }, inNode)).toHaveLength(1);
  });

  it.skipIf(chromium)(NO_CHROMIUM, () => {});
});
