// Each command of the `send-placement` CLI, spawned as a real process with bad files: it must exit
// 2 with one `error:` line per problem, print no stack trace, and never print a child's fields.
// CI runs a fixed handful of cases; a full-size run (FUZZ_RUNS above the default) adds generated
// broken files for every command, where a case may also succeed (exit 0) if the break was harmless.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../cli/support/cli-process.js';
import { writeChildrenCsv, writeSchoolsCsv } from '../support/internals.js';
import {
  CHILDREN_CSV,
  CHILDREN_JSON,
  GIAS_CSV,
  SCENARIO,
  SCHOOLS_CSV,
  SEN2_CSV,
  SERIES_CSV,
  SERIES_JSON,
  POLICY,
  TRANSITIONS_CSV,
} from './support/kinds.js';
import { importSummaryProblem, reportProblem, type CliRun } from './support/cli-report.js';
import { MARKED_CHILDREN, markedChildrenCsv, markedTransitionsCsv } from './support/marker.js';
import { FULL_SIZE, FUZZ_RUNS, seedFor, timeoutFor } from './support/runs.js';
import { fixtureText } from './support/valid-sufficiency.js';
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
const useBuild =
  process.env.FUZZ_CLI === 'dist' ||
  (process.env.FUZZ_CLI !== 'source' &&
    existsSync(DIST_CLI) &&
    statSync(DIST_CLI).mtimeMs > newestMtime(join(ROOT, 'src')));
const CLI = useBuild ? [DIST_CLI] : ['--import', 'tsx', join(ROOT, 'src/cli/index.ts')];

let fileCount = 0;
/** Writes a file into the temp folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, `${fileCount++}-${name}`);
  writeFileSync(path, content);
  return path;
}

type Run = CliRun;

function runCli(args: string[]): Promise<Run> {
  return spawnCli(CLI, args, ROOT);
}

/** Runs the cases two at a time (the machine has 2 cores) and collects every failure. */
type CliCase = { name: string; args: () => string[]; allowSuccess?: boolean };

async function runAll(cases: CliCase[]): Promise<string[]> {
  const failures: string[] = [];
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const run = await runCli(c.args());
      const problem = reportProblem(run, c.allowSuccess ?? false, c.name.startsWith('import '));
      if (problem) failures.push(`${c.name}: ${problem}\n${run.stderr.slice(0, 600)}`);
    }
  };
  await Promise.all([worker(), worker()]);
  return failures;
}

const sample = <T>(arb: fc.Arbitrary<T>, name: string) => fc.sample(arb, { numRuns: 1, seed: seedFor(name) })[0];
const SCHOOLS = () => file('schools.csv', writeSchoolsCsv(sample(schoolsArb(), 'cli schools')));
const CHILDREN = () => file('children.csv', writeChildrenCsv(sample(childrenArb(), 'cli children')));
const SETTINGS = () => file('settings.csv', fixtureText('setting-mapping.csv'));

/** Fixed bad inputs, one or more per command: each must exit 2. */
const HANDFUL = [
  {
    name: 'rank: a marked child',
    args: () => ['rank', '--schools', SCHOOLS(), '--child', file('child.json', JSON.stringify(MARKED_CHILDREN[0]))],
  },
  {
    name: 'rank: schools with vacancies over capacity, a NaN capacity and a duplicate URN',
    args: () => [
      'rank',
      '--schools',
      file(
        'schools.csv',
        'urn,name,kind,lot,needs,ncYears,sex,residential,location.lat,location.lon,capacity,vacancies,annualFee\n' +
          '1,A,srp,lot1,ASD,1;5,mixed,false,51,1,10,12,100\n2,B,srp,lot1,ASD,1;5,mixed,false,51,1,NaN,1,100\n' +
          '1,C,srp,lot1,ASD,1;5,mixed,false,51,1,5,1,100\n',
      ),
      '--child',
      file('child.json', JSON.stringify(MARKED_CHILDREN[1])),
    ],
  },
  {
    name: 'allocate: marked children CSV',
    args: () => ['allocate', '--schools', SCHOOLS(), '--children', file('children.csv', markedChildrenCsv())],
  },
  {
    name: 'allocate: children JSON that is not JSON',
    args: () => ['allocate', '--schools', SCHOOLS(), '--children', file('children.json', '[{"id": "C1",')],
  },
  {
    name: 'forecast: a series of one value',
    args: () => ['forecast', '--series', file('series.csv', 'year,value\n2020,5\n'), '--horizon', '3'],
  },
  {
    name: 'forecast: values that are not numbers',
    args: () => ['forecast', '--series', file('series.csv', 'year,value\n2020,five\n2021,1e999\n2022,\n')],
  },
  {
    name: 'backtest: an unknown method',
    args: () => ['backtest', '--series', file('series.json', '[1,2,3,4,5,6,7,8]'), '--method', 'crystal-ball'],
  },
  {
    name: 'sufficiency: a scenario with wrong types',
    args: () => [
      'sufficiency',
      '--scenario',
      file('scenario.json', JSON.stringify({ name: 1, baseYear: 'x', stock: {} })),
    ],
  },
  {
    name: 'report: a scenario that is an empty list',
    args: () => ['report', '--scenario', file('scenario.json', '[]'), '--out', join(dir, 'report.html')],
  },
  {
    name: 'consult: a children CSV with every field marked',
    args: () => ['consult', '--schools', SCHOOLS(), '--child', file('child.csv', markedChildrenCsv())],
  },
  {
    name: 'consult: a marked child and a parallel of 0',
    args: () => [
      'consult',
      '--schools',
      SCHOOLS(),
      '--child',
      file('child.json', JSON.stringify(MARKED_CHILDREN[0])),
      '--parallel',
      '0',
    ],
  },
  {
    name: 'import gias: a GIAS file that is not there',
    args: () => ['import', 'gias', '--file', join(dir, 'no-such-gias.csv'), '--la', 'Kent'],
  },
  {
    name: 'import sen2: a statistics file that is not there',
    args: () => ['import', 'sen2', '--file', join(dir, 'no-such-sen2.csv')],
  },
  {
    name: 'import transitions: a marked file without its setting mapping',
    args: () => ['import', 'transitions', '--file', file('transitions.csv', markedTransitionsCsv())],
  },
  {
    name: 'rank: a policy with a NaN weight and an unknown strategy',
    args: () => [
      'rank',
      '--schools',
      SCHOOLS(),
      '--child',
      CHILDREN(),
      '--policy',
      file('policy.json', '{"weights":{"travel":"NaN"},"strategy":"coin"}'),
    ],
  },
];

