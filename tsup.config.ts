import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM, CJS and declarations for both. The core has no Node built-ins (it runs in a
    // browser and Deno); file reading, the GIAS importer (proj4) and the report (vega) are entries of
    // their own so the core stays light.
    entry: {
      index: 'src/index.ts',
      node: 'src/node/index.ts',
      gias: 'src/io/gias/index.ts',
      report: 'src/report/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
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
