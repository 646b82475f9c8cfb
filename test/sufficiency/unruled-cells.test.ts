import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { compileScenario } from '../../src/sufficiency/compile-scenario.js';
import { unruledCells } from '../../src/sufficiency/unruled-cells.js';
import { tinyScenario } from './tiny-scenario.js';

const warningsOf = (overrides: Parameters<typeof tinyScenario>[0]) =>
  unruledCells(compileScenario(parseScenario(tinyScenario(overrides))));

describe('unruledCells', () => {
  it('names the NC years children reach with no rule as runs, one line a setting with children in it', () => {
    // 100 mainstream and 10 SRP children in Year 5; a rule covers mainstream Years 8 to 10 only.
    const transitions = [
      { from: 'mainstream' as const, ncYears: [8, 10] as [number, number], to: { mainstream: 1 }, source: 'test' },
    ];
    expect(warningsOf({ transitions })).toEqual([
      'transitions: no rule covers children entering NC years 6 to 7, 11 to 14 in mainstream (every need), so they ' +
        'stay there, a year older each year, until they pass NC year 14',
      'transitions: no rule covers children entering NC years 6 to 14 in srp (every need), so they stay there, a ' +
        'year older each year, until they pass NC year 14',
    ]);
  });

  it('follows the rules: a setting children only move to is named, one nobody reaches is not', () => {
    const transitions = [
      { from: 'mainstream' as const, ncYears: [-5, 20] as [number, number], to: { independent: 1 }, source: 'test' },
      { from: 'srp' as const, ncYears: [-5, 20] as [number, number], to: { left: 1 }, source: 'test' },
    ];
    const warnings = warningsOf({ transitions });
    // Year 6 is entered in independent by the move itself (the rule of mainstream), so the years after it are unruled.
    expect(warnings).toEqual([
      'transitions: no rule covers children entering NC years 7 to 14 in independent (every need), so they stay ' +
        'there, a year older each year, until they pass NC year 14',
    ]);
  });

  it('says nothing when every child is covered to maxNcYear', () => {
    const transitions = [
      { from: 'mainstream' as const, ncYears: [-5, 20] as [number, number], to: { mainstream: 1 }, source: 'test' },
      { from: 'srp' as const, ncYears: [-5, 20] as [number, number], to: { srp: 1 }, source: 'test' },
    ];
    expect(warningsOf({ transitions })).toEqual([]);
  });
});
