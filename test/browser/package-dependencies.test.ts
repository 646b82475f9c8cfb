// The published ESM build keeps one file a source module and leaves every package import for the
// app's installer to satisfy, so each package it imports must be a dependency: a devDependency is
// in this repository's node_modules but not in an app's (the ESM core once imported @noble/hashes,
// a devDependency, and failed to load in a fresh install). Needs `npm run build` first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const esm = join(root, 'dist/esm');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** The package a bare specifier names: `@noble/hashes/hmac` -> `@noble/hashes`, `zod/mini` -> `zod`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every package imported (statically or by `import()`) by the JavaScript files under `dir`. */
function importedPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const statements = text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"'.][^"']*)["']/gm);
    const dynamic = text.matchAll(/\bimport\(\s*["']([^"'.][^"']*)["']\s*\)/g);
    for (const [, specifier] of [...statements, ...dynamic]) {
      if (!specifier.startsWith('node:')) found.add(packageOf(specifier));
    }
  }
  return found;
}

describe.skipIf(!existsSync(esm))('the published ESM build', () => {
  it('imports only packages that are dependencies, so a fresh install can load it', () => {
    const imported = [...importedPackages(esm)];
    expect(imported).toEqual(expect.arrayContaining(['zod', 'vega']));
    expect(imported.filter((name) => !Object.hasOwn(pkg.dependencies, name))).toEqual([]);
  });
});

describe.skipIf(existsSync(esm))('the published ESM build, before a build', () => {
  it.skip('is checked after `npm run build` (dist/esm is absent)', () => {});
});
