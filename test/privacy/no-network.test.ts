// The library never sends anything over a network (DOMAIN.md, data protection): no module in src/
// imports a network module or calls a network API. This reads the source, so it also holds for code
// paths no test runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** Modules that open connections (Node built-ins with and without `node:`, and common clients). */
const NETWORK_MODULES = [
  'http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises', 'child_process', 'cluster', 'inspector',
  'undici', 'node-fetch', 'cross-fetch', 'isomorphic-fetch', 'axios', 'got', 'ky', 'superagent', 'request', 'ws', 'socket.io-client', 'eventsource',
];

/** Globals that reach a network without an import. */
const NETWORK_CALLS: [string, RegExp][] = [
  ['fetch(', /(^|[^\w.$])fetch\s*\(/],
  ['WebSocket', /\bWebSocket\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['process.binding', /\bprocess\.binding\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The source without comments, so a doc comment that says "no fetch()" is not taken for a call. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Module names a source imports: static and dynamic imports, re-exports and require calls. */
export function importedModules(source: string): string[] {
  const code = withoutComments(source);
  const names: string[] = [];
  const patterns = [/\bimport\s+(?:type\s+)?[^'"`;]*?from\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bexport\s+[^'"`;]*?from\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g];
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
      const code = withoutComments(readFileSync(file, 'utf8'));
      return NETWORK_CALLS.filter(([, re]) => re.test(code)).map(([what]) => `${relative(SRC, file)} uses ${what}`);
    });
    expect(found).toEqual([]);
  });

  it('every vega View gets a loader of its own (the default vega loader fetches URLs in a spec)', () => {
    const found = files.flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return [...code.matchAll(/new\s+(?:vega\.)?View\s*\(([^;]*)/g)].filter((m) => !/\bloader\s*:/.test(m[1])).map(() => `${relative(SRC, file)} builds a View without a loader`);
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
    expect(importedModules(sample).filter(isNetworkModule)).toEqual(['node:http', 'https', 'undici', 'net', 'node:dns/promises', 'child_process']);
  });
});
