import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/input-error.js';
import { readHistoryInput, recordIssues, rejectionNotes } from '../../src/cli/read-history-input.js';
import { memoryIo } from './support/memory-io.js';

describe('readHistoryInput', () => {
  it('reads the transitions CSV with its setting mapping (its doc example)', async () => {
    const { value, notes } = await readHistoryInput(
      memoryIo(),
      'data/kent/transitions-history.csv',
      'data/kent/setting-codes.csv',
    );
    expect(value.length).toBe(16031);
    expect(notes).toEqual([]);
  });

  it('warns of each calendar year missing inside the history, for JSON and CSV alike', async () => {
    const io = memoryIo();
    const record = (year: number) =>
      `{ "calendarYear": ${year}, "setting1": "mainstream", "need1": "ASD", "ncYear1": 6, "setting2": "srp", ` +
      `"need2": "ASD", "ncYear2": 7 }`;
    io.written.set('gap.json', `[${[2018, 2019, 2022].map(record).join(', ')}]`);
    const { notes } = await readHistoryInput(io, 'gap.json', undefined);
    expect(notes).toEqual([
      'warning: gap.json: no transitions from 2020 (to the 2021 census); the model is fitted on the other years',
      'warning: gap.json: no transitions from 2021 (to the 2022 census); the model is fitted on the other years',
    ]);
    const csv = 'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n';
    io.written.set('gap.csv', `${csv}2018,MMS,ASD,6,MRP,ASD,7\n2020,MMS,ASD,6,MRP,ASD,7\n`);
    io.written.set('codes.csv', 'code,setting\nMMS,mainstream\nMRP,srp\n');
    expect((await readHistoryInput(io, 'gap.csv', 'codes.csv')).notes).toEqual([
      'warning: gap.csv: no transitions from 2019 (to the 2020 census); the model is fitted on the other years',
    ]);
  });

  it('reads a JSON history, and lists the CSV rows it could not import, importing the rest', async () => {
    const io = memoryIo();
    io.written.set(
      'history.json',
      '[{ "calendarYear": 2023, "setting1": "new", "setting2": "srp", "need2": "ASD", "ncYear2": 7 }]',
    );
    expect((await readHistoryInput(io, 'history.json', undefined)).value).toHaveLength(1);
    // The fixture mapping's bad rows would stop the read (they are errors in the CLI): left out here.
    const mapping = readFileSync('test/fixtures/setting-mapping.csv', 'utf8').replace(/^(BAD|mms),[^\n]*\n?/gm, '');
    io.written.set('codes.csv', `${mapping}XYZ,other\n`);
    // The fixture's unknown need label is a share of its need cells that stops a read: written as a code here.
    io.written.set('sample.csv', readFileSync('test/fixtures/transitions-sample.csv', 'utf8').replaceAll('QQQ', 'MLD'));
    const csv = await readHistoryInput(io, 'sample.csv', 'codes.csv');
    expect(csv.value).toHaveLength(8);
    expect(csv.notes).toContain(
      'warning: sample.csv line 9, academic-year-1: ' +
        'must be an academic year: 8, Y8, Year 8, R (Reception), N2 or -1 (nursery) (row not imported)',
    );
  });

  it('stops when the history has setting codes the mapping lacks, once per code, naming the mapping file', async () => {
    const io = memoryIo();
    io.written.set('codes.csv', 'code,setting\nMMS,mainstream\n');
    const csv = 'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n';
    const rows = ['2023,MMS,ASD,6,ISS,ASD,7', '2023,ISS,ASD,7,ISS,ASD,8', '2023,MMS,ASD,6,MSU,ASD,7'];
    io.written.set('h.csv', `${csv}${rows.join('\n')}\n`);
    const error = await readHistoryInput(io, 'h.csv', 'codes.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('codes.csv');
    expect((error as InputError).issues.map((i) => i.message)).toEqual([
      'the setting code of h.csv line 2 (setting-2) is not in this mapping, and 2 rows of h.csv have it: ' +
        'add it to the mapping (code,setting)',
      'the setting code of h.csv line 4 (setting-2) is not in this mapping, and that row of h.csv has it: ' +
        'add it to the mapping (code,setting)',
    ]);
    io.written.set('empty.csv', 'code,setting\n');
    const empty = await readHistoryInput(io, 'h.csv', 'empty.csv').catch((e: unknown) => e);
    expect((empty as InputError).file).toBe('empty.csv');
  });

  it('stops when an unknown need label covers over 1% of the need cells, and warns of a rarer one', async () => {
    const io = memoryIo();
    const kent = readFileSync('data/kent/transitions-history.csv', 'utf8');
    io.written.set('h.csv', kent.replaceAll(',ASD,', ',Autism,'));
    const error = await readHistoryInput(io, 'h.csv', 'data/kent/setting-codes.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('h.csv');
    const [issue, ...rest] = (error as InputError).issues;
    expect(rest).toEqual([]);
    expect(issue.message).toMatch(/^the need label on line 2 \(need-1\) is not a SEN2 need: [\d,]+ cells have it and /);
    expect(issue.message).toMatch(/would be read as OTH \(\d+\.\d% of the need cells\); /);
    expect(issue.message).toMatch(
      /write the SEN2 code or name \(e\.g\. ASD or "Autistic Spectrum Disorder"\), then run again$/,
    );
    expect(issue.message).not.toMatch(/autism/i);
    // One stray label in a few thousand need cells is a warning, and the run goes on.
    const lines = kent.split('\n');
    lines[1] = lines[1].replace(/,(ASD|SEMH|SLCN|MLD|SLD|PMLD|SpLD|HI|VI|MSI|PD|OTH|NSA),/, ',Autsm,');
    io.written.set('one.csv', lines.join('\n'));
    const { notes } = await readHistoryInput(io, 'one.csv', 'data/kent/setting-codes.csv');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^warning: one\.csv: the need label on line 2 \(need-1\) is not a SEN2 need: 1 cell /);
    expect(notes[0]).toMatch(/has it and is read as OTH \(0\.0\d% of the need cells\)/);
  });

  it('stops on a rejected mapping row, naming its line; suggests --non-send-code for a joiner code', async () => {
    const io = memoryIo();
    const csv = 'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n';
    io.written.set(
      'h.csv',
      `${csv}2023,NOEHCP,NA,NA,MMS,ASD,7\n2023,MMS,ASD,6,MSS,ASD,7\n2023,MMS,ASD,6,NOEHCP,NA,NA\n`,
    );
    io.written.set('bad.csv', 'code,setting\nMMS,mainstream\nMSS,Maintained Special\nISS,independent school\n');
    const bad = await readHistoryInput(io, 'h.csv', 'bad.csv').catch((e: unknown) => e);
    expect((bad as InputError).file).toBe('bad.csv');
    expect((bad as InputError).issues).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'setting',
        message: expect.stringMatching(/^setting "independent school" is not one of/),
      }),
    ]);
    io.written.set('codes.csv', 'code,setting\nMMS,mainstream\nMSS,Maintained Special\n');
    const joiners = await readHistoryInput(io, 'h.csv', 'codes.csv').catch((e: unknown) => e);
    expect((joiners as InputError).issues.map((i) => i.message)).toEqual([
      'the setting code of h.csv line 2 (setting-1) is not in this mapping, and 2 rows of h.csv have it: its rows ' +
        'look ' +
        'like joiners and leavers: if it is the code for no EHCP, give it with --non-send-code CODE; else add it to ' +
        'the mapping (code,setting)',
    ]);
    expect((await readHistoryInput(io, 'h.csv', 'codes.csv', 'NOEHCP')).value).toHaveLength(3);
  });

  it('needs --settings for a CSV history', async () => {
    await expect(readHistoryInput(memoryIo(), 'data/kent/transitions-history.csv', undefined)).rejects.toThrow(
      InputError,
    );
  });
});

describe('rejectionNotes', () => {
  it('says each problem of each row not imported (its doc example)', () => {
    const rejected = [{ line: 3, column: 'population', reason: 'must be 0 or more', problems: [] }];
    rejected[0].problems = [{ column: 'population', reason: 'must be 0 or more' }] as never;
    expect(rejectionNotes('p.csv', rejected)).toEqual([
      'warning: p.csv line 3, population: must be 0 or more (row not imported)',
    ]);
  });
});

describe('recordIssues', () => {
  it("gives a CSV record's issue its line and column (its doc example), and keeps the others as they are", () => {
    const year = { path: '[0].calendarYear', message: 'must be a year from 1900 to 2199' };
    expect(recordIssues([year], [2])).toEqual([
      { path: 'calendar-year', line: 2, column: 'calendar-year', message: 'must be a year from 1900 to 2199' },
    ]);
    const root = { path: '(root)', message: 'must hold at least one transition' };
    expect(recordIssues([root, year], undefined)).toEqual([root, year]);
    expect(recordIssues([{ path: '[1]', message: 'x' }], [2, 7])).toEqual([
      { path: '(row)', line: 7, column: '(row)', message: 'x' },
    ]);
  });
});
