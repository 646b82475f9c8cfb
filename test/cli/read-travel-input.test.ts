// The --travel flag of rank, allocate, consult and report, run in-process as a user would type it.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import type { InputError } from '../../src/cli/input-error.js';
import { readTravelInput } from '../../src/cli/read-travel-input.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fixture, memoryIo } from './support/memory-io.js';

async function run(argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, io, COMMANDS);
  return { code, out: io.out(), err: io.err() };
}

const SCHOOLS = fixture('schools.csv');
const CHILDREN = fixture('children.csv');
const TRAVEL = fixture('travel.csv');
const UNKNOWN = [
  `${TRAVEL}: line 11: child C0099 is not in the children; ignored`,
  `${TRAVEL}: line 12: URN 999999 is not in the schools; ignored`,
];

describe('readTravelInput', () => {
  it('reads a CSV table and warns, with the line, of journeys for children or schools not given', async () => {
    const { travel, warnings } = await readTravelInput(
      memoryIo(),
      TRAVEL,
      [{ id: 'C0001' }, { id: 'C0004' }],
      [{ urn: '900001' }, { urn: '900005' }],
    );
    expect(travel.map((t) => `${t.childId}-${t.urn}`)).toEqual([
      'C0001-900001',
      'C0001-900005',
      'C0004-900001',
      'C0004-900005',
    ]);
    expect(warnings[0]).toBe(`${TRAVEL}: line 3: URN 900002 is not in the schools; ignored`);
    expect(warnings).toHaveLength(7);
  });
  it("passes on the CSV reader's warning of a column that is not a field", async () => {
    const io = memoryIo();
    await io.writeFile('t.csv', 'childId,urn,km,minutes,source\nC1,900001,1,2,osrm\n');
    const { travel, warnings } = await readTravelInput(io, 't.csv', [{ id: 'C1' }], [{ urn: '900001' }]);
    expect(travel).toHaveLength(1);
    expect(warnings).toEqual(['t.csv: column source is not a field of a travel table; it was ignored']);
  });

  it('says so when no journey is for a child and school given: a table for another cohort', async () => {
    const io = memoryIo();
    await io.writeFile('t.csv', 'childId,urn,km,minutes\nX1,900001,1,2\nX2,900001,1,2\n');
    const { travel, warnings } = await readTravelInput(io, 't.csv', [{ id: 'C1' }], [{ urn: '900001' }]);
    expect(travel).toEqual([]);
    expect(warnings.at(-1)).toBe(
      't.csv: none of its 2 journeys is for a child and a school given (a table for another cohort?); ' +
        'every journey is estimated',
    );
  });

  it('refuses a saved OSRM response with how to turn it into a table', async () => {
    const { code, err } = await run([
      'rank',
      '--schools',
      SCHOOLS,
      '--child',
      fixture('child.json'),
      '--travel',
      'test/fixtures/osrm-table-handmade.json',
    ]);
    expect(code).toBe(2);
    expect(err).toContain('is an OSRM /table response, not a travel table');
    expect(err).toContain('importOsrmTable(json, { childIds, urns })');
  });

  it('with skipInvalid leaves out bad CSV rows, each named with its line, and keeps the rest', async () => {
    const file = fixture('bad-travel.csv');
    const children = [{ id: 'C0001' }, { id: 'C0002' }];
    const schools = [{ urn: '900001' }, { urn: '900002' }];
    const { travel, warnings } = await readTravelInput(memoryIo(), file, children, schools, { skipInvalid: true });
    expect(travel.map((t) => `${t.childId}-${t.urn}`)).toEqual(['C0002-900001']);
    expect(warnings).toEqual([
      `warning: ${file} line 2, km: km must be 0 or more (skipped; the journey is estimated)`,
      `warning: ${file} line 3, minutes: is required (skipped; the journey is estimated)`,
      `warning: ${file} line 5, urn: duplicate journey for child C0002 and URN 900001 (first on line 4) ` +
        '(skipped; the first one is used)',
      `${file}: 1 journey used, 3 rows skipped`,
    ]);
  });

  it('with skipInvalid counts as used only the journeys applied, not those then ignored', async () => {
    const io = memoryIo();
    const rows = [
      'C1,900001,1,2',
      'C1,900001,3,4',
      'C1,900002,-1,2',
      'C9,900001,1,2',
      'C1,999999,1,2',
      'C1,900002,5,6',
    ];
    await io.writeFile('t.csv', `childId,urn,km,minutes\n${rows.join('\n')}\n`);
    const children = [{ id: 'C1' }];
    const schools = [{ urn: '900001' }, { urn: '900002' }];
    const { travel, warnings } = await readTravelInput(io, 't.csv', children, schools, { skipInvalid: true });
    expect(travel).toHaveLength(2);
    expect(warnings).toEqual([
      'warning: t.csv line 3, urn: duplicate journey for child C1 and URN 900001 (first on line 2) ' +
        '(skipped; the first one is used)',
      'warning: t.csv line 4, km: km must be 0 or more (skipped; the journey is estimated)',
      't.csv: line 5: child C9 is not in the children; ignored',
      't.csv: line 6: URN 999999 is not in the schools; ignored',
      't.csv: 2 journeys used, 2 rows skipped, 2 journeys ignored',
    ]);
  });

  it('with skipInvalid leaves out bad JSON entries with their lines; nothing valid is still refused', async () => {
    const file = fixture('bad-travel.json');
    const children = [{ id: 'C0001' }];
    const schools = [{ urn: '900001' }, { urn: '900002' }];
    const { travel, warnings } = await readTravelInput(memoryIo(), file, children, schools, { skipInvalid: true });
    expect(travel).toEqual([{ childId: 'C0001', urn: '900001', km: 0.4, minutes: 1 }]);
    expect(warnings[0]).toBe(
      `warning: ${file} line 11, [1].km: km must be 0 or more (skipped; the journey is estimated)`,
    );
    expect(warnings.at(-1)).toBe(`${file}: 1 journey used, 1 row skipped`);
    const io = memoryIo();
    await io.writeFile('all-bad.csv', 'childId,urn,km,minutes\nC0001,900001,-1,2\n');
    const refused = await readTravelInput(io, 'all-bad.csv', children, schools, { skipInvalid: true }).catch(
      (error: unknown) => error as InputError,
    );
    expect((refused as InputError).issues.map((i) => `${i.line ?? '-'} ${i.path}: ${i.message}`)).toEqual([
      '2 km: km must be 0 or more',
      '- (file): no valid journeys left after skipping',
    ]);
  });
});

