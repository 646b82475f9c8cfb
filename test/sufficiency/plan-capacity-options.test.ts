// Bad input to planCapacity: every problem at once, each with its path and a machine-readable code.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { parsePlanOptions } from '../../src/sufficiency/plan-capacity-options.js';
import { planCapacity } from '../../src/sufficiency/plan-capacity.js';
import { codesOf, issuesOf } from '../support/issues-of.js';
import { overflowScenario, srpCandidate } from './overflow-scenario.js';

const scenario = parseScenario(overflowScenario());

describe('planCapacity options', () => {
  it('fills the defaults: spend, steps of 10 places, seed 1, no Monte Carlo', () => {
    const o = parsePlanOptions({ budgetGbp: 1e6, candidates: [srpCandidate('a', 2026)] }, scenario);
    expect([o.objective, o.step, o.seed, o.runs]).toEqual(['spend', 10, 1, undefined]);
  });

  it('lists every problem of the issue at once, candidate by candidate, with paths and codes', () => {
    const candidates = [
      { id: 'a', setting: 'college', year: 2026, maxPlaces: 10, capitalGbpPerPlace: 10_000 },
      { id: 'b', setting: 'srp', need: 'autism', year: 2026, maxPlaces: 10, capitalGbpPerPlace: -5 },
      { id: 'c', setting: 'srp', year: 2031, maxPlaces: 10, capitalGbpPerPlace: 10_000 },
      { id: 'a', setting: 'srp', year: 2025, maxPlaces: 10, capitalGbpPerPlace: 10_000 },
    ];
    expect(codesOf(() => planCapacity(overflowScenario(), { budgetGbp: -1, candidates } as never))).toEqual([
      'budgetGbp: too_small',
      'candidates[0].setting: invalid_value',
      'candidates[1].need: invalid_value',
      'candidates[1].capitalGbpPerPlace: too_small',
      'candidates[2].year: too_big',
      'candidates[3].id: duplicate',
      'candidates[3].year: too_small',
    ]);
  });

  it('says which years a candidate may open in and which id came first', () => {
    const candidates = [srpCandidate('a', 2026), srpCandidate('a', 2025)];
    expect(issuesOf(() => planCapacity(overflowScenario(), { budgetGbp: 0, candidates }))).toEqual([
      { path: 'candidates[1].id', message: 'duplicate id a (first at candidates[0])' },
      {
        path: 'candidates[1].year',
        message: 'year must be from 2026 to 2027: a year of the scenario after its base year (2025 is the census)',
      },
    ]);
  });

  it('rejects places in a setting the scenario puts no cap on, since they could change nothing', () => {
    const special = { ...srpCandidate('s', 2026), setting: 'maintained-special' };
    expect(issuesOf(() => planCapacity(overflowScenario(), { budgetGbp: 0, candidates: [special] } as never))).toEqual([
      {
        path: 'candidates[0].setting',
        message:
          'the scenario puts no cap on maintained-special places, so adding some changes nothing; give it ' +
          'capacity.maintained-special',
      },
    ]);
  });

  it('bounds the search: too many steps is an error that says to raise the step', () => {
    const candidates = Array.from({ length: 3 }, (_, i) => srpCandidate(`c${i}`, 2026, 10_000));
    expect(codesOf(() => planCapacity(overflowScenario(), { budgetGbp: 0, candidates, step: 5 }))).toEqual([
      'step: too_large_input',
    ]);
    expect(() => planCapacity(overflowScenario(), { budgetGbp: 0, candidates, step: 20 })).not.toThrow();
    const many = Array.from({ length: 51 }, (_, i) => srpCandidate(`c${i}`, 2026));
    expect(issuesOf(() => planCapacity(overflowScenario(), { budgetGbp: 0, candidates: many }))).toEqual([
      { path: 'candidates', message: 'candidates must list at most 50' },
    ]);
  });

  it('rejects a bad objective, step, runs and seed, and a candidate list that is not a list', () => {
    const options = { budgetGbp: 0, candidates: [], objective: 'cost', step: 0, runs: 1.5, seed: 'x' };
    expect(codesOf(() => planCapacity(overflowScenario(), options as never))).toEqual([
      'objective: invalid_value',
      'step: too_small',
      'runs: invalid_type',
      'seed: invalid_type',
    ]);
    expect(codesOf(() => planCapacity(overflowScenario(), { budgetGbp: 0, candidates: 'a.csv' } as never))).toEqual([
      'candidates: invalid_type',
    ]);
    expect(codesOf(() => planCapacity(overflowScenario(), undefined as never))).toEqual(['(root): required']);
  });

  it('validates the scenario first, as the other sufficiency functions do', () => {
    expect(
      codesOf(() => planCapacity({ ...overflowScenario(), endYear: 2020 }, { budgetGbp: 0, candidates: [] })),
    ).toEqual(['endYear: custom']);
  });
});
