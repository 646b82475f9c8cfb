import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { issuesOf } from '../support/issues-of.js';
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
        'stock[0].needs',
        'stock[1].ncYears.20',
        'independentRegardless.value',
        'transitions[0].ncYears',
        'transitions[0].to',
      ]),
    );
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
});
