// Every CLI command fuzzed in process, FUZZ_RUNS cases each (10,000 at full size; a spawned process
// costs a second, so cli.test.ts spawns only a few): the command line runs as `send-placement` runs
// it (runCli with the real commands), on files kept in memory that are valid, broken in one place or
// junk, with flags that are sometimes nonsense. Each run must exit 0 or 2 — never 1, which means the
// run itself failed — report bad input as one `error:` line per problem, print no stack trace and no
// child field, never print NaN or Infinity, and an import must count every row it read.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { runCli } from '../../src/cli/run-cli.js';
import { writeChildrenCsv, writeSchoolsCsv } from '../support/internals.js';
import {
  CANDIDATES_CSV,
  CHILD,
  CHILDREN,
  CHILDREN_CSV,
  CHILDREN_JSON,
  COUNCIL_SCHOOLS_CSV,
  GIAS_CSV,
  POLICY,
  POPULATION_CSV,
  SCENARIO,
  SCHOOLS,
  SCHOOLS_CSV,
  SCHOOLS_JSON,
  SEN2_CSV,
  SERIES_CSV,
  SERIES_JSON,
  SETTING_CODES_CSV,
  TRANSITIONS_CSV,
  type ArgKind,
} from './support/kinds.js';
import type { EntryPoint } from './entry-points.js';
import { knownBugForFailure } from './known-bugs.js';
import { reportProblem, type CliRun } from './support/cli-report.js';
import { MARKED_CHILD_LISTS, markedChildrenCsv, markedTransitionsCsv } from './support/marker.js';
import { FULL_SIZE, FUZZ_RUNS, seedFor, timeoutFor } from './support/runs.js';

type Files = Record<string, string | Uint8Array>;

/** A CliIo over files in memory: what a command reads, writes and prints stays in the test. */
function memoryIo(files: Files): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const find = (path: string) => {
    const data = files[path];
    if (data === undefined)
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    return typeof data === 'string' ? new TextEncoder().encode(data) : data;
  };
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdoutIsTty: false,
    stderrIsTty: false,
    columns: 80,
    env: { NO_COLOR: '1' },
    cwd: '/fuzz',
    readFile: async (path) => find(path),
    fileSize: async (path) => find(path).length,
    writeFile: async (path, data) => void (files[path] = data),
  };
  return { io, out, err };
}

/** A file's content for a kind: mostly valid, often broken in one place, sometimes junk. */
function fileOf(
  kind: ArgKind,
  asText: (v: unknown) => string | Uint8Array = (v) =>
    typeof v === 'string' || v instanceof Uint8Array ? v : (JSON.stringify(v) ?? 'null'),
) {
  return fc
    .oneof(
      { weight: 5, arbitrary: kind.valid },
      { weight: 4, arbitrary: kind.broken },
      { weight: 1, arbitrary: kind.junk },
    )
    .map(asText);
}

/** Records written as CSV when they are a list of records, else as they are (JSON text). */
const schoolsCsvOf = (v: unknown) =>
  Array.isArray(v) && v.every((s) => s !== null && typeof s === 'object')
    ? safely(() => writeSchoolsCsv(v as never), v)
    : (JSON.stringify(v) ?? 'null');
const childrenCsvOf = (v: unknown) =>
  Array.isArray(v) && v.every((c) => c !== null && typeof c === 'object')
    ? safely(() => writeChildrenCsv(v as never), v)
    : (JSON.stringify(v) ?? 'null');
/** A writer given broken records may throw: then the file is their JSON text, which the reader must reject. */
function safely(write: () => string, v: unknown): string {
  try {
    return write();
  } catch {
    return JSON.stringify(v) ?? 'null';
  }
}

const formatArb = fc.constantFrom<string[]>(
  [],
  ['--format', 'json'],
  ['--format', 'csv'],
  ['--format', 'table'],
  ['--format', 'xml'],
);
const numberFlagArb = fc.constantFrom('3', '1', '0', '-1', '2.5', '1e9', 'NaN', 'Infinity', 'x', '');

/** A flag with a value, present or not. */
const flag = (name: string, value: fc.Arbitrary<string>) =>
  fc.option(
    value.map((v) => [name, v]),
    { nil: [] as string[], freq: 2 },
  );

