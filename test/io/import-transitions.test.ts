import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  importTransitions,
  readSettingMapping,
  unknownNeedNote,
  writeTransitionsCsv,
} from '../../src/io/import-transitions.js';
import { readCsv } from '../../src/io/read-csv.js';

const transitions = readFileSync(new URL('../fixtures/transitions-sample.csv', import.meta.url));
const settings = readFileSync(new URL('../fixtures/setting-mapping.csv', import.meta.url));
const result = importTransitions(transitions, settings);

describe('importTransitions', () => {
  it('maps the council setting codes and keeps needs and NC years', () => {
    expect(result.records[0]).toEqual({
      calendarYear: 2023,
      setting1: 'mainstream',
      need1: 'ASD',
      ncYear1: 6,
      setting2: 'independent',
      need2: 'ASD',
      ncYear2: 7,
    });
    expect(result.records[1].setting2).toBe('srp');
  });

  it('turns NONSEND into joiners (new) and leavers (left), ignoring their NA cells', () => {
    expect(result.records[2]).toEqual({
      calendarYear: 2023,
      setting1: 'new',
      setting2: 'mainstream',
      need2: 'SLCN',
      ncYear2: 2,
    });
    expect(result.records[3]).toEqual({
      calendarYear: 2023,
      setting1: 'maintained-special',
      need1: 'SLD',
      ncYear1: 13,
      setting2: 'left',
    });
  });

  it('reads need codes in any case, and maps unknown needs to OTH with a warning', () => {
    expect(result.records[4].need1).toBe('SpLD');
    expect(result.records[5].need1).toBe('OTH');
    const [unknown] = result.unknownNeeds;
    expect(result.unknownNeeds).toHaveLength(1);
    expect(unknown).toMatchObject({ cells: 2, firstLine: 8, column: 'need-1' });
    expect(unknown.share).toBeGreaterThan(0);
    expect(
      result.warnings.filter((w) => w.startsWith('the need label on line 8 (need-1) is not a SEN2 need: 2 cells')),
    ).toHaveLength(1);
    // The fixture's mapping has 2 bad rows; the warning says what became of them, in words.
    expect(result.warnings).toContain('the setting mapping has 2 unreadable rows, left out');
  });

  it('counts each unknown need label apart, with its share of the need cells and the nearest code, unquoted', () => {
    const header = 'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n';
    const rows = [
      '2023,MMS,ASD,6,MMS,ASD,7',
      '2023,MMS,Autism,6,MMS,Autism,7',
      '2023,MMS,SMEH,6,MMS,SEMH,7',
      '2023,MMS,Autism,6,NONSEND,NA,NA',
    ].join('\n');
    const read = importTransitions(`${header}${rows}\n`, 'code,setting\nMMS,mainstream\n');
    expect(read.records.map((r) => r.need1)).toEqual(['ASD', 'OTH', 'OTH', 'OTH']);
    expect(read.unknownNeeds).toEqual([
      { code: 'AUTISM', cells: 3, share: 3 / 7, firstLine: 3, column: 'need-1' },
      { code: 'SMEH', cells: 1, share: 1 / 7, firstLine: 4, column: 'need-1', nearest: 'SEMH' },
    ]);
    expect(read.warnings).toEqual([
      'the need label on line 3 (need-1) is not a SEN2 need: 3 cells have it and are read as OTH (42.9% of the ' +
        'need cells); write the SEN2 code or name (e.g. ASD or "Autistic Spectrum Disorder")',
      'the need label on line 4 (need-1) is not a SEN2 need: 1 cell has it and is read as OTH (14.3% of the ' +
        'need cells); write the SEN2 code or name (e.g. ASD or "Autistic Spectrum Disorder"); ' +
        'the nearest SEN2 code is SEMH',
    ]);
    expect(read.warnings.join('\n')).not.toMatch(/autism|smeh/i);
  });

  it("reads the mapping's settings in any case or spacing, and quotes a rejected one with its line", () => {
    const read = readSettingMapping(
      'code,setting\nMSS,Maintained Special\nMRP,SRP\nISS,independent school\nIND,Independent\n',
    );
    expect([...read.mapping]).toEqual([
      ['MSS', 'maintained-special'],
      ['MRP', 'srp'],
      ['IND', 'independent'],
    ]);
    expect(read.rejected.map((r) => [r.line, r.reason])).toEqual([
      [
        4,
        'setting "independent school" is not one of mainstream, srp, maintained-special, independent, ' +
          'non-maintained, other',
      ],
    ]);
    expect([...read.rejectedCodes]).toEqual([['ISS', 4]]);
  });

  it('says a missing code is on a rejected mapping row, or looks like the "no EHCP" code of joiners, leavers', () => {
    const header = 'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n';
    const rows = [
      '2023,MMS,ASD,6,ISS,ASD,7',
      '2023,NOEHCP,NA,NA,MMS,ASD,2',
      '2023,MMS,ASD,6,NOEHCP,,',
      '2023,MMS,ASD,6,MMS,ASD,7',
    ];
    const read = importTransitions(
      `${header}${rows.join('\n')}\n`,
      'code,setting\nMMS,mainstream\nISS,independent school\n',
    );
    expect(read.unknownSettings).toEqual([
      { code: 'NOEHCP', rows: 2, firstLine: 3, column: 'setting-1', joinersOrLeavers: 2 },
      { code: 'ISS', rows: 1, firstLine: 2, column: 'setting-2', joinersOrLeavers: 0, mappingLine: 3 },
    ]);
    expect(read.warnings).toContain(
      'the setting code on line 3 (setting-1) is not in the setting mapping: 2 rows have it and were rejected; ' +
        'its rows ' +
        'look like joiners and leavers: if it is the code for no EHCP, give it with the nonSendCode option; else add ' +
        'it to the mapping (code,setting)',
    );
    expect(read.warnings).toContain(
      'the setting code on line 2 (setting-2) is not in the setting mapping: that row was rejected; ' +
        'the mapping has it ' +
        'on line 3, but that row was rejected: fix that row',
    );
    const fixed = importTransitions(
      `${header}${rows.join('\n')}\n`,
      'code,setting\nMMS,mainstream\nISS,Independent\n',
      {
        nonSendCode: 'noehcp',
      },
    );
    expect(fixed.rejected).toEqual([]);
    expect(fixed.records.map((r) => [r.setting1, r.setting2])).toEqual([
      ['mainstream', 'independent'],
      ['new', 'mainstream'],
      ['mainstream', 'left'],
      ['mainstream', 'mainstream'],
    ]);
  });

  it('reads needs by name or former code, and academic years as school systems write them', () => {
    const header = 'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n';
    const rows = '2023,MMS,Autism Spectrum Condition,Y6,MRP,BESD,Year 7\n2023,MMS,asd,R,MMS,ASD,1\n';
    const read = importTransitions(header + rows, 'code,setting\nMMS,mainstream\nMRP,srp\n');
    expect(read.rejected).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.records.map((r) => [r.need1, r.ncYear1, r.need2, r.ncYear2])).toEqual([
      ['ASD', 6, 'SEMH', 7],
      ['ASD', 0, 'ASD', 1],
    ]);
    const bad = importTransitions(`${header}2023,MMS,ASD,Year six,MMS,ASD,7\n`, 'code,setting\nMMS,mainstream\n');
    expect(bad.rejected[0].problems).toEqual([
      {
        column: 'academic-year-1',
        reason: 'must be an academic year: 8, Y8, Year 8, R (Reception), N2 or -1 (nursery)',
        code: 'invalid_type',
      },
    ]);
  });

  it('rejects a setting code the mapping lacks, naming its line and column, and imports the rest', () => {
    expect(result.rejected[0]).toEqual({
      line: 7,
      column: 'setting-2',
      reason: 'setting code is not in the setting mapping: add it there (code,setting)',
      problems: [
        {
          column: 'setting-2',
          reason: 'setting code is not in the setting mapping: add it there (code,setting)',
          code: 'unknown_code',
        },
      ],
    });
  });

  it('rejects unmapped codes, fractional years, join-and-leave rows and missing years by line; loses no row', () => {
    expect(result.rejected.map((r) => [r.line, r.column])).toEqual([
      [7, 'setting-2'],
      [9, 'academic-year-1'],
      [10, 'setting-2'],
      [12, 'academic-year-2'],
    ]);
    expect(result.summary).toEqual({ read: 11, imported: 7, rejected: 4 });
  });

  it('says what to write for a calendar year written as an academic year (2017/18), which it cannot place', () => {
    // 2017/18 could mean the census of January 2018 or the record year 2017: it is refused, with what to write.
    const csv =
      'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n2017/18,MMS,ASD,6,MMS,ASD,7\n';
    const { rejected } = importTransitions(csv, settings);
    expect(rejected).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'calendar-year',
        reason: expect.stringMatching(/^must be a calendar year, a whole number such as 2024/),
      }),
    ]);
  });

  it('reads academic years from -5 (birth) to 20 (age 25), and rejects one past them with the range', () => {
    const csv =
      'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n' +
      '2023,NONSEND,,,MMS,SLCN,-5\n2023,FEC,ASD,19,FEC,ASD,20\n2023,FEC,ASD,20,NONSEND,,\n' +
      '2023,FEC,ASD,20,FEC,ASD,21\n2023,NONSEND,,,MMS,SLCN,-6\n';
    const out = importTransitions(csv, settings);
    expect(out.records.map((r) => [r.ncYear1, r.ncYear2])).toEqual([
      [undefined, -5],
      [19, 20],
      [20, undefined],
    ]);
    expect(out.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [5, 'academic-year-2', 'must be an academic (NC) year from -5 to 20: birth to 25'],
      [6, 'academic-year-2', 'must be an academic (NC) year from -5 to 20: birth to 25'],
    ]);
  });

  it('never echoes a cell of the child-level file in a warning or rejection', () => {
    const marker = 'ZZMARKERZZ';
    const csv =
      `calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n` +
      `2023,${marker},${marker},${marker},MMS,${marker},7\n2023,MMS,${marker},6,${marker},ASD,7\n`;
    const out = importTransitions(csv, settings);
    expect(JSON.stringify([out.warnings, out.rejected])).not.toContain(marker);
  });

  it('reports bad and repeated rows of the setting mapping', () => {
    const map = readSettingMapping(settings);
    expect(map.mapping.get('MSS')).toBe('maintained-special');
    expect(map.rejected.map((r) => [r.line, r.column])).toEqual([
      [8, 'setting'],
      [9, 'code'],
    ]);
  });

  it('writes transitions with their field names, one row each', () => {
    const back = readCsv(writeTransitionsCsv(result.records));
    expect(back.summary.imported).toBe(result.records.length);
    expect(back.records[2]).toEqual({
      calendarYear: '2023',
      setting1: 'new',
      need1: '',
      ncYear1: '',
      setting2: 'mainstream',
      need2: 'SLCN',
      ncYear2: '2',
    });
  });
});

describe('unknownNeedNote', () => {
  it('writes a large count with thousands separators, as every other count a planner reads', () => {
    const note = unknownNeedNote({ code: 'AUTISM', cells: 10608, share: 0.331, firstLine: 2, column: 'need-1' });
    expect(note).toContain(': 10,608 cells have it and are read as OTH (33.1% of the need cells)');
    expect(note).not.toContain('AUTISM'); // a cell of a child-level file is not quoted
  });
});
