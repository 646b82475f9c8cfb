import { defineConfig } from 'tsup';

const ENTRIES = {
  index: 'src/index.ts',
  node: 'src/node/index.ts',
  gias: 'src/io/gias/index.ts',
  report: 'src/report/index.ts',
};

export default defineConfig([
  {
    // The library for require(): one CommonJS file an entry, with its declarations. The core has no
    // Node built-ins (it runs in a browser and Deno); file reading, the GIAS importer (proj4) and the
    // report (vega) are entries of their own so the core stays light.
    entry: ENTRIES,
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
  {
    // The declarations for import (dist/*.d.ts); the code is the next build's.
    entry: ENTRIES,
    format: ['esm'],
    dts: { only: true },
    clean: false,
    target: 'node20',
  },
  {
    // The library for import: one ESM file a source module (dist/esm), as the source is laid out. An
    // app's bundler then drops whole modules the app does not use (the package has no side effects):
    // bundled into one file, the module-level schemas kept every module alive, and an app that ranks
    // schools carried the forecasting code too (97 KB instead of 55 KB minified).
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    outDir: 'dist/esm',
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
  },
  {
    // The command: one ESM file with a shebang.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
