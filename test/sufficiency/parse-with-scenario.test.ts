import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planCapacity } from '../../src/sufficiency/plan-capacity.js';
import { sensitivity } from '../../src/sufficiency/sensitivity.js';
import { simulateSufficiency } from '../../src/sufficiency/simulate-sufficiency.js';
import { validationErrorOf } from '../support/issues-of.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));
const badScenario = { ...kent, endYear: 'x' };

describe('a scenario and the options of a call on it, both wrong', () => {
  it('are listed in one error, the options under options. (simulateSufficiency, sensitivity, planCapacity)', () => {
    const calls = [
      () => simulateSufficiency(badScenario, { runs: -1 }),
      () => sensitivity(badScenario, { year: 'y' as never }),
      () => planCapacity(badScenario, { budgetGbp: -1, candidates: [] }),
    ];
    const paths = calls.map((call) => validationErrorOf(call).issues.map((i) => i.path));
    expect(paths).toEqual([
      ['endYear', 'options.runs'],
      ['endYear', 'options.year'],
      ['endYear', 'options.budgetGbp'],
    ]);
    expect(validationErrorOf(calls[0]).message).toMatch(/^Invalid scenario and options \(2 problems\)/);
  });

  it('each alone keeps its own error and paths, as before', () => {
    expect(validationErrorOf(() => simulateSufficiency(badScenario, { runs: 5 })).issues.map((i) => i.path)).toEqual([
      'endYear',
    ]);
    const options = validationErrorOf(() => simulateSufficiency(kent, { runs: -1 }));
    expect([options.message.split(' (')[0], options.issues.map((i) => i.path)]).toEqual([
      'Invalid simulateSufficiency options',
      ['runs'],
    ]);
    // A year is checked against the scenario's years only when the scenario is valid.
    expect(validationErrorOf(() => sensitivity(kent, { year: 1999 })).issues[0].message).toBe(
      'year must be from 2025 to 2030',
    );
    expect(validationErrorOf(() => sensitivity(badScenario, { year: 1999 })).issues.map((i) => i.path)).toEqual([
      'endYear',
    ]);
  });
});
