// Inputs beyond what fits fail early with a clear message, or stream: a size limit on every reader
// (CSV_DEFAULTS.maxBytes, 256 MiB, or the `maxBytes` option), checked before any parsing and, for
// files (readRecordsFile and the CLI), before reading; a limit on the children one list may hold
// where an entry point holds them all (MAX_CHILDREN); and Matcher.rankMany, which streams one child
// at a time and has no limit (its memory is pinned in stream-memory.test.ts).
import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { processIo } from '../../src/cli/cli-io.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { runCli } from '../../src/cli/run-cli.js';
import * as api from '../support/internals.js';
import { withMaxItems } from '../../src/schema/limits.js';
import { memoryIo } from '../cli/support/memory-io.js';
import { validationErrorProblem } from '../fuzz/support/outcome.js';

const dir = mkdtempSync(join(tmpdir(), 'send-placement-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The issues of the ValidationError `call` throws (failing the test if it throws anything else or nothing). */
function issuesOf(call: () => unknown): { path: string; message: string }[] {
  try {
    call();
  } catch (e) {
    expect(validationErrorProblem(e)).toBeUndefined();
    return (e as { issues: { path: string; message: string }[] }).issues.map(({ path, message }) => ({
      path,
      message,
    }));
  }
  throw new Error('expected a ValidationError');
}

// Over the limit and malformed too: a reader that parsed before checking the size would report rows.
const header = 'id,primaryNeed,ncYear,home.lat,home.lon\n';
const oversized = header + 'C1,XYZ,eight,95,1\n'.repeat(200);

describe('input size limits', () => {
  it('the default limit is 256 MiB, in one documented place', () => {
    expect(api.CSV_DEFAULTS.maxBytes).toBe(256 * 1024 * 1024);
  });

  const readers: [string, (input: string | Uint8Array, maxBytes: number) => unknown][] = [
    ['readCsv', (t, maxBytes) => api.readCsv(t, { maxBytes })],
    ['readChildrenCsv', (t, maxBytes) => api.readChildrenCsv(t, { maxBytes })],
    ['readSchoolsCsv', (t, maxBytes) => api.readSchoolsCsv(t, { maxBytes })],
    ['readSeriesCsv', (t, maxBytes) => api.readSeriesCsv(t, { maxBytes })],
    ['readRecords (JSON)', (t, maxBytes) => api.readRecords('children', t, 'children.json', { maxBytes })],
    ['importGias', (t, maxBytes) => api.importGias(t, { maxBytes })],
    ['importSen2', (t, maxBytes) => api.importSen2(t, { maxBytes })],
  ];
  for (const [name, read] of readers) {
    it(`${name} rejects input over maxBytes before parsing, with one issue naming the size and limit`, () => {
      for (const input of [oversized, new TextEncoder().encode(oversized)]) {
        const issues = issuesOf(() => read(input, 1024));
        expect(issues).toHaveLength(1);
        expect(issues[0].message).toMatch(/over the limit of 1\.0 KiB/);
        expect(issues[0].message).toMatch(/maxBytes/);
      }
    });
  }

  it('a reader accepts input right at the limit', () => {
    const text = `${header}C1,ASD,7,51.3,1.1\n`;
    expect(api.readChildrenCsv(text, { maxBytes: text.length }).records).toHaveLength(1);
  });

  it('readRecordsFile checks a file size before reading it: a 1 GiB file fails at once', () => {
    // A sparse file: 1 GiB long on paper, no space on disk; reading it would need 1 GiB of memory.
    const path = join(dir, 'huge.csv');
    writeFileSync(path, header);
    truncateSync(path, 1024 ** 3);
    const issues = issuesOf(() => api.readRecordsFile('children', path));
    expect(issues[0].message).toMatch(/1024\.0 MiB, over the limit of 256\.0 MiB/);
  });
});

describe('streaming many children', () => {
  it('Matcher.rankMany yields results one child at a time: it works on an endless stream', () => {
    const schools = api.parseSchools([
      {
        urn: '900001',
        name: 'Example Valley School',
        kind: 'independent',
        lot: 'lot1',
        needs: ['ASD'],
        ncYears: [7, 13],
        sex: 'mixed',
        residential: false,
        location: { lat: 51.27, lon: 0.52 },
        capacity: 60,
        vacancies: 4,
        annualFee: 52000,
      },
    ]);
    let made = 0;
    function* endless() {
      for (;;) yield { id: `C${made++}`, primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 0.5 } };
    }
    const results = api.createMatcher(schools).rankMany(endless(), { limit: 1 });
    const first = [];
    for (const r of results) {
      first.push(r);
      if (first.length === 3) break;
    }
    expect(first.map((r: { childId: string }) => r.childId)).toEqual(['C0', 'C1', 'C2']);
    // Only the children asked for (and at most one ahead) were ever made.
    expect(made).toBeLessThanOrEqual(4);
  });

  it('Matcher.rankMany names the bad child by its position in the stream', () => {
    const stream = (function* () {
      yield { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 0.5 } };
      yield { id: 'C2', primaryNeed: 'ASD', ncYear: 'seven', home: { lat: 51.28, lon: 0.5 } };
    })();
    const it = api.createMatcher([]).rankMany(stream);
    expect(it.next().done).toBe(false);
    const issues = issuesOf(() => it.next());
    expect(issues.map((i) => i.path)).toEqual(['[1].ncYear']);
  });
});