type CliCase = { argv: string[]; files: Files };

/** One command with how to make its cases, and the share of FUZZ_RUNS it gets in CI. */
type CommandFuzz = { name: string; cases: fc.Arbitrary<CliCase>; ciShare?: number };

const schoolsFile = fc.oneof(
  fileOf(SCHOOLS, schoolsCsvOf).map((t) => ['schools.csv', t] as const),
  fileOf(SCHOOLS_CSV).map((t) => ['schools.csv', t] as const),
  fileOf(SCHOOLS_JSON).map((t) => ['schools.json', t] as const),
);
const childFile = fc.oneof(
  fileOf(CHILD).map((t) => ['child.json', t] as const),
  fileOf(CHILDREN, childrenCsvOf).map((t) => ['child.csv', t] as const),
  fc.constantFrom(...MARKED_CHILD_LISTS.map((l) => ['child.json', JSON.stringify(l)] as const), [
    'child.csv',
    markedChildrenCsv(),
  ] as const),
);
const childrenFile = fc.oneof(
  fileOf(CHILDREN_CSV).map((t) => ['children.csv', t] as const),
  fileOf(CHILDREN_JSON).map((t) => ['children.json', t] as const),
  fc.constantFrom(
    ['children.csv', markedChildrenCsv()] as const,
    ...MARKED_CHILD_LISTS.map((l) => ['children.json', JSON.stringify(l)] as const),
  ),
);
const policyFile = fc.option(fileOf(POLICY), { nil: undefined });
const seriesFile = fc.oneof(
  fileOf(SERIES_CSV).map((t) => ['series.csv', t] as const),
  fileOf(SERIES_JSON).map((t) => ['series.json', t] as const),
);
const scenarioFile = fileOf(SCENARIO);
const methodArb = fc.constantFrom('auto', 'naive', 'drift', 'theta', 'holt', 'damped', 'crystal-ball', '');

/** Builds a case from named files (a missing one is a flag pointing nowhere) and extra flags. */
function withFiles(
  argv: (string | [flag: string, file: readonly [string, string | Uint8Array] | undefined])[],
  ...extra: readonly string[][]
): CliCase {
  const files: Files = {};
  const args: string[] = [];
  for (const a of argv) {
    if (typeof a === 'string') args.push(a);
    else if (a[1] !== undefined) {
      files[a[1][0]] = a[1][1];
      args.push(a[0], a[1][0]);
    }
  }
  return { argv: [...args, ...extra.flat()], files };
}