describe('--travel', () => {
  it('rank: journeys from the table, the school with no route excluded as unreachable', async () => {
    const { code, out, err } = await run(['rank', '--schools', SCHOOLS, '--child', CHILDREN, '--travel', TRAVEL]);
    expect(code, err).toBe(0);
    const results = JSON.parse(out) as { childId: string; ranked: { travel: { source: string } }[] }[];
    const c1 = results.find((r) => r.childId === 'C0001');
    expect(c1?.ranked[0].travel).toEqual({ km: 0.4, minutes: 1, source: 'table' });
    for (const line of UNKNOWN) expect(err).toContain(line);
    const one = await run(['rank', '--schools', SCHOOLS, '--child', fixture('child.json'), '--travel', TRAVEL]);
    expect(JSON.parse(one.out).ranked[0].travel.source).toBe('table');
  });

  it("rank and allocate output say which journeys are the table's; without --travel, no such column", async () => {
    const csv = await run(['rank', '--schools', SCHOOLS, '--child', CHILDREN, '--travel', TRAVEL, '--format', 'csv']);
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toContain(',road km,minutes,journey,cost a year £,');
    expect(lines.find((l) => l.startsWith('C0001,1,900001,'))).toContain(',0.4,1,travel table,');
    expect(lines.find((l) => l.startsWith('C0003,1,'))).toContain(',estimate,');
    const one = ['rank', '--schools', SCHOOLS, '--child', fixture('child.json'), '--format', 'table'];
    expect((await run([...one, '--travel', TRAVEL])).out).toMatch(/ +minutes +journey +cost a year £/);
    expect((await run(one)).out).not.toContain('journey');
    const allocate = ['allocate', '--schools', SCHOOLS, '--children', CHILDREN, '--format', 'csv'];
    const placed = (await run([...allocate, '--travel', TRAVEL])).out.trim().split('\n');
    expect(placed[0]).toBe(
      'child,URN,school,lot,score,road km,journey,cost a year £,off the framework because,unplaced because',
    );
    expect(placed.find((l) => l.startsWith('C0003,'))).toContain(',estimate,');
    expect(placed.find((l) => l.startsWith('C0004,'))).toContain(',12.8,travel table,');
    expect((await run(allocate)).out.split('\n')[0]).not.toContain('journey');
  });

  it('allocate and consult take the table; report too, with --schools and --children', async () => {
    const allocate = await run(['allocate', '--schools', SCHOOLS, '--children', CHILDREN, '--travel', TRAVEL]);
    expect(allocate.code, allocate.err).toBe(0);
    const placed = JSON.parse(allocate.out).assignments as { childId: string; travel: { source: string } }[];
    expect(placed.find((a) => a.childId === 'C0004')?.travel.source).toBe('table');
    expect(JSON.parse(allocate.out).warnings).toBeUndefined(); // unknown journeys were left out by the CLI
    const greedy = await run([
      'allocate',
      '--greedy',
      '--schools',
      SCHOOLS,
      '--children',
      CHILDREN,
      '--travel',
      TRAVEL,
    ]);
    expect(greedy.code, greedy.err).toBe(0);
    const consult = await run(['consult', '--schools', SCHOOLS, '--child', fixture('child.json'), '--travel', TRAVEL]);
    expect(consult.code, consult.err).toBe(0);
    const report = await run(['report', '--schools', SCHOOLS, '--children', CHILDREN, '--travel', TRAVEL]);
    expect(report.code, report.err).toBe(0);
    expect(report.out).toContain('<!DOCTYPE html>');
    const alone = await run(['report', '--scenario', 'data/kent/scenario-2025.json', '--travel', TRAVEL]);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('--travel needs --schools and --children');
  });

  it('exits 2 for a bad table, naming the file, line and field of every problem, with no stack trace', async () => {
    const csv = await run(['rank', '--schools', SCHOOLS, '--child', CHILDREN, '--travel', fixture('bad-travel.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('line 2');
    expect(csv.err).toContain('km must be 0 or more');
    expect(csv.err).toContain('line 3');
    expect(csv.err).toContain('is required');
    expect(csv.err).toContain('duplicate journey for child C0002 and URN 900001 (first on line 4)');
    expect(csv.err).not.toMatch(/\n\s+at /);
    const json = await run([
      'allocate',
      '--schools',
      SCHOOLS,
      '--children',
      CHILDREN,
      '--travel',
      fixture('bad-travel.json'),
    ]);
    expect(json.code).toBe(2);
    expect(json.err).toContain('bad-travel.json line 11, [1].km: km must be 0 or more');
    expect(json.err).toContain('[1].km');
    const missing = await run([
      'consult',
      '--schools',
      SCHOOLS,
      '--child',
      fixture('child.json'),
      '--travel',
      'nope.csv',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.csv');
  });
});
