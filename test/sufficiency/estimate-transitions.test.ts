import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { estimateTransitions } from '../../src/sufficiency/estimate-transitions.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { issuesOf } from '../support/issues-of.js';
import { expectConservation } from './conservation.js';
import { kentHistory } from './history.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));

describe('estimateTransitions', () => {
  it('counts moves by setting, need and band of the NC year entered, with a pooled rule', () => {
    const est = estimateTransitions([
      {
        calendarYear: 2023,
        setting1: 'mainstream',
        need1: 'ASD',
        ncYear1: 6,
        setting2: 'srp',
        need2: 'ASD',
        ncYear2: 7,
      },
      {
        calendarYear: 2023,
        setting1: 'mainstream',
        need1: 'ASD',
        ncYear1: 6,
        setting2: 'mainstream',
        need2: 'ASD',
        ncYear2: 7,
      },
      { calendarYear: 2023, setting1: 'mainstream', need1: 'SEMH', ncYear1: 8, setting2: 'left' },
      { calendarYear: 2023, setting1: 'new', setting2: 'independent', need2: 'SEMH', ncYear2: 9 },
    ]);
    expect(est.baseYear).toBe(2024);
    expect(est.maxNcYear).toBe(9);
    const secondary = est.transitions.filter((r) => r.from === 'mainstream' && r.ncYears[0] === 7);
    expect(secondary.map((r) => [r.need ?? 'all', r.to, r.evidence])).toEqual([
      ['all', { mainstream: 1, srp: 1, left: 1 }, 3],
      ['ASD', { mainstream: 1, srp: 1 }, 2],
      ['SEMH', { left: 1 }, 1],
    ]);
    expect(est.joiners.entries).toEqual([
      {
        count: 1,
        needs: { SEMH: 1 },
        ncYears: { '9': 1 },
        settings: { independent: 1 },
        evidence: 1,
        source: expect.any(String),
      },
    ]);
    expect(est.stock.map((e) => [e.setting, e.count])).toEqual([
      ['mainstream', 1],
      ['srp', 1],
      ['independent', 1],
    ]);
  });

  it('recovers the rates the synthetic history was generated with', () => {
    const est = estimateTransitions(kentHistory());
    expect(est.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const truth = parseScenario(kent);
    // Secondary mainstream children leave at 3.9% a year (weights 92.3 : 1.3 : 2 : 0.5 : 3.9) in years 8-11,
    // and 4.5% at the Year 7 transfer, pooled into the 7-11 band.
    const rate = est.leaverRates.find((r) => r.from === 'mainstream' && r.ncYears[0] === 7)!;
    expect(rate.rate).toBeGreaterThan(0.025);
    expect(rate.rate).toBeLessThan(0.05);
    const srpSecondary = est.transitions.find((r) => r.from === 'srp' && !r.need && r.ncYears[0] === 7)!;
    const stay = srpSecondary.to.srp! / srpSecondary.evidence!;
    expect(stay).toBeGreaterThan(0.88);
    expect(stay).toBeLessThan(0.96);
    expect(truth.transitions.length).toBeGreaterThan(0);
  });

  it('round-trips the transitions CSV into a projection that conserves children', () => {
    const est = estimateTransitions(kentHistory());
    const p = projectSufficiency({
      name: 'from history',
      baseYear: est.baseYear,
      endYear: est.baseYear + 5,
      maxNcYear: est.maxNcYear,
      stock: est.stock,
      joiners: est.joiners,
      transitions: est.transitions,
      independentRegardless: { value: 0.05, source: 'assumption: test' },
      capacity: {
        srp: {
          base: { value: 150, source: 'assumption: test' },
          additions: [{ year: 2027, places: 30, source: 'assumption: test' }],
        },
      },
      costs: { feeUpliftRate: { value: 0.03, source: 'assumption: test' }, bySetting: {} },
    });
    const actual2025 = kentHistory().filter((r) => r.calendarYear === 2024 && r.setting2 !== 'left').length;
    expect(p.rows[0].total).toBe(actual2025);
    expect(p.rows).toHaveLength(6);
    expectConservation(p.rows);
    expectConservation(p.counterfactual);
  });

  it('rejects a bad history with every problem, and an empty one', () => {
    const paths = issuesOf(() =>
      estimateTransitions([
        { calendarYear: 2023, setting1: 'school', need1: 'ASD', ncYear1: 6, setting2: 'srp', need2: 'ASD', ncYear2: 7 },
        { calendarYear: 2023, setting1: 'mainstream', ncYear1: 6, setting2: 'srp', need2: 'ASD', ncYear2: 7 },
      ]),
    ).map((i) => i.path);
    expect(paths).toEqual(['[0].setting1', '[1].need1']);
    expect(() => estimateTransitions([])).toThrow(ValidationError);
  });
});
