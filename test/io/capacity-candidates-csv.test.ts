// Reading capacity candidates from CSV: every row imported or rejected with its line, column and code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCapacityCandidatesCsv } from '../../src/io/capacity-candidates-csv.js';

const HEADER = 'id,setting,need,year,maxPlaces,capitalGbpPerPlace,source\n';

describe('readCapacityCandidatesCsv', () => {
  it("reads Kent's bundled candidates, each with a sourced cost", () => {
    const text = readFileSync(new URL('../../data/kent/capacity-candidates.csv', import.meta.url), 'utf8');
    const { records, rejected, summary } = readCapacityCandidatesCsv(text);
    expect([summary, rejected]).toEqual([{ read: 10, imported: 10, rejected: 0 }, []]);
    expect(records.every((c) => c.source?.startsWith('assumption: '))).toBe(true);
    expect(records[0]).toMatchObject({ id: 'srp-remodel-2026', setting: 'srp', year: 2026, maxPlaces: 60 });
    expect(records[0].need).toBeUndefined(); // an empty need: places any need may take
  });

  it('reads pounds written with £ and thousands commas, and a ring-fenced need', () => {
    const { records } = readCapacityCandidatesCsv(`${HEADER}srp-north,srp,ASD,2027,40,"£35,000",\n`);
    expect(records).toEqual([
      { id: 'srp-north', setting: 'srp', need: 'ASD', year: 2027, maxPlaces: 40, capitalGbpPerPlace: 35_000 },
    ]);
  });

  it('reads a setting in any case and spacing, a need by name, and an academic year as the year it ends', () => {
    const csv = `${HEADER}a,SRP,Autism Spectrum Condition,2026,30,40000,\nb,Maintained Special,,2027/28,20,90000,\n`;
    const { records, rejected } = readCapacityCandidatesCsv(csv);
    expect(rejected).toEqual([]);
    expect(records.map((c) => [c.setting, c.need, c.year])).toEqual([
      ['srp', 'ASD', 2026],
      ['maintained-special', undefined, 2028],
    ]);
  });

  it('rejects a bad row with every problem, and a repeated id naming the first line', () => {
    const csv = `${HEADER}a,college,autism,2027,4.5,-1,\na,srp,,2027,10,1000,\nb,srp,,2027,10,1000,\n`;
    const { records, rejected, summary } = readCapacityCandidatesCsv(csv);
    expect(records.map((c) => c.id)).toEqual(['a', 'b']);
    expect(summary).toEqual({ read: 3, imported: 2, rejected: 1 });
    expect(rejected[0].line).toBe(2);
    expect(rejected[0].problems.map((p) => `${p.column}: ${p.code}`)).toEqual([
      'setting: invalid_value',
      'need: invalid_value',
      'maxPlaces: invalid_type',
      'capitalGbpPerPlace: too_small',
    ]);
    const dup = readCapacityCandidatesCsv(`${HEADER}a,srp,,2027,10,1000,\na,srp,,2028,10,1000,\n`).rejected[0];
    expect(dup.problems).toEqual([
      { column: 'id', reason: 'duplicate candidate id a (first on line 2)', code: 'duplicate' },
    ]);
  });
});
