// The bounds of ScenarioSchema (SCENARIO_LIMITS): every bound accepted exactly, every one just past
// it rejected with its path and the limit in the message, all in one ValidationError.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_LIMITS, parseScenario } from '../../src/schema/scenario.js';
import { issuesOf } from '../support/issues-of.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));
const A = 'assumption: test';
const L = SCENARIO_LIMITS;

/** A scenario with one of everything the bounds apply to, each number set by `at`. */
function scenarioAt(at: {
  children: number;
  places: number;
  gbp: number;
  rate: number;
  weight: number;
  baseYear: number;
  endYear: number;
  share: number;
}) {
  return {
    name: 'bounds',
    baseYear: at.baseYear,
    endYear: at.endYear,
    stock: [
      { setting: 'independent', count: at.children, needs: { ASD: at.weight }, ncYears: { '7': at.weight }, source: A },
    ],
    joiners: {
      growthRate: { value: at.rate, low: at.rate, high: at.rate, source: A },
      entries: [
        {
          count: at.children,
          needs: { SEMH: at.weight },
          ncYears: { '3': 1 },
          settings: { srp: at.weight },
          evidence: at.children,
          source: A,
        },
      ],
    },
    transitions: [
      { from: 'srp', ncYears: [7, 11], to: { independent: at.weight, left: 1 }, evidence: at.children, source: A },
    ],
    independentRegardless: { value: at.share, low: at.share, high: at.share, source: A },
    capacity: {
      srp: {
        base: { value: at.places, low: at.places, high: at.places, source: A },
        additions: [{ year: at.endYear, places: at.places, low: at.places, high: at.places, source: A }],
      },
    },
    costs: {
      feeUpliftRate: { value: at.rate, low: at.rate, high: at.rate, source: A },
      bySetting: {
        independent: {
          annualFeeGbp: { value: at.gbp, low: at.gbp, high: at.gbp, source: A },
          annualTransportGbp: { value: at.gbp, source: A },
        },
      },
    },
  };
}

const AT_LIMITS = {
  children: L.maxChildren,
  places: L.maxPlaces,
  gbp: L.maxAnnualGbp,
  rate: L.maxRate,
  weight: L.maxWeight,
  baseYear: L.maxYear - L.maxYears,
  endYear: L.maxYear,
  share: 1,
};