const FUZZED: CommandFuzz[] = [
  {
    name: 'rank',
    cases: fc
      .tuple(schoolsFile, childFile, policyFile, flag('--limit', numberFlagArb), formatArb)
      .map(([s, c, p, limit, format]) =>
        withFiles(
          [
            'rank',
            ['--schools', s],
            ['--child', c],
            ['--policy', p === undefined ? undefined : (['policy.json', p] as const)],
          ],
          limit,
          format,
        ),
      ),
  },
  {
    name: 'allocate',
    cases: fc
      .tuple(schoolsFile, childrenFile, policyFile, fc.constantFrom<string[]>([], ['--greedy']), formatArb)
      .map(([s, c, p, greedy, format]) =>
        withFiles(
          [
            'allocate',
            ['--schools', s],
            ['--children', c],
            ['--policy', p === undefined ? undefined : (['policy.json', p] as const)],
          ],
          greedy,
          format,
        ),
      ),
  },
  {
    name: 'consult',
    cases: fc
      .tuple(schoolsFile, childFile, policyFile, flag('--parallel', numberFlagArb), formatArb)
      .map(([s, c, p, parallel, format]) =>
        withFiles(
          [
            'consult',
            ['--schools', s],
            ['--child', c],
            ['--policy', p === undefined ? undefined : (['policy.json', p] as const)],
          ],
          parallel,
          format,
        ),
      ),
  },
  {
    name: 'forecast',
    cases: fc
      .tuple(seriesFile, flag('--horizon', numberFlagArb), flag('--method', methodArb), formatArb)
      .map(([s, h, m, format]) => withFiles(['forecast', ['--series', s]], h, m, format)),
  },
  {
    name: 'backtest',
    cases: fc
      .tuple(
        seriesFile,
        flag('--horizon', numberFlagArb),
        flag('--min-train', numberFlagArb),
        flag('--method', methodArb),
        formatArb,
      )
      .map(([s, h, t, m, format]) => withFiles(['backtest', ['--series', s]], h, t, m, format)),
  },
  {
    name: 'sufficiency',
    cases: fc
      .tuple(
        scenarioFile,
        fc.option(fc.tuple(fc.constantFrom('1', '5', '0', '-3', 'x'), fc.constantFrom('1', '42', 'x')), {
          nil: undefined,
        }),
        formatArb,
      )
      .map(([s, runs, format]) =>
        withFiles(
          ['sufficiency', ['--scenario', ['scenario.json', s]]],
          runs ? ['--runs', runs[0], '--seed', runs[1]] : [],
          format,
        ),
      ),
    ciShare: 0.5,
  },
  {
    name: 'estimate',
    cases: fc
      .tuple(
        fileOf(TRANSITIONS_CSV),
        fileOf(SETTING_CODES_CSV),
        fc.option(fileOf(POPULATION_CSV), { nil: undefined }),
        scenarioFile,
        // Mostly sensible flags, so that the successful path is fuzzed too, not only the refusals.
        flag('--end-year', fc.constantFrom('2030', '2030', '2031', '2019', '1800', 'x')),
        flag('--growth-damping', fc.constantFrom('0.5', '0.3', '1', '2', '-1', 'x')),
        formatArb,
      )
      .map(([t, s, p, plan, end, damping, format]) =>
        withFiles(
          [
            'estimate',
            ['--history', ['transitions.csv', t]],
            ['--settings', ['settings.csv', s]],
            ['--population', p === undefined ? undefined : (['population.csv', p] as const)],
            ['--plan', ['plan.json', plan]],
          ],
          end,
          damping,
          format,
        ),
      ),
    ciShare: 0.5,
  },
  {
    name: 'backtest-projection',
    cases: fc
      .tuple(
        fileOf(TRANSITIONS_CSV),
        fileOf(SETTING_CODES_CSV),
        fc.option(fileOf(POPULATION_CSV), { nil: undefined }),
        flag('--fit-years', numberFlagArb),
        formatArb,
      )
      .map(([t, s, p, fit, format]) =>
        withFiles(
          [
            'backtest-projection',
            ['--history', ['transitions.csv', t]],
            ['--settings', ['settings.csv', s]],
            ['--population', p === undefined ? undefined : (['population.csv', p] as const)],
          ],
          fit,
          format,
        ),
      ),
  },
  {
    name: 'plan-capacity',
    cases: fc
      .tuple(
        scenarioFile,
        fileOf(CANDIDATES_CSV),
        flag('--budget', fc.constantFrom('1000000', '0', '250000', '-1', '2.5', '12m', 'x', '')),
        flag('--step', numberFlagArb),
        fc.constantFrom<string[]>(
          [],
          ['--without-plan'],
          ['--objective', 'independentPlacements'],
          ['--objective', 'x'],
        ),
        formatArb,
      )
      .map(([s, c, budget, step, extra, format]) =>
        withFiles(
          ['plan-capacity', ['--scenario', ['scenario.json', s]], ['--candidates', ['candidates.csv', c]]],
          budget,
          step,
          extra,
          format,
        ),
      ),
    ciShare: 0.3,
  },
  {
    // A report renders every chart (about 50 ms a case at full size): few cases in CI, the same kinds.
    name: 'report',
    cases: fc
      .tuple(scenarioFile, fc.option(seriesFile, { nil: undefined }))
      .map(([s, series]) =>
        withFiles(['report', ['--scenario', ['scenario.json', s]], ['--series', series], '--out', 'report.html']),
      ),
    ciShare: 0.1,
  },
  {
    name: 'import gias',
    cases: fc
      .tuple(
        fileOf(GIAS_CSV),
        fc.option(fileOf(COUNCIL_SCHOOLS_CSV), { nil: undefined }),
        flag('--la', fc.constantFrom('Kent', 'kent', 'Nowhere', '')),
        formatArb,
      )
      .map(([g, council, la, format]) =>
        withFiles(
          [
            'import',
            'gias',
            ['--file', ['gias.csv', g]],
            ['--council', council === undefined ? undefined : (['council.csv', council] as const)],
          ],
          la,
          format,
        ),
      ),
  },
  {
    name: 'import sen2',
    cases: fc
      .tuple(fileOf(SEN2_CSV), flag('--la', fc.constantFrom('Kent', 'E10000016', 'Nowhere', '')), formatArb)
      .map(([t, la, format]) => withFiles(['import', 'sen2', ['--file', ['sen2.csv', t]]], la, format)),
  },
  {
    name: 'import transitions',
    cases: fc
      .tuple(
        fc.oneof(
          { weight: 9, arbitrary: fileOf(TRANSITIONS_CSV) },
          { weight: 1, arbitrary: fc.constant(markedTransitionsCsv()) },
        ),
        fileOf(SETTING_CODES_CSV),
        formatArb,
      )
      .map(([t, s, format]) =>
        withFiles(
          ['import', 'transitions', ['--file', ['transitions.csv', t]], ['--settings', ['settings.csv', s]]],
          format,
        ),
      ),
  },
];

