import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/input-error.js';
import { readHistoryInput, rejectionNotes } from '../../src/cli/read-history-input.js';
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
    const csv = await readHistoryInput(io, 'test/fixtures/transitions-sample.csv', 'test/fixtures/setting-mapping.csv');
    expect(csv.value).toHaveLength(7);
    expect(csv.notes).toContain(
      'warning: test/fixtures/transitions-sample.csv line 7, setting-2: setting code is not in the setting mapping: ' +
        'add it there (code,setting) (row not imported)',
    );
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