describe('CLI: bad files exit 2 with one line per problem and no stack trace', () => {
  // A spawn costs a second or more (several through tsx), so CI runs one case per command and a
  // full-size run all of them.
  const fromBuild = CLI[0] === DIST_CLI;
  const perCommand = new Set<string>();
  const handful = FULL_SIZE
    ? HANDFUL
    : HANDFUL.filter((c) => !perCommand.has(c.name.split(':')[0]) && perCommand.add(c.name.split(':')[0]));
  it(`${handful.length} bad inputs across the commands (${fromBuild ? 'built CLI' : 'source, tsx'})`, async () => {
    expect(await runAll(handful)).toEqual([]);
  }, 120_000);

  // Importers read what they can and list each row they could not read as a warning, so a bad row
  // exits 0; what must hold is that no child field is printed and every row read is counted.
  const imports: CliCase[] = [
    {
      name: 'import transitions: every column marked',
      args: () => [
        'import',
        'transitions',
        '--file',
        file('transitions.csv', markedTransitionsCsv()),
        '--settings',
        SETTINGS(),
      ],
      allowSuccess: true,
    },
    {
      name: 'import transitions: marked, as Windows-1252 bytes',
      args: () => [
        'import',
        'transitions',
        '--file',
        file(
          'transitions.csv',
          Uint8Array.from(
            `${markedTransitionsCsv()}\r\n2023,MMS,ASD,6,ISS,ASD,7,caf\u00e9`,
            (c) => c.charCodeAt(0) & 0xff,
          ),
        ),
        '--settings',
        SETTINGS(),
      ],
      allowSuccess: true,
    },
    {
      name: 'import gias: the sample with its council file',
      args: () => [
        'import',
        'gias',
        '--file',
        file('gias.csv', fixtureText('gias-sample.csv')),
        '--council',
        file('council.csv', fixtureText('gias-council.csv')),
        '--la',
        'Kent',
        '--format',
        'json',
      ],
      allowSuccess: true,
    },
    {
      name: 'import sen2: the sample',
      args: () => [
        'import',
        'sen2',
        '--file',
        file('sen2.csv', fixtureText('sen2-sample.csv')),
        '--la',
        'Kent',
        '--format',
        'csv',
      ],
      allowSuccess: true,
    },
  ];
  it('the summary check itself catches a row that is not counted', () => {
    expect(
      importSummaryProblem(
        'f.csv: 5 rows read, 3 imported, 1 rejected, 1 closed, 0 not yet open, 0 in other LAs, 0 not school places\n',
      ),
    ).toBeUndefined();
    expect(
      importSummaryProblem('f.csv: 5 rows read, 3 imported, 1 rejected, 0 suppressed, 1 left out; 2 series\n'),
    ).toBeUndefined();
    expect(importSummaryProblem('f.csv: 5 rows read, 3 imported, 1 rejected\n')).toMatch(/does not add up/);
  });

  it(`${FULL_SIZE ? imports.length : 1} imports with bad rows print no child field and count every row`, async () => {
    expect(await runAll(FULL_SIZE ? imports : imports.slice(0, 1))).toEqual([]);
  }, 120_000);

  /** Generated broken files per command at full size: enough to matter, few enough to spawn (a process each). */
  const generated = Math.min(20, Math.ceil(FUZZ_RUNS / 100));
  it.skipIf(!FULL_SIZE)(
    `${generated} generated broken files per command (full-size runs only)`,
    async () => {
      const broken = <T>(arb: fc.Arbitrary<T>, name: string) =>
        fc.sample(arb, { numRuns: generated, seed: seedFor(`cli ${name}`) });
      const asText = (v: unknown) =>
        typeof v === 'string' || v instanceof Uint8Array ? v : (JSON.stringify(v) ?? 'null');
      const cases = [
        ...broken(SCHOOLS_CSV.broken, 'schools').map((t, i) => ({
          name: `rank schools #${i}`,
          args: () => ['rank', '--schools', file('schools.csv', asText(t)), '--child', CHILDREN()],
          allowSuccess: true,
        })),
        ...broken(CHILDREN_CSV.broken, 'children').map((t, i) => ({
          name: `allocate children CSV #${i}`,
          args: () => ['allocate', '--schools', SCHOOLS(), '--children', file('children.csv', asText(t))],
          allowSuccess: true,
        })),
        ...broken(CHILDREN_JSON.broken, 'children json').map((t, i) => ({
          name: `rank child JSON #${i}`,
          args: () => ['rank', '--schools', SCHOOLS(), '--child', file('children.json', asText(t))],
          allowSuccess: true,
        })),
        ...broken(POLICY.broken, 'policy').map((p, i) => ({
          name: `rank policy #${i}`,
          args: () => [
            'rank',
            '--schools',
            SCHOOLS(),
            '--child',
            CHILDREN(),
            '--policy',
            file('policy.json', asText(p)),
          ],
          allowSuccess: true,
        })),
        ...broken(SERIES_CSV.broken, 'series').map((t, i) => ({
          name: `forecast series CSV #${i}`,
          args: () => ['forecast', '--series', file('series.csv', asText(t))],
          allowSuccess: true,
        })),
        ...broken(SERIES_JSON.broken, 'series json').map((t, i) => ({
          name: `backtest series JSON #${i}`,
          args: () => ['backtest', '--series', file('series.json', asText(t))],
          allowSuccess: true,
        })),
        ...broken(SCENARIO.broken, 'scenario').map((s, i) => ({
          name: `sufficiency scenario #${i}`,
          args: () => ['sufficiency', '--scenario', file('scenario.json', asText(s))],
          allowSuccess: true,
        })),
        ...broken(CHILDREN_JSON.broken, 'consult child').map((t, i) => ({
          name: `consult child JSON #${i}`,
          args: () => ['consult', '--schools', SCHOOLS(), '--child', file('child.json', asText(t)), '--parallel', '2'],
          allowSuccess: true,
        })),
        ...broken(SCHOOLS_CSV.broken, 'consult schools').map((t, i) => ({
          name: `consult schools CSV #${i}`,
          args: () => ['consult', '--schools', file('schools.csv', asText(t)), '--child', CHILDREN()],
          allowSuccess: true,
        })),
        // A report renders every chart (seconds each): a quarter as many cases.
        ...broken(SCENARIO.broken, 'report scenario')
          .slice(0, Math.ceil(generated / 4))
          .map((s, i) => ({
            name: `report scenario #${i}`,
            args: () => [
              'report',
              '--scenario',
              file('scenario.json', asText(s)),
              '--out',
              join(dir, `report-${i}.html`),
            ],
            allowSuccess: true,
          })),
        ...broken(GIAS_CSV.broken, 'gias').map((t, i) => ({
          name: `import gias #${i}`,
          args: () => ['import', 'gias', '--file', file('gias.csv', asText(t)), '--format', 'json'],
          allowSuccess: true,
        })),
        ...broken(SEN2_CSV.broken, 'sen2').map((t, i) => ({
          name: `import sen2 #${i}`,
          args: () => ['import', 'sen2', '--file', file('sen2.csv', asText(t)), '--format', 'json'],
          allowSuccess: true,
        })),
        ...broken(TRANSITIONS_CSV.broken, 'transitions').map((t, i) => ({
          name: `import transitions #${i}`,
          args: () => [
            'import',
            'transitions',
            '--file',
            file('transitions.csv', asText(t)),
            '--settings',
            SETTINGS(),
            '--format',
            'json',
          ],
          allowSuccess: true,
        })),
      ];
      expect(await runAll(cases)).toEqual([]);
    },
    timeoutFor(generated * 13, 10_000),
  ); // through tsx a spawn can take several seconds on a busy machine
});
