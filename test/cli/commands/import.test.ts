import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/memory-io.js';
import { runCommand } from '../support/run-command.js';

const GIAS = 'test/fixtures/gias-sample.csv';
const SEN2 = 'test/fixtures/sen2-sample.csv';
const TRANSITIONS = 'test/fixtures/transitions-sample.csv';
/** A mapping with no bad row: a rejected mapping row stops a transitions import before the file is read. */
const SETTINGS = 'data/kent/setting-codes.csv';
/** What the user had in the file --out names before the run: an import that fails must leave it as it was. */
const KEPT = { 'myschools.csv': 'urn,name\n1,kept\n' };

describe('send-placement import: a file that gives nothing is bad input, and nothing is written', () => {
  it('import gias: an empty file says so, exits 2 and leaves --out as it was', async () => {
    const run = await runCommand(['import', 'gias', '--file', 'empty.csv', '--out', 'myschools.csv'], {
      files: { 'empty.csv': '', ...KEPT },
    });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^error: empty\.csv: holds no rows: the file is empty; give the establishment/);
    expect(run.written.get('myschools.csv')).toBe(KEPT['myschools.csv']);
  });

  it('import gias: another file is one error naming the columns it lacks, not a warning a row', async () => {
    const run = await runCommand(['import', 'gias', '--file', fixture('schools.csv')]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^error: test\/cli\/fixtures\/schools\.csv line 1: is not a GIAS establishment download: it has no column Est/,
    );
    expect(run.err).not.toContain('warning');
    expect(run.err.match(/^error: /gm)).toHaveLength(1);
    expect(run.out).toBe('');
  });

  it('import gias: the table writes NC years as "-2 to 14", never "-2-14" that reads as a subtraction', async () => {
    const csv = readFileSync(GIAS, 'utf8').replace('"Not applicable","4","19"', '"Not applicable","2","19"');
    const { code, out } = await runCommand(['import', 'gias', '--file', 'nursery.csv', '--format', 'table'], {
      files: { 'nursery.csv': csv },
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^900003 .* -2 to 14 /m);
    expect(out).toMatch(/^900001 .* 7 to 13 /m);
    expect(out).not.toMatch(/ -?\d+-\d+ /);
  });

  it('import gias --la that no row has: exit 2 with the nearest LA of the file', async () => {
    const typo = await runCommand(['import', 'gias', '--file', GIAS, '--la', 'Kentt']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain(`error: ${GIAS}: no open establishment has LA (name) "Kentt"; did you mean "Kent"?`);
    const other = await runCommand(['import', 'gias', '--file', GIAS, '--la', 'Surrey']);
    expect(other.err).toContain('no open establishment has LA (name) "Surrey"; the file has Greenwich, Kent, Medway');
  });

  it('import gias --la whose establishments are all closed says so, not a did-you-mean', async () => {
    const lines = readFileSync(GIAS, 'utf8').split(/\r?\n/);
    const closedKent = lines.filter((l) => l.includes('"Kent"') && l.includes('"Closed"'));
    const medway = lines.filter((l) => l.includes('"Medway"'));
    expect(closedKent.length).toBeGreaterThan(0);
    const files = { 'closed.csv': [lines[0], ...closedKent, ...medway].join('\n') };
    const run = await runCommand(['import', 'gias', '--file', 'closed.csv', '--la', 'kent'], { files });
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      'no open establishment has LA (name) "kent"; its establishments in the file are all closed or not yet open',
    );
  });

  it('import gias --council: a problem of the council file names the council file', async () => {
    const run = await runCommand(['import', 'gias', '--file', GIAS, '--council', fixture('children.csv')]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^error: test\/cli\/fixtures\/children\.csv line 1, urn: the header has no urn column/);
    expect(run.err).not.toContain('gias-sample');
  });

  it('import sen2: another file is refused with what the command reads and what to do instead', async () => {
    const run = await runCommand(['import', 'sen2', '--file', fixture('schools.csv')]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/is not a DfE EHCP statistics file: it has no column time_period, num_caseload/);
    expect(run.err).toContain('give it to forecast --series');
    expect(run.err).not.toContain('options.columns');
  });

  it('import sen2 --la that no row has: the nearest area', async () => {
    const run = await runCommand(['import', 'sen2', '--file', SEN2, '--la', 'Kentt']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('no count for area "Kentt"; did you mean "Kent"?');
  });

  it("import transitions, estimate: a history without its header never has line 1 (a child's row) quoted", async () => {
    const row = 'Jane Example,2023,MMS,ASD,6,ISS,SEMH,7';
    const files = { 'history.csv': `${row}\n${row.replace('Jane', 'Sam')}\n` };
    for (const args of [
      ['import', 'transitions', '--file', 'history.csv', '--settings', SETTINGS],
      ['estimate', '--history', 'history.csv', '--settings', SETTINGS, '--plan', 'data/kent/scenario-2025.json'],
    ]) {
      const run = await runCommand(args, { files });
      expect(run.code).toBe(2);
      expect(run.err).toContain(
        'history.csv line 1: is not a transitions file: it has no column calendar-year, setting-1, setting-2 ' +
          '(its line 1 has 8 cells, not shown here)',
      );
      expect(run.err).not.toMatch(/Jane|MMS|SEMH/);
    }
  });

  it('import transitions: an empty file, another file, or a mapping that is not one, each named', async () => {
    const files = { 'empty.csv': '' };
    const empty = await runCommand(['import', 'transitions', '--file', 'empty.csv', '--settings', SETTINGS], { files });
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/^error: empty\.csv: holds no rows: the file is empty/);
    const other = await runCommand(['import', 'transitions', '--file', fixture('schools.csv'), '--settings', SETTINGS]);
    expect(other.err).toMatch(/schools\.csv line 1: is not a transitions file: it has no column calendar-year/);
    const mapping = await runCommand(['import', 'transitions', '--file', TRANSITIONS, '--settings', 'empty.csv'], {
      files,
    });
    expect(mapping.code).toBe(2);
    expect(mapping.err).toMatch(/^error: empty\.csv: holds no rows: the file is empty; give a CSV of code,setting/);
  });

  it('import transitions: every row rejected is an error per problem, and nothing is written', async () => {
    const header = 'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n';
    const files = {
      'codes.csv': 'code,setting\nMMS,mainstream\n',
      'bad.csv': `${header}2023,MMS,ASD,six,MMS,ASD,7\n2023,MMS,ASD,6.5,MMS,ASD,7\n`,
      'history.json': '[]',
    };
    const run = await runCommand(
      ['import', 'transitions', '--file', 'bad.csv', '--settings', 'codes.csv', '--out', 'history.json'],
      { files },
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^error: bad\.csv line 2, academic-year-1: must be an academic year/m);
    expect(run.err).toContain('error: bad.csv: nothing imported: every row has a problem');
    expect(run.written.get('history.json')).toBe('[]');
  });

  it('import transitions: setting codes the mapping lacks are one error each, said of the mapping', async () => {
    const files = { 'codes.csv': 'code,setting\nXX,mainstream\n', 'history.json': '[]' };
    const run = await runCommand(
      ['import', 'transitions', '--file', TRANSITIONS, '--settings', 'codes.csv', '--out', 'history.json'],
      { files },
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^error: codes\.csv: the setting code of test\/fixtures\/transitions-sample\.csv line 2 /m);
    expect(run.err).not.toMatch(/\bMMS\b|\bISS\b/); // a child-level file's cells are never quoted
    expect(run.written.get('history.json')).toBe('[]');
  });

  it('a population file that is another file says which columns it lacks', async () => {
    const run = await runCommand([
      'backtest-projection',
      '--history',
      'data/kent/transitions-history.csv',
      '--settings',
      'data/kent/setting-codes.csv',
      '--population',
      fixture('schools.csv'),
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/is not a population file: it has no column calendar-year, academic-year, population/);
  });
});
