// The library never sends anything over a network (DOMAIN.md, data protection): no module in src/
// imports a network module or calls a network API. This reads the source, so it also holds for code
// paths no test runs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** Modules that open connections (Node built-ins with and without `node:`, and common clients). */
const NETWORK_MODULES = [
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'child_process',
  'cluster',
  'inspector',
  'undici',
  'node-fetch',
  'cross-fetch',
  'isomorphic-fetch',
  'axios',
  'got',
  'ky',
  'superagent',
  'request',
  'ws',
  'socket.io-client',
  'eventsource',
];

/** Globals that reach a network without an import, and ways to load a module the scan cannot name. */
const NETWORK_CALLS: [string, RegExp][] = [
  ['fetch(', /(^|[^\w.$])fetch\s*\(/],
  ['globalThis.fetch', /\b(?:globalThis|global|window|self)\s*(?:\.\s*fetch\b|\[\s*['"`]fetch['"`]\s*\])/],
  ['import() of a computed name', /(^|[^\w.$])import\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))/],
  ['require() of a computed name', /(^|[^\w.$])require\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))/],
  ['createRequire', /\bcreateRequire\b/],
  ['eval(', /(^|[^\w.$])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['process.dlopen', /\bprocess\.dlopen\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['process.binding', /\bprocess\.binding\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** The source without comments, so a doc comment that says "no fetch()" is not taken for a call. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The network calls a source makes (see NETWORK_CALLS), by name. */
export function networkCalls(source: string): string[] {
  const code = withoutComments(source);
  return NETWORK_CALLS.filter(([, re]) => re.test(code)).map(([what]) => what);
}

/** Module names a source imports: static and dynamic imports, re-exports and require calls. */
export function importedModules(source: string): string[] {
  const code = withoutComments(source);
  const names: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"`;]*?from\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bexport\s+[^'"`;]*?from\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) names.push(m[1]);
  return names;
}

function isNetworkModule(name: string): boolean {
  const bare = name.replace(/^node:/, '');
  return NETWORK_MODULES.some((m) => bare === m || bare.startsWith(`${m}/`));
}

describe('no network access from src/', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('no module imports a network module', () => {
    const found = files.flatMap((file) =>
      importedModules(readFileSync(file, 'utf8'))
        .filter(isNetworkModule)
        .map((name) => `${relative(SRC, file)} imports ${name}`),
    );
    expect(found).toEqual([]);
  });

  it('no module calls a network API without importing it', () => {
    const found = files.flatMap((file) => {
      return networkCalls(readFileSync(file, 'utf8')).map((what) => `${relative(SRC, file)} uses ${what}`);
    });
    expect(found).toEqual([]);
  });

  it('every vega View gets a loader of its own (the default vega loader fetches URLs in a spec)', () => {
    const found = files.flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return [...code.matchAll(/new\s+(?:vega\.)?View\s*\(([^;]*)/g)]
        .filter((m) => !/\bloader\s*:/.test(m[1]))
        .map(() => `${relative(SRC, file)} builds a View without a loader`);
    });
    expect(found).toEqual([]);
  });

  it('the scanner itself catches each form of import', () => {
    const sample = [
      "import http from 'node:http';",
      "import { request } from 'https';",
      "export { connect } from 'net';",
      "const dns = await import('node:dns/promises');",
      "const cp = require('child_process');",
      "import 'undici';",
      '// import x from "tls"; a comment is not an import',
    ].join('\n');
    expect(importedModules(sample).filter(isNetworkModule)).toEqual([
      'node:http',
      'https',
      'undici',
      'net',
      'node:dns/promises',
      'child_process',
    ]);
    const more = [
      "import { connect } from 'node:http2';",
      "import * as dgram from 'dgram';",
      "import tls from 'node:tls';",
      "export * from 'node:net';",
      'const { Socket } = await import(`node:net`);',
      "const cp = await import('node:child_process');",
      "const t = require('tls');",
    ].join('\n');
    expect(importedModules(more).filter(isNetworkModule).sort()).toEqual([
      'dgram',
      'node:child_process',
      'node:http2',
      'node:net',
      'node:net',
      'node:tls',
      'tls',
    ]);
  });

  it('the scanner itself catches network calls and module loads it cannot name', () => {
    const calls = (code: string) => networkCalls(code);
    expect(calls('const r = await fetch(url);')).toEqual(['fetch(']);
    expect(calls('globalThis.fetch(url)')).toEqual(['globalThis.fetch']);
    expect(calls("globalThis['fetch'](url)")).toEqual(['globalThis.fetch']);
    expect(calls('const m = await import(name);')).toEqual(['import() of a computed name']);
    expect(calls('const m = await import(`node:${name}`);')).toEqual(['import() of a computed name']);
    expect(calls('const m = require(name);')).toEqual(['require() of a computed name']);
    expect(calls("const req = createRequire(import.meta.url); req('net');")).toEqual(['createRequire']);
    expect(calls("eval('require')('net')")).toEqual(['eval(']);
    expect(calls("new Function('return fetch')()")).toEqual(['new Function(']);
    expect(calls('const ws = new WebSocket(url);')).toEqual(['WebSocket']);
    // Not calls: a method named fetch on another object, a literal import, a comment.
    expect(calls("loader.fetch(x); const m = await import('vega'); // fetch(url)")).toEqual([]);
  });
});

describe('no network access from the build', () => {
  const DIST = join(import.meta.dirname, '../../dist');
  const files = existsSync(DIST) ? readdirSync(DIST).filter((f) => /\.(js|cjs|mjs)$/.test(f)) : [];
  const { dependencies = {} } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };

  // What tsup bundled in, and the modules the bundles load, as a user installs them: a dependency
  // that reached for the network, or a build that pulled in one, would show here.
  it.skipIf(files.length === 0)(
    'each build file loads only declared dependencies and built-ins that make no connection, and calls no network API',
    () => {
      const loaded = new Set<string>();
      const found = files.flatMap((file) => {
        const code = readFileSync(join(DIST, file), 'utf8');
        const modules = importedModules(code).filter((name) => !name.startsWith('.'));
        modules.forEach((name) => loaded.add(name));
        const bad = modules.filter((name) => {
          const bare = name.replace(/^node:/, '');
          if (builtinModules.includes(bare)) return isNetworkModule(bare);
          const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
          return !(pkg in dependencies);
        });
        return [
          ...bad.map((name) => `${file} loads ${name}`),
          ...networkCalls(code).map((what) => `${file} uses ${what}`),
        ];
      });
      expect(found).toEqual([]);
      expect(loaded, "the scan reads the bundles' imports").toContain('zod/mini');
    },
  );
});
