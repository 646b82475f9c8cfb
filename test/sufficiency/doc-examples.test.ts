// The @example outputs in src/sufficiency's doc comments, checked so they stay true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUFFICIENCY } from '../../src/sufficiency/defaults.js';
import { backtestProjection } from '../../src/sufficiency/backtest-projection.js';
import { estimateTransitions } from '../../src/sufficiency/estimate-transitions.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { sensitivity } from '../../src/sufficiency/sensitivity.js';
import { simulateSufficiency } from '../../src/sufficiency/simulate-sufficiency.js';
import { kentHistory } from './history.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));

describe('doc examples of the sufficiency API', () => {
  it('DEFAULT_SUFFICIENCY', () =>
    expect(DEFAULT_SUFFICIENCY.bands).toEqual([
      [-5, 6],
      [7, 11],
      [12, 14],
      [15, 20],
    ]));

  it('projectSufficiency', () => {
    const p = projectSufficiency(kent);
    expect(Math.round(p.rows[0].independentPlacements)).toBe(1172);
    expect(p.rows.at(-1)!.year).toBe(2030);
  });

  it('estimateTransitions', () => {
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
    ]);
    expect(est.baseYear).toBe(2024);
    expect(est.transitions[0].to).toEqual({ mainstream: 1, srp: 1 });
  });

  it('backtestProjection', () => {
    const bt = backtestProjection(kentHistory(), { fitYears: 5, testYears: 2 });
    expect(bt.testYears).toEqual([2024, 2025]);
    expect(bt.total.mape!.toFixed(3)).toBe('0.027');
  });

  it('simulateSufficiency', () => {
    const last = simulateSufficiency(kent, { runs: 100, seed: 7 }).independentPlacements.at(-1)!;
    expect([last.year, Math.round(last.p5), Math.round(last.p50), Math.round(last.p95)]).toEqual([
      2030, 806, 963, 1079,
    ]);
  });

  it('sensitivity', () => {
    const t = sensitivity(kent, { year: 2030 });
    expect(t.rows[0].assumption).toBe('joiners.entries[0].count');
    expect([Math.round(t.rows[0].placementsAtLow), Math.round(t.rows[0].placementsAtHigh)]).toEqual([867, 1118]);
  });
});

describe('doc examples of the internal sufficiency modules', () => {
  it('hold', async () => {
    const { parseScenario } = await import('../../src/schema/scenario.js');
    const { cell } = await import('../../src/sufficiency/state-space.js');
    const { percentileSorted } = await import('../../src/sufficiency/percentile.js');
    const { compileScenario } = await import('../../src/sufficiency/compile-scenario.js');
    const { stepYear } = await import('../../src/sufficiency/step-year.js');
    const { runRows, runTotals, projectValid } = await import('../../src/sufficiency/project-sufficiency.js');
    const { listAssumptions } = await import('../../src/sufficiency/assumptions.js');
    expect([cell(0, 0, -5), cell(0, 0, -4)]).toEqual([0, 1]);
    expect([percentileSorted([1, 2, 3, 4], 50), percentileSorted([1, 2, 3, 4], 100)]).toEqual([2.5, 4]);
    const m = compileScenario(parseScenario(kent));
    expect(Math.round(m.stock.reduce((t, x) => t + x, 0))).toBe(18122);
    expect(Math.round(stepYear(m, m.stock, 1).flows.newIndependent)).toBe(129);
    expect(runRows(m).length).toBe(6);
    expect(Math.round(runTotals(m).independent[5])).toBe(909);
    expect(Math.round(projectValid(parseScenario(kent)).summary.counterfactualLast)).toBe(1639);
    expect(listAssumptions(parseScenario(kent), 0.2)[0].path).toBe('joiners.growthRate');
  });
});
