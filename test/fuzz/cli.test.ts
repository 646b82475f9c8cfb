// Each command of the `send-placement` CLI, spawned as a real process with bad files: it must exit
// 2 with one `error:` line per problem, print no stack trace, and never print a child's fields.
// CI runs a fixed handful of cases; a full-size run (FUZZ_RUNS above the default) adds generated
// broken files for every command, where a case may also succeed (exit 0) if the break was harmless.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChildrenCsv, writeSchoolsCsv } from '../../src/io/index.js';
import { CHILDREN_CSV, CHILDREN_JSON, SCENARIO, SCHOOLS_CSV, SERIES_CSV, SERIES_JSON, POLICY } from './support/kinds.js';
import { MARKED_CHILDREN, markedChildrenCsv, markerIn } from './support/marker.js';
import { FULL_SIZE, FUZZ_RUNS, seedFor, timeoutFor } from './support/runs.js';
import { childrenArb, schoolsArb } from './support/valid.js';

const ROOT = join(import.meta.dirname, '../..');
const DIST_CLI = join(ROOT, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'send-placement-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function newestMtime(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? Math.max(0, ...readdirSync(path).map((e) => newestMtime(join(path, e)))) : s.mtimeMs;
}

/**
 * The built CLI when it is newer than every source file (CI builds first: fast), else the source
 * through tsx. FUZZ_CLI=dist or FUZZ_CLI=source forces one.
 */
const useBuild = process.env.FUZZ_CLI === 'dist' || (process.env.FUZZ_CLI !== 'source' && existsSync(DIST_CLI) && statSync(DIST_CLI).mtimeMs > newestMtime(join(ROOT, 'src')));
const CLI = useBuild ? [DIST_CLI] : ['--import', 'tsx', join(ROOT, 'src/cli/index.ts')];

let fileCount = 0;
/** Writes a file into the temp folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, `${fileCount++}-${name}`);
  writeFileSync(path, content);
  return path;
}

type Run = { code: number | null; stdout: string; stderr: string };

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, env: { ...process.env, SEND_PLACEMENT_DEBUG: '', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What is wrong with how a run reported bad input, or undefined when it is right. */
function reportProblem(run: Run, allowSuccess: boolean): string | undefined {
  const all = `${run.stdout}\n${run.stderr}`;
  if (/^\s{4}at /m.test(all)) return 'printed a stack trace';
  const marker = markerIn(all);
  if (marker) return `printed a child's field (${marker})`;
  if (run.code === 0 && allowSuccess) return undefined;
  if (run.code !== 2) return `exit code ${run.code}, expected 2`;
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  const errors = lines.filter((l) => l.startsWith('error: '));
  if (errors.length === 0) return 'no error: line';
  const others = lines.filter((l) => !l.startsWith('error: ') && !/problems?; nothing was run\.$/.test(l) && !/^Run 'send-placement .*--help' for usage\.$/.test(l));
  if (others.length > 0) return `lines that are not one problem each: ${JSON.stringify(others.slice(0, 3))}`;
  const stated = /(\d+) problems?; nothing was run\.$/m.exec(run.stderr);
  if (stated && Number(stated[1]) > errors.length) return `says ${stated[1]} problems but prints ${errors.length} error lines`;
  return undefined;
}

/** Runs the cases two at a time (the machine has 2 cores) and collects every failure. */
async function runAll(cases: { name: string; args: () => string[]; allowSuccess?: boolean }[]): Promise<string[]> {
  const failures: string[] = [];
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const run = await runCli(c.args());
      const problem = reportProblem(run, c.allowSuccess ?? false);
      if (problem) failures.push(`${c.name}: ${problem}\n${run.stderr.slice(0, 600)}`);
    }
  };
  await Promise.all([worker(), worker()]);
  return failures;
}

const sample = <T>(arb: fc.Arbitrary<T>, name: string) => fc.sample(arb, { numRuns: 1, seed: seedFor(name) })[0];
const SCHOOLS = () => file('schools.csv', writeSchoolsCsv(sample(schoolsArb(), 'cli schools')));
const CHILDREN = () => file('children.csv', writeChildrenCsv(sample(childrenArb(), 'cli children')));

