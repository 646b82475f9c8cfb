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
    expect(bt.total.mape!.toFixed(3)).toBe('0.025');
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

describe('doc examples of the 0.2 sufficiency modules', () => {
  const move = (setting2: 'srp' | 'mainstream') => ({
    calendarYear: 2023,
    setting1: 'mainstream' as const,
    need1: 'ASD' as const,
    ncYear1: 6,
    setting2,
    need2: 'ASD' as const,
    ncYear2: 7,
  });

  it('hold for the tally, the rules and the growth', async () => {
    const { bump, effectiveCount, tallyHistory } = await import('../../src/sufficiency/tally-history.js');
    const { rulesFromTally } = await import('../../src/sufficiency/transition-rules.js');
    const { logLinearGrowth } = await import('../../src/sufficiency/log-linear-growth.js');
    const t = new Map();
    bump(t, 'a', 0.5);
    bump(t, 'a', 1);
    expect(t.get('a')).toEqual({ w: 1.5, w2: 1.25 });
    expect([effectiveCount({ w: 3, w2: 3 }), effectiveCount({ w: 1.5, w2: 1.25 })]).toEqual([3, 1.8]);
    const bands: Array<[number, number]> = [[-5, 20]];
    const tally = tallyHistory([move('srp'), move('mainstream')], {
      bands,
      maxNcYear: 14,
      lastYear: 2023,
      weightOf: () => 1,
    });
    expect(tally.pooled.get('mainstream|0|srp')).toEqual({ w: 1, w2: 1 });
    const { transitions } = rulesFromTally(tally.pooled, tally.specific, bands, 'estimated');
    expect([transitions[0].to, transitions[0].evidence]).toEqual([{ mainstream: 1, srp: 1 }, 2]);
    expect(logLinearGrowth([2020, 2021, 2022], [100, 110, 121], [1, 1, 1]).toFixed(3)).toBe('0.100');
    expect(logLinearGrowth([2020, 2021, 2022], [100, 0, 121], [1, 1, 1]).toFixed(3)).toBe('0.100');
    const { bandsSchema } = await import('../../src/sufficiency/bands-schema.js');
    expect(
      bandsSchema([6, 7, 8]).safeParse([
        [-5, 6],
        [8, 20],
      ]).error?.issues[0].message,
    ).toBe('no band covers NC year 7, which moves in the history enter: every NC year moved into must be in one band');
  });

  it('hold for the backtest parts and compareScenarios', async () => {
    const { settingError } = await import('../../src/sufficiency/setting-error.js');
    const { censusCounts, holdsCensus } = await import('../../src/sufficiency/census-counts.js');
    const { persistence, trend } = await import('../../src/sufficiency/projection-baselines.js');
    const { RecencyDecaySchema } = await import('../../src/sufficiency/estimate-transitions.js');
    const { compareScenarios } = await import('../../src/sufficiency/compare-scenarios.js');
    const e = settingError('independent', [100, 110], [105, 99]);
    expect([e.mae, e.mape!.toFixed(3), e.bias]).toEqual([8, '0.075', -3]);
    expect(
      censusCounts([{ calendarYear: 2023, setting1: 'new', setting2: 'srp', need2: 'ASD', ncYear2: 7 }], 2024).srp,
    ).toBe(1);
    expect([holdsCensus(new Set([2018, 2021]), 2019), holdsCensus(new Set([2018, 2021]), 2020)]).toEqual([true, false]);
    expect([persistence([90, 100], [2023, 2024], 2026), trend([90, 100], [2023, 2024], 2026)]).toEqual([100, 120]);
    expect(RecencyDecaySchema.safeParse(0).success).toBe(false);
    const stop = {
      ...kent,
      capacity: { ...kent.capacity, srp: { ...kent.capacity.srp, additions: kent.capacity.srp.additions.slice(0, 2) } },
    };
    const { rows } = compareScenarios([
      { name: 'plan', scenario: kent },
      { name: 'stop in 2027', scenario: stop },
    ]);
    expect(rows.filter((r) => r.year === 2030).map((r) => [r.name, Math.round(r.independentPlacements)])).toEqual([
      ['plan', 909],
      ['stop in 2027', 1315],
    ]);
  });

  it('hold for the scenario parts and the population', async () => {
    const parts = await import('../../src/schema/sourced-number.js');
    const weights = await import('../../src/schema/scenario-weights.js');
    const { SCENARIO_DEFAULTS, JoinerEntrySchema } = await import('../../src/schema/scenario.js');
    const { PopulationRecordSchema, PopulationSchema, parsePopulation } = await import(
      '../../src/schema/population.js'
    );
    const { importPopulation } = await import('../../src/io/import-population.js');
    const tens = parts.bounded(0, 10, 'must be 0 or more', 'must be at most 10');
    expect(tens.safeParse(11).error?.issues[0].message).toBe('must be at most 10');
    expect([parts.ChildrenSchema.safeParse(2.5).success, parts.PlacesSchema.safeParse(-1).success]).toEqual([
      true,
      false,
    ]);
    expect([parts.WeightSchema.safeParse(3).success, parts.YearSchema.safeParse(2025.5).success]).toEqual([
      true,
      false,
    ]);
    expect(parts.SourcedRateSchema.safeParse({ value: -1, source: 'assumption: x' }).success).toBe(false);
    expect(
      parts.SourcedShareSchema.safeParse({ value: 0.045, low: 0.02, high: 0.07, source: 'assumption: x' }).success,
    ).toBe(true);
    expect([parts.DampingSchema.safeParse(0.5).success, parts.DampingSchema.safeParse(1.2).success]).toEqual([
      true,
      false,
    ]);
    expect(parts.SourcedDampingSchema.safeParse({ value: 0.3, source: 'assumption: x' }).success).toBe(true);
    expect(parts.SourcedPlacesSchema.safeParse({ value: 1500, source: 'committee minutes 2025' }).success).toBe(true);
    expect(parts.SourcedGbpSchema.safeParse({ value: 51302, source: 'key decision 2025' }).success).toBe(true);
    expect(weights.SettingEnum.safeParse('srp').success).toBe(true);
    expect(weights.SettingWeightsSchema.safeParse({ mainstream: 3, srp: 1 }).success).toBe(true);
    expect(weights.DestinationWeightsSchema.safeParse({ srp: 0 }).success).toBe(false);
    expect(SCENARIO_DEFAULTS.maxNcYear).toBe(14);
    expect(SCENARIO_DEFAULTS.growthDamping).toBe(1);
    expect(
      JoinerEntrySchema.safeParse({
        rate: 0.004,
        needs: { ASD: 1 },
        ncYears: { '0': 1 },
        settings: { mainstream: 1 },
        source: 'assumption: example',
      }).success,
    ).toBe(true);
    expect(PopulationRecordSchema.safeParse({ calendarYear: 2026, ncYear: 0, count: 17850 }).success).toBe(true);
    expect(PopulationRecordSchema.safeParse({ calendarYear: 2026, ncYear: 21, count: 17850 }).success).toBe(false);
    expect(PopulationSchema.safeParse({ source: 'ONS 2022-based projections', records: [] }).success).toBe(true);
    const p = parsePopulation({ source: 'synthetic', records: [{ calendarYear: 2026, ncYear: 0, count: 100 }] });
    expect(p.records.length).toBe(1);
    const imported = importPopulation('calendar-year,academic-year,population\n2026,0,17850\n2026,21,100\n');
    expect(imported.records).toEqual([{ calendarYear: 2026, ncYear: 0, count: 17850 }]);
    expect(imported.rejected[0].line).toBe(3);
  });
});
