import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTransitions, readSettingMapping, writeTransitionsCsv } from '../../src/io/import-transitions.js';
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

  it('reads need codes in any case, and maps unknown settings to other and unknown needs to OTH with warnings', () => {
    expect(result.records[4].need1).toBe('SpLD');
    expect(result.records[5].setting2).toBe('other');
    expect(result.records[6].need1).toBe('OTH');
    expect(result.warnings).toContain(
      '1 setting code is not in the mapping (1 cell, the first on line 7); mapped to other',
    );
    expect(result.warnings).toContain('1 need code is not a SEN2 need (2 cells, the first on line 8); mapped to OTH');
  });

  it('rejects fractional years, join-and-leave rows and missing years with their lines, and loses no row', () => {
    expect(result.rejected.map((r) => [r.line, r.column])).toEqual([
      [9, 'academic-year-1'],
      [10, 'setting-2'],
      [12, 'academic-year-2'],
    ]);
    expect(result.summary).toEqual({ read: 11, imported: 8, rejected: 3 });
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