/** Fixed bad inputs, one or more per command: each must exit 2. */
const HANDFUL = [
  { name: 'rank: a marked child', args: () => ['rank', '--schools', SCHOOLS(), '--child', file('child.json', JSON.stringify(MARKED_CHILDREN[0]))] },
  {
    name: 'rank: schools with vacancies over capacity, a NaN capacity and a duplicate URN',
    args: () => [
      'rank',
      '--schools',
      file('schools.csv', 'urn,name,kind,lot,needs,ncYears,sex,residential,location.lat,location.lon,capacity,vacancies,annualFee\n1,A,srp,lot1,ASD,1;5,mixed,false,51,1,10,12,100\n2,B,srp,lot1,ASD,1;5,mixed,false,51,1,NaN,1,100\n1,C,srp,lot1,ASD,1;5,mixed,false,51,1,5,1,100\n'),
      '--child',
      file('child.json', JSON.stringify(MARKED_CHILDREN[1])),
    ],
  },
  { name: 'allocate: marked children CSV', args: () => ['allocate', '--schools', SCHOOLS(), '--children', file('children.csv', markedChildrenCsv())] },
  { name: 'allocate: children JSON that is not JSON', args: () => ['allocate', '--schools', SCHOOLS(), '--children', file('children.json', '[{"id": "C1",')] },
  { name: 'forecast: a series of one value', args: () => ['forecast', '--series', file('series.csv', 'year,value\n2020,5\n'), '--horizon', '3'] },
  { name: 'forecast: values that are not numbers', args: () => ['forecast', '--series', file('series.csv', 'year,value\n2020,five\n2021,1e999\n2022,\n')] },
  { name: 'backtest: an unknown method', args: () => ['backtest', '--series', file('series.json', '[1,2,3,4,5,6,7,8]'), '--method', 'crystal-ball'] },
  { name: 'sufficiency: a scenario with wrong types', args: () => ['sufficiency', '--scenario', file('scenario.json', JSON.stringify({ name: 1, baseYear: 'x', stock: {} }))] },
  { name: 'report: a scenario that is an empty list', args: () => ['report', '--scenario', file('scenario.json', '[]'), '--out', join(dir, 'report.html')] },
  { name: 'rank: a policy with a NaN weight and an unknown strategy', args: () => ['rank', '--schools', SCHOOLS(), '--child', CHILDREN(), '--policy', file('policy.json', '{"weights":{"travel":"NaN"},"strategy":"coin"}')] },
];

describe('CLI: bad files exit 2 with one line per problem and no stack trace', () => {
  // A spawn costs a second or more (several through tsx), so CI runs one case per command and a
  // full-size run all of them.
  const fromBuild = CLI[0] === DIST_CLI;
  const perCommand = new Set<string>();
  const handful = FULL_SIZE ? HANDFUL : HANDFUL.filter((c) => !perCommand.has(c.name.split(':')[0]) && perCommand.add(c.name.split(':')[0]));
  it(`${handful.length} bad inputs across the commands (${fromBuild ? 'built CLI' : 'source through tsx'})`, async () => {
    expect(await runAll(handful)).toEqual([]);
  }, 120_000);

  /** Generated broken files per command at full size: enough to matter, few enough to spawn (a process each). */
  const generated = Math.min(20, Math.ceil(FUZZ_RUNS / 100));
  it.skipIf(!FULL_SIZE)(`${generated} generated broken files per command (full-size runs only)`, async () => {
    const broken = <T>(arb: fc.Arbitrary<T>, name: string) => fc.sample(arb, { numRuns: generated, seed: seedFor(`cli ${name}`) });
    const asText = (v: unknown) => (typeof v === 'string' || v instanceof Uint8Array ? v : JSON.stringify(v) ?? 'null');
    const cases = [
      ...broken(SCHOOLS_CSV.broken, 'schools').map((t, i) => ({ name: `rank schools #${i}`, args: () => ['rank', '--schools', file('schools.csv', asText(t)), '--child', CHILDREN()], allowSuccess: true })),
      ...broken(CHILDREN_CSV.broken, 'children').map((t, i) => ({ name: `allocate children CSV #${i}`, args: () => ['allocate', '--schools', SCHOOLS(), '--children', file('children.csv', asText(t))], allowSuccess: true })),
      ...broken(CHILDREN_JSON.broken, 'children json').map((t, i) => ({ name: `rank child JSON #${i}`, args: () => ['rank', '--schools', SCHOOLS(), '--child', file('children.json', asText(t))], allowSuccess: true })),
      ...broken(POLICY.broken, 'policy').map((p, i) => ({ name: `rank policy #${i}`, args: () => ['rank', '--schools', SCHOOLS(), '--child', CHILDREN(), '--policy', file('policy.json', asText(p))], allowSuccess: true })),
      ...broken(SERIES_CSV.broken, 'series').map((t, i) => ({ name: `forecast series CSV #${i}`, args: () => ['forecast', '--series', file('series.csv', asText(t))], allowSuccess: true })),
      ...broken(SERIES_JSON.broken, 'series json').map((t, i) => ({ name: `backtest series JSON #${i}`, args: () => ['backtest', '--series', file('series.json', asText(t))], allowSuccess: true })),
      ...broken(SCENARIO.broken, 'scenario').map((s, i) => ({ name: `sufficiency scenario #${i}`, args: () => ['sufficiency', '--scenario', file('scenario.json', asText(s))], allowSuccess: true })),
    ];
    expect(await runAll(cases)).toEqual([]);
  }, timeoutFor(generated * 7, 10_000)); // through tsx a spawn can take several seconds on a busy machine
});
