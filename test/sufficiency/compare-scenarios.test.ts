import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/sufficiency/compare-scenarios.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { codesOf, issuesOf } from '../support/issues-of.js';
import { tinyScenario } from './tiny-scenario.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));
const stop = {
  ...kent,
  capacity: { ...kent.capacity, srp: { ...kent.capacity.srp, additions: kent.capacity.srp.additions.slice(0, 2) } },
};

describe('compareScenarios', () => {
  const { plans, rows } = compareScenarios([
    { name: 'plan', scenario: kent },
    { name: 'stop in 2027', scenario: stop },
  ]);

  it('gives one row per plan and year, plans in the order given', () => {
    expect(plans.map((p) => [p.name, p.baseYear, p.endYear])).toEqual([
      ['plan', 2025, 2030],
      ['stop in 2027', 2025, 2030],
    ]);
    expect(rows.map((r) => `${r.name} ${r.year}`).slice(5, 7)).toEqual(['plan 2030', 'stop in 2027 2025']);
    expect(rows).toHaveLength(12);
  });

  it("reproduces each plan's own projection (its doc example: 909 with the plan, 1,315 if it stops in 2027)", () => {
    const own = projectSufficiency(stop).rows;
    const second = rows.filter((r) => r.name === 'stop in 2027');
    expect(second.map((r) => r.independentPlacements)).toEqual(own.map((r) => r.independentPlacements));
    expect(second.map((r) => r.spend)).toEqual(own.map((r) => r.spend));
    expect(rows.filter((r) => r.year === 2030).map((r) => [r.name, Math.round(r.independentPlacements)])).toEqual([
      ['plan', 909],
      ['stop in 2027', 1315],
    ]);
  });

  it('reads every plan against the first, year by year, and sums spend from the base year', () => {
    const first = rows.filter((r) => r.name === 'plan');
    const second = rows.filter((r) => r.name === 'stop in 2027');
    expect(first.every((r) => r.independentVsFirst === 0 && r.spendVsFirst === 0)).toBe(true);
    second.forEach((r, i) => {
      expect(r.independentVsFirst).toBeCloseTo(r.independentPlacements - first[i].independentPlacements, 5);
      expect(r.spendVsFirst).toBeCloseTo(r.spend - first[i].spend, 5);
    });
    expect(second[2].cumulativeSpend).toBeCloseTo(second[0].spend + second[1].spend + second[2].spend, 3);
  });

  it('gives null against the first plan in a year the first plan does not project', () => {
    const longer = compareScenarios([
      { name: 'short', scenario: tinyScenario() },
      { name: 'long', scenario: tinyScenario({ endYear: 2028 }) },
    ]);
    expect(longer.rows.filter((r) => r.name === 'long').map((r) => r.independentVsFirst)).toEqual([0, 0, 0, null]);
  });

  it('lists every problem of every plan, and repeated names, in one ValidationError', () => {
    const bad = () =>
      compareScenarios([
        { name: 'a', scenario: kent },
        { name: 'a', scenario: { ...kent, baseYear: 'x' } },
        { name: '', scenario: tinyScenario({ endYear: 2020 }) },
      ]);
    expect(issuesOf(bad).map((i) => i.path)).toEqual([
      '[1].scenario.baseYear',
      '[2].name',
      '[2].scenario.endYear',
      '[1].name',
    ]);
    expect(codesOf(bad)).toContain('[1].name: duplicate');
    expect(issuesOf(() => compareScenarios([]))).toEqual([
      { path: '(root)', message: 'plans must hold at least one plan' },
    ]);
    expect(issuesOf(() => compareScenarios(null))).toEqual([
      { path: '(root)', message: 'plans must be a list of { name, scenario }' },
    ]);
  });
});
