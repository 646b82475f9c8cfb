// A guard on what the browser core is made of: bundled as an app's bundler would, it must hold no
// part of classic zod or zod's locales (one reach through z.core once pulled in 370 KB of them), no
// Node built-in, and stay within a ceiling a little above its size when this was last raised (222 KB
// minified, for sufficiencyGaps refusing a group's size written as anything but `count`, which
// counted as one child; before that 221 KB, for the warning that names the years no transition rule
// covers, and 220 KB, for the maximum flow by shortest augmenting paths: bench/README.md, "Bundle
// size", says how that compares with the 150 KB budget). Raise it only for code a user gains, and
// say so.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { builtEntry } from '../support/built-entry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CEILING_BYTES = 223 * 1024;

/**
 * Bundles as an app's bundler would for a browser, minified: the size, and the files that put code in
 * the bundle (tree-shaking visits more, and leaves them empty).
 */
async function browserBundle(from: Pick<BuildOptions, 'entryPoints' | 'stdin'>) {
  const result = await build({
    ...from,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => file);
  return { size: result.outputFiles[0].contents.length, inputs };
}

describe('the core bundled for a browser', () => {
  it('holds no classic zod, no zod locale and no JSON-schema code, and stays under its ceiling', async () => {
    const { size, inputs } = await browserBundle({ entryPoints: [`${root}src/index.ts`] });
    const zodParts = inputs.filter((file) => file.includes('node_modules/zod/'));
    expect(zodParts.length).toBeGreaterThan(0);
    expect(zodParts.filter((file) => /\/(classic|locales)\/|json-schema|to-json-schema/.test(file))).toEqual([]);
    expect(inputs.filter((file) => file.startsWith('node:'))).toEqual([]);
    expect(size).toBeLessThan(CEILING_BYTES);
  });
});

const esmCore = builtEntry('index', 'import');

describe.skipIf(!existsSync(esmCore))('the published ESM core, bundled into an app', () => {
  it('keeps only the modules the app uses, as the source does: a ranking app carries no forecasting', async () => {
    const bundle = (from: string) =>
      browserBundle({
        stdin: { contents: `export { rankSchools, parseChild } from '${from}';`, resolveDir: root, loader: 'js' },
      });
    const published = await bundle(esmCore);
    const source = await bundle(`${root}src/index.ts`);
    expect(published.inputs.filter((file) => /\/(forecast|sufficiency|privacy)\//.test(file))).toEqual([]);
    expect(published.size).toBeLessThan(source.size * 1.05);
  });
});
