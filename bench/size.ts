// Bundle size of each entry point: bundled by esbuild as an app's bundler would (the core, gias and
// report for the browser, node for Node), minified, then gzipped. The core's budget is 150 KB
// minified (issue #16); the ratio column is size / budget. Then what typical apps pay when their
// bundler keeps only what they import (the package has no side effects), and what the core is made of.
// Run: npm run bench:size
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const CORE_BUDGET_BYTES = 150 * 1024;
const ENTRIES = [
  { name: 'send-placement', file: 'src/index.ts', platform: 'browser' },
  { name: 'send-placement/node', file: 'src/node/index.ts', platform: 'node' },
  { name: 'send-placement/gias', file: 'src/io/gias/index.ts', platform: 'browser' },
  { name: 'send-placement/report', file: 'src/report/index.ts', platform: 'browser' },
] as const;

const APPS = [
  { name: 'ranking app', imports: 'parseChild, parseSchools, rankSchools, createMatcher, weightSensitivity' },
  { name: 'allocation app', imports: 'parseChildren, parseSchools, allocateCohort, planConsultation' },
  { name: 'forecasting app', imports: 'parseSeries, forecast, backtest' },
  { name: 'sufficiency app', imports: 'parseScenario, projectSufficiency, simulateSufficiency, sensitivity' },
  { name: 'file reading', imports: 'decodeText, readChildrenCsv, readSchoolsCsv, readSeriesCsv' },
] as const;

async function bundle(file: string, platform: 'browser' | 'node', contents?: string) {
  const result = await build({
    ...(contents === undefined
      ? { entryPoints: [file] }
      : { stdin: { contents, resolveDir: process.cwd(), loader: 'ts' as const, sourcefile: file } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzipped: gzipSync(bytes).length, metafile: result.metafile };
}

/** Bytes of the output by source package ('src' for the library's own code). */
function byPackage(metafile: Metafile): [string, number][] {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const after = input.split('node_modules/')[1];
      const name = after
        ? after
            .split('/')
            .slice(0, after.startsWith('@') ? 2 : 1)
            .join('/')
        : 'src';
      sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores`);
console.log('| entry | platform | minified | gzipped | minified / core budget (150 KB) |');
console.log('|---|---|---:|---:|---:|');
let core: Metafile | undefined;
for (const entry of ENTRIES) {
  const size = await bundle(entry.file, entry.platform);
  core ??= size.metafile;
  const ratio = (size.minified / CORE_BUDGET_BYTES).toFixed(2);
  console.log(`| ${entry.name} | ${entry.platform} | ${kb(size.minified)} | ${kb(size.gzipped)} | ${ratio} |`);
}
console.log('\n| an app that imports from the core | minified | gzipped |');
console.log('|---|---:|---:|');
for (const app of APPS) {
  const code = `export { ${app.imports} } from './src/index.ts';`;
  const size = await bundle(`${app.name}.ts`, 'browser', code);
  console.log(`| ${app.name}: ${app.imports} | ${kb(size.minified)} | ${kb(size.gzipped)} |`);
}
console.log('\nThe core (minified) by source:');
for (const [name, bytes] of byPackage(core as Metafile)) console.log(`  ${name.padEnd(32)} ${kb(bytes)}`);