async function run(c: CliCase): Promise<CliRun> {
  const { io, out, err } = memoryIo({ ...c.files });
  const code = await runCli(c.argv, io, COMMANDS);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const NON_FINITE = /\bNaN\b|\bInfinity\b/;

/** What is wrong with one run, or undefined when it is right. */
function problemOf(name: string, c: CliCase, r: CliRun): string | undefined {
  if (r.code === 1) return `exit 1 (the run failed): ${r.stderr.slice(0, 400)}`;
  const reported = reportProblem(r, true, name.startsWith('import '));
  if (reported) return reported;
  // A name or a URN may be the text "NaN": only output the input did not spell out is a computed NaN.
  const spelled = Object.values(c.files).some((f) =>
    NON_FINITE.test(typeof f === 'string' ? f : new TextDecoder().decode(f)),
  );
  if (!spelled && NON_FINITE.test(r.stdout)) return 'printed NaN or Infinity';
  return undefined;
}

const summary: string[] = [];

describe(`CLI commands in process: ${FULL_SIZE ? FUZZ_RUNS : 'a few'} cases each`, () => {
  afterAll(() => {
    if (summary.length > 0) console.log(`CLI fuzz summary (FUZZ_RUNS=${FUZZ_RUNS}):\n  ${summary.join('\n  ')}`);
  });

  it('every command of the CLI is fuzzed here', () => {
    expect(FUZZED.map((f) => f.name).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  for (const command of FUZZED) {
    const runs = FULL_SIZE ? FUZZ_RUNS : Math.max(2, Math.round(20 * (command.ciShare ?? 1)));
    it(
      `${command.name}: exit 0 or 2, one error line per problem, no stack, no child field, no NaN`,
      async () => {
        const started = performance.now();
        const codes = { 0: 0, 2: 0 } as Record<number, number>;
        let skipped = 0;
        // Known bugs (known-bugs.ts) name a command as `cli <command>` and explain a case by its failure.
        const asEntry = { name: `cli ${command.name}` } as EntryPoint;
        await fc.assert(
          fc.asyncProperty(command.cases, async (c) => {
            const r = await run(c);
            const problem = problemOf(command.name, c, r);
            if (problem && knownBugForFailure(asEntry, problem)) return void skipped++;
            if (problem) throw new Error(`${command.name} ${c.argv.join(' ')}: ${problem}`);
            codes[r.code ?? -1] = (codes[r.code ?? -1] ?? 0) + 1;
          }),
          { numRuns: runs, seed: seedFor(`cli ${command.name}`) },
        );
        const line =
          `${command.name}: ${runs} cases in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
          `exit 0: ${codes[0]}, exit 2: ${codes[2]}${skipped ? `, ${skipped} explained by known bugs` : ''}`;
        summary.push(line);
        if (FULL_SIZE) console.log(line);
      },
      timeoutFor(runs, command.name === 'report' ? 2000 : 100),
    );
  }
});