describe('ScenarioSchema bounds (SCENARIO_LIMITS)', () => {
  it('accepts every number exactly at its bound', () => {
    expect(parseScenario(scenarioAt(AT_LIMITS)).endYear).toBe(2200);
    expect(parseScenario(scenarioAt({ ...AT_LIMITS, baseYear: L.minYear, endYear: L.minYear + 1 })).baseYear).toBe(
      1900,
    );
    const nearMinusOne = -1 + Number.EPSILON / 2; // the closest double above -1
    expect(parseScenario(scenarioAt({ ...AT_LIMITS, rate: nearMinusOne })).joiners.growthRate.value).toBe(nearMinusOne);
  });

  it('rejects every number past its bound, naming each path in one error', () => {
    const over = scenarioAt({
      children: L.maxChildren * 1.01,
      places: L.maxPlaces + 1,
      gbp: L.maxAnnualGbp + 1,
      rate: 1.5,
      weight: L.maxWeight * 2,
      baseYear: 2025,
      endYear: 2201,
      share: 1,
    });
    const paths = issuesOf(() => parseScenario(over)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'endYear',
        'stock[0].count',
        'stock[0].needs.ASD',
        'stock[0].ncYears.7',
        'joiners.growthRate.value',
        'joiners.growthRate.low',
        'joiners.growthRate.high',
        'joiners.entries[0].count',
        'joiners.entries[0].needs.SEMH',
        'joiners.entries[0].settings.srp',
        'joiners.entries[0].evidence',
        'transitions[0].to.independent',
        'transitions[0].evidence',
        'capacity.srp.base.value',
        'capacity.srp.base.low',
        'capacity.srp.base.high',
        'capacity.srp.additions[0].year',
        'capacity.srp.additions[0].places',
        'capacity.srp.additions[0].low',
        'capacity.srp.additions[0].high',
        'costs.feeUpliftRate.value',
        'costs.bySetting.independent.annualFeeGbp.value',
        'costs.bySetting.independent.annualFeeGbp.high',
        'costs.bySetting.independent.annualTransportGbp.value',
      ]),
    );
  });

  it('says the bound and its name in the message', () => {
    const messages = issuesOf(() =>
      parseScenario(scenarioAt({ ...AT_LIMITS, children: 1e308, gbp: 1e12, rate: 5.6e102 })),
    ).map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain(
      'stock[0].count: must be at most 10,000,000 children (SCENARIO_LIMITS.maxChildren: more than all pupils ' +
        'in England)',
    );
    expect(messages).toContain(
      'costs.bySetting.independent.annualFeeGbp.value: must be at most £10,000,000 per child per year',
    );
    expect(messages).toContain(
      'costs.feeUpliftRate.value: rate must be above -1 and at most 1 a year (4.5% a year is 0.045)',
    );
  });

  it('rejects a rate of exactly -1 and a year before 1900', () => {
    const paths = issuesOf(() =>
      parseScenario(scenarioAt({ ...AT_LIMITS, rate: -1, baseYear: 1899, endYear: 1901 })),
    ).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['baseYear', 'joiners.growthRate.value', 'costs.feeUpliftRate.value']),
    );
    expect(paths).not.toContain('endYear');
  });

  it('says how to write a rate given as a percentage, and names no internal constant', () => {
    const costs = { ...kent.costs, feeUpliftRate: { value: '4.5%', source: 'assumption: x' } };
    const issues = issuesOf(() => parseScenario({ ...kent, costs }));
    expect(issues).toEqual([
      { path: 'costs.feeUpliftRate.value', message: 'must be a number: a rate a year (4.5% a year is 0.045)' },
    ]);
    const far = { ...kent, endYear: kent.baseYear + 60 };
    expect(issuesOf(() => parseScenario(far)).map((i) => i.message)).not.toContainEqual(
      expect.stringMatching(/LIMITS/),
    );
  });

  it('rejects a projection longer than maxYears', () => {
    const issues = issuesOf(() => parseScenario(scenarioAt({ ...AT_LIMITS, baseYear: 2000, endYear: 2051 })));
    expect(issues).toEqual([{ path: 'endYear', message: 'a projection may run at most 50 years' }]);
  });

  it('rejects a capacity addition whose range does not contain its places', () => {
    const s = scenarioAt({ ...AT_LIMITS, places: 100 });
    s.capacity.srp.additions[0] = { ...s.capacity.srp.additions[0], low: 120, high: 80 };
    expect(issuesOf(() => parseScenario(s)).map((i) => i.path)).toEqual([
      'capacity.srp.additions[0].low',
      'capacity.srp.additions[0].high',
    ]);
  });

  it('keeps its doc example true', () => {
    expect(SCENARIO_LIMITS.maxChildren).toBe(10000000);
    const issues = issuesOf(() =>
      parseScenario({ ...kent, costs: { ...kent.costs, feeUpliftRate: { value: 5, source: 'typo' } } }),
    );
    expect(issues).toEqual([
      {
        path: 'costs.feeUpliftRate.value',
        message: 'rate must be above -1 and at most 1 a year (4.5% a year is 0.045)',
      },
    ]);
  });

  it('is public: an app can show the bounds next to its inputs', async () => {
    const api = await import('../support/internals.js');
    expect(api.SCENARIO_LIMITS).toBe(SCENARIO_LIMITS);
  });

  it('leaves the Kent scenario far inside every bound', () => {
    expect(parseScenario(kent).name).toBe(kent.name);
  });
});

describe('doc examples of the scenario part schemas', () => {
  it('hold', async () => {
    const { ScenarioSchema, StockEntrySchema, JoinerEntrySchema, TransitionRuleSchema, SourcedNumberSchema } =
      await import('../../src/schema/scenario.js');
    const { sufficiencyGaps } = await import('../../src/sufficiency/sufficiency-gaps.js');
    expect(ScenarioSchema.safeParse(kent).success).toBe(true);
    expect(
      StockEntrySchema.safeParse({
        setting: 'independent',
        count: 1172,
        needs: { ASD: 2, SEMH: 1 },
        ncYears: { '7': 1 },
        source: 'assumption: example',
      }).success,
    ).toBe(true);
    expect(
      JoinerEntrySchema.safeParse({
        count: 300,
        needs: { ASD: 1 },
        ncYears: { '0': 1 },
        settings: { mainstream: 3, srp: 1 },
        source: 'assumption: example',
      }).success,
    ).toBe(true);
    expect(
      TransitionRuleSchema.safeParse({
        from: 'mainstream',
        ncYears: [7, 7],
        to: { independent: 1, mainstream: 9 },
        source: 'assumption: example',
      }).success,
    ).toBe(true);
    expect(SourcedNumberSchema.safeParse({ value: 0.03, low: 0.05, source: 'assumption: x' }).success).toBe(false);
    expect(sufficiencyGaps({ schools: [], demand: [{ need: 'ASD' }] }).byDistrict[0].district).toBe('unknown');
  });
});
