import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { codesOf, issuesOf } from '../support/issues-of.js';
import { tinyScenario } from './tiny-scenario.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));

describe('parseScenario', () => {
  it('accepts the Kent scenario and fills maxNcYear', () => {
    const s = parseScenario(kent);
    expect(s.baseYear).toBe(2025);
    expect(parseScenario(tinyScenario()).maxNcYear).toBe(14);
  });

  it('requires a source on every assumption', () => {
    const bad = structuredClone(kent);
    delete bad.independentRegardless.source;
    delete bad.transitions[2].source;
    delete bad.capacity.srp.additions[0].source;
    const paths = issuesOf(() => parseScenario(bad)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'independentRegardless.source',
        'transitions[2].source',
        'capacity.srp.additions[0].source',
      ]),
    );
  });

  it('names an endYear not after the baseYear beside a missing source, not only once the source is mended', () => {
    const bad = structuredClone(kent);
    bad.endYear = 2025;
    delete bad.costs.feeUpliftRate.source;
    expect(issuesOf(() => parseScenario(bad)).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'costs.feeUpliftRate.source: is required',
      'endYear: endYear must be after baseYear',
    ]);
    // A year that is itself wrong keeps its one issue; input that is not a scenario at all has one too.
    bad.endYear = 'soon';
    expect(issuesOf(() => parseScenario(bad)).map((i) => i.path)).toEqual(['endYear', 'costs.feeUpliftRate.source']);
    expect(issuesOf(() => parseScenario(null)).map((i) => i.path)).toEqual(['(root)']);
  });

  it('says a year written as an academic year (2023/24) or as text must be a number, as a scenario writes it', () => {
    const bad = structuredClone(kent);
    bad.baseYear = '2024/25';
    bad.capacity.srp.additions[0].year = '2026';
    expect(issuesOf(() => parseScenario(bad))).toEqual([
      { path: 'baseYear', message: 'must be a year as a number, such as 2025' },
      { path: 'capacity.srp.additions[0].year', message: 'must be a year as a number, such as 2025' },
    ]);
  });

  it('names a key that means nothing beside a bad value in the same record, not only after the value is mended', () => {
    const bad = structuredClone(kent) as Record<string, any>;
    bad.costs.bySetting.indep = bad.costs.bySetting.srp;
    bad.costs.bySetting.srp = { ...bad.costs.bySetting.srp, annualFeeGbp: { value: -5, source: 'typo' } };
    expect(issuesOf(() => parseScenario(bad)).map((i) => i.path)).toEqual([
      'costs.bySetting.srp.annualFeeGbp.value',
      'costs.bySetting.indep',
    ]);
  });

  it('lists every problem with its path, not only the first', () => {
    const bad = tinyScenario({ endYear: 2020 }) as Record<string, unknown>;
    (bad.stock as Array<Record<string, unknown>>)[0].needs = { XYZ: 1 };
    (bad.stock as Array<Record<string, unknown>>)[1].ncYears = { '20': 1 };
    (bad.independentRegardless as Record<string, unknown>).value = 1.5;
    bad.transitions = [{ from: 'srp', ncYears: [9, 3], to: { srp: 0 }, source: 'assumption: x' }];
    const paths = issuesOf(() => parseScenario(bad)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'endYear',
        'stock[0].needs.XYZ',
        'stock[1].ncYears.20',
        'independentRegardless.value',
        'transitions[0].ncYears',
        'transitions[0].to',
      ]),
    );
  });

  it('takes a joiner growth damping from 0 to 1, each end named in its message, and none by default', () => {
    const at = (value: number) =>
      tinyScenario({
        joiners: {
          growthRate: { value: 0.05, source: 'assumption: x' },
          growthDamping: { value, source: 'assumption: x' },
          entries: [],
        },
      });
    expect(parseScenario(at(0.3)).joiners.growthDamping).toEqual({ value: 0.3, source: 'assumption: x' });
    expect(parseScenario(tinyScenario()).joiners.growthDamping).toBeUndefined();
    expect(issuesOf(() => parseScenario(at(1.2)))).toEqual([
      {
        path: 'joiners.growthDamping.value',
        message: 'damping must be at most 1 (1 compounds the growth rate every year)',
      },
    ]);
    expect(codesOf(() => parseScenario(at(-0.5)))).toEqual(['joiners.growthDamping.value: too_small']);
  });

  it('rejects NaN, Infinity and a range that does not contain its value', () => {
    const bad = tinyScenario() as Record<string, any>;
    bad.joiners.growthRate.value = Number.NaN;
    bad.costs.feeUpliftRate = { value: 0.03, low: 0.05, source: 'assumption: x' };
    bad.capacity.srp.base.value = Number.POSITIVE_INFINITY;
    const paths = issuesOf(() => parseScenario(bad)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['joiners.growthRate.value', 'costs.feeUpliftRate.low', 'capacity.srp.base.value']),
    );
  });
});