describe('a list of children over MAX_CHILDREN fails at once', () => {
  it('the limit is a million children, in one documented place', () => {
    expect(api.MAX_CHILDREN).toBe(1_000_000);
  });

  // One shared record that counts every read: if any entry point looked at a child before the
  // length, the count would move (and a million bad children would give a million issues, not one).
  let reads = 0;
  const counted = new Proxy({}, { get: () => void reads++, has: () => (reads++, false), ownKeys: () => (reads++, []) });
  const tooMany = new Array(api.MAX_CHILDREN + 1).fill(counted);
  const school = {
    urn: '900001',
    name: 'Oak School',
    kind: 'independent',
    lot: 'lot1',
    needs: ['ASD'],
    ncYears: [7, 11],
    sex: 'mixed',
    residential: false,
    location: { lat: 51.28, lon: 1.08 },
    capacity: 60,
    vacancies: 1,
    annualFee: 50000,
  };
  const entryPoints: [string, (children: unknown[]) => unknown][] = [
    ['parseChildren', (c) => api.parseChildren(c)],
    ['allocateCohort', (c) => api.allocateCohort(c, [school])],
    ['allocateGreedy', (c) => api.allocateGreedy(c, [school])],
    ['compareStrategies', (c) => api.compareStrategies(c, [school], ['weighted-sum'])],
    ['pseudonymise', (c) => api.pseudonymise(c, 'a key long enough to be a real secret key')],
  ];
  for (const [name, call] of entryPoints) {
    it(
      `${name} rejects ${api.MAX_CHILDREN + 1} children with one issue naming the count and the limit, before ` +
        `reading a child`,
      () => {
        reads = 0;
        const issues = issuesOf(() => call(tooMany));
        expect(issues).toHaveLength(1);
        expect(issues[0].message).toMatch(/^is a list of 1000001 children, over the limit of 1000000; .*rankMany/);
        expect(reads).toBe(0);
      },
    );
  }

  it('a list at the limit goes on to have each item validated (shown on a small limit)', () => {
    const Names = withMaxItems(z.array(z.string({ error: 'must be text' })), 2, 'names', 'split the list');
    expect(Names.parse(['a', 'b'])).toEqual(['a', 'b']);
    expect(Names.safeParse(['a', 1]).error?.issues.map((i) => [i.path, i.message])).toEqual([[[1], 'must be text']]);
    expect(Names.safeParse(['a', 'b', 'c']).error?.issues.map((i) => i.message)).toEqual([
      'is a list of 3 names, over the limit of 2; split the list',
    ]);
    // Not a list at all: the list schema says so, the length check stays out of the way.
    expect(Names.safeParse('a').success).toBe(false);
  });

  it("the length check keeps ChildListSchema's messages for small lists as they were", () => {
    const child = { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } };
    expect(issuesOf(() => api.parseChildren('x'))).toEqual([{ path: '(root)', message: 'children must be a list' }]);
    expect(issuesOf(() => api.parseChildren([child, child])).map((i) => i.path)).toEqual(['[1].id']);
  });
});

describe('the CLI checks a file size before reading it', () => {
  // A sparse file: 1 GiB long on paper, no space on disk; reading it would need 1 GiB of memory.
  const huge = join(dir, 'huge.csv');
  writeFileSync(huge, header);
  truncateSync(huge, 1024 ** 3);
  const expected =
    `error: ${huge}: is 1024.0 MiB, over the 256.0 MiB limit for an input file; split it, or ` +
    `read it with the library's readers and a larger maxBytes\n`;

  /** The test double of test/cli with the real file sizes, recording every file it reads. */
  function statIo() {
    const io = memoryIo();
    const read: string[] = [];
    const readFile = io.readFile;
    return Object.assign(io, {
      read,
      fileSize: async (path: string) => statSync(path).size,
      readFile: async (path: string) => (read.push(path), readFile(path)),
    });
  }

  for (const argv of [
    ['rank', '--schools', huge, '--child', 'test/cli/fixtures/child.json'],
    ['allocate', '--schools', 'test/cli/fixtures/schools.csv', '--children', huge],
    ['import', 'gias', '--file', huge],
  ]) {
    it(
      `${argv.slice(0, 2).join(' ')}: a 1 GiB input exits 2 with one line naming the file, its size and the ` +
        `limit, unread`,
      async () => {
        const io = statIo();
        expect(await runCli(argv, io, COMMANDS)).toBe(2);
        expect(io.err()).toBe(`${expected}${huge}: 1 problem; nothing was run.\n`);
        expect(io.read).not.toContain(huge);
      },
    );
  }

  it('without a way to ask the size first, the same message comes after reading', async () => {
    const io = memoryIo();
    io.readFile = async () => new Uint8Array(api.CSV_DEFAULTS.maxBytes + 1);
    expect(
      await runCli(['rank', '--schools', 'big.csv', '--child', 'test/cli/fixtures/child.json'], io, COMMANDS),
    ).toBe(2);
    expect(io.err()).toMatch(/^error: big\.csv: is 256\.0 MiB, over the 256\.0 MiB limit for an input file; /);
  });

  it("the real process's file system (processIo) says the size first: the 1 GiB file is never read", async () => {
    let out = '';
    const read: string[] = [];
    const real = processIo();
    const io = {
      ...real,
      stdout: (t: string) => void (out += t),
      stderr: (t: string) => void (out += t),
      readFile: async (path: string) => (read.push(path), real.readFile(path)),
    };
    expect(await runCli(['rank', '--schools', huge, '--child', 'test/cli/fixtures/child.json'], io, COMMANDS)).toBe(2);
    expect(out).toBe(`${expected}${huge}: 1 problem; nothing was run.\n`);
    expect(read).toEqual([]);
  });
});