describe('parseScenario and maxNcYear', () => {
  it('rejects children above the top NC year, naming where', () => {
    const paths = issuesOf(() => parseScenario(tinyScenario({ maxNcYear: 4 }))).map((i) => i.path);
    expect(paths).toEqual(['stock[0].ncYears.5', 'stock[1].ncYears.5']);
  });

  it('says how to project young people past the default top NC year (14), as it does for younger children', () => {
    // A council's post-19 young people (NC 15 to 20): the default maxNcYear stops at 14.
    const older = tinyScenario({
      stock: [{ setting: 'mainstream', count: 10, needs: { ASD: 1 }, ncYears: { '17': 1 }, source: 'assumption: x' }],
    });
    expect(issuesOf(() => parseScenario(older))).toEqual([
      {
        path: 'stock[0].ncYears.17',
        message: 'NC year above maxNcYear (14): set maxNcYear to project older young people',
      },
    ]);
    expect(parseScenario({ ...older, maxNcYear: 20 }).maxNcYear).toBe(20);
  });
});

describe('parseScenario and minNcYear', () => {
  it('rejects children below the youngest NC year, saying how to project them, and accepts them once it is set', () => {
    const young = tinyScenario({
      stock: [{ setting: 'mainstream', count: 10, needs: { ASD: 1 }, ncYears: { '-4': 1 }, source: 'assumption: x' }],
    });
    expect(issuesOf(() => parseScenario(young))).toEqual([
      {
        path: 'stock[0].ncYears.-4',
        message: 'NC year below minNcYear (-2): set minNcYear to project younger children',
      },
    ]);
    expect(parseScenario({ ...young, minNcYear: -5 }).minNcYear).toBe(-5);
    expect(issuesOf(() => parseScenario({ ...young, minNcYear: 15, maxNcYear: 14 })).map((i) => i.path)).toContain(
      'minNcYear',
    );
  });
});

describe('parseScenario and joiner rates', () => {
  const A = 'assumption: test';
  const rateEntry = {
    rate: 0.01,
    needs: { ASD: 1 },
    ncYears: { '0': 1, '1': 1 },
    settings: { mainstream: 1 },
    source: A,
  };
  const population = (years: number[], ncYears: number[]) => ({
    source: A,
    records: years.flatMap((calendarYear) => ncYears.map((ncYear) => ({ calendarYear, ncYear, count: 1000 }))),
  });

  it('requires a population when an entry gives a rate', () => {
    const s = tinyScenario({ joiners: { growthRate: { value: 0, source: A }, entries: [rateEntry] } });
    expect(codesOf(() => parseScenario(s))).toEqual(['population: required']);
  });

  it('names the years and NC years the population lacks, one issue per year', () => {
    const s = tinyScenario({
      joiners: { growthRate: { value: 0, source: A }, entries: [rateEntry] },
      population: population([2026], [0, 1]),
    });
    expect(issuesOf(() => parseScenario(s))).toEqual([
      { path: 'population.records', message: 'no population for 2027, NC years 0 to 1: the joiner rates need it' },
    ]);
    expect(codesOf(() => parseScenario(s))).toEqual(['population.records: missing_population']);
    expect(parseScenario({ ...s, population: population([2026, 2027], [0, 1]) }).population?.records).toHaveLength(4);
  });

  it('wants a count or a rate in each joiner entry, not both', () => {
    const { rate: _rate, ...neither } = rateEntry;
    const s = tinyScenario({
      joiners: { growthRate: { value: 0, source: A }, entries: [neither, { ...rateEntry, count: 5 }] },
      population: population([2026, 2027], [0, 1]),
    });
    expect(issuesOf(() => parseScenario(s))).toEqual([
      { path: 'joiners.entries[0].count', message: 'is required unless the entry gives a rate per head of population' },
      { path: 'joiners.entries[1].rate', message: 'give a count or a rate, not both' },
    ]);
  });
});
