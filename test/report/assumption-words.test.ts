import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateTransitions, importPopulation, importTransitions } from '../../src/index.js';
import { describeAssumption } from '../../src/report/assumption-words.js';
import { parseScenario } from '../../src/schema/scenario.js';
import { listAssumptions } from '../../src/sufficiency/assumptions.js';
import { kentJson } from './support/kent-report.js';

describe('describeAssumption', () => {
  it('holds its doc examples', () => {
    expect(describeAssumption('joiners.growthRate').name).toBe('Growth in new EHCPs a year');
    expect(describeAssumption('joiners.growthRate').format(0.04)).toBe('4.0%');
  });

  it("names every assumption of Kent's scenario in plain words, none by its path", () => {
    const kent = parseScenario(kentJson('scenario-2025.json'));
    for (const a of listAssumptions(kent, 0.2)) {
      const words = describeAssumption(a.path, kent);
      expect(words.name, a.path).not.toBe(a.path);
      expect(words.name, a.path).not.toMatch(/\[|\]|\.to\.|^[a-z]+\.[a-z]/);
      expect(words.format(a.low), a.path).not.toMatch(/NaN|Infinity/);
    }
  });

  it("names the joiner growth's damping an estimated scenario carries, as a percentage", () => {
    const words = describeAssumption('joiners.growthDamping');
    expect([words.name, words.format(0.3)]).toEqual([
      'Share of the growth in new EHCPs kept each further year',
      '30.0%',
    ]);
  });

  it('writes a transition weight as its share of the rule, other destinations unchanged', () => {
    const kent = parseScenario(kentJson('scenario-2025.json'));
    const words = describeAssumption('transitions[0] (mainstream, NC -2-6).to.independent', kent);
    expect(words.name).toBe('Moving to independent each year: from mainstream, NC years -2 to 6');
    expect(words.format(0.15)).toBe('0.15%'); // 0.15 of weights totalling 100
  });

  it("tells joiner groups apart by need and NC years, Kent's and an estimated scenario's per head", () => {
    const kent = parseScenario(kentJson('scenario-2025.json'));
    expect(describeAssumption('joiners.entries[0].count', kent).name).toBe('New EHCPs a year: NC years -1 to 11');
    expect(describeAssumption('joiners.entries[1].count', kent).name).toBe('New EHCPs a year: NC year 7');
    const read = (file: string) => readFileSync(`data/birth-to-25/${file}`, 'utf8');
    const history = importTransitions(read('transitions-history.csv'), read('setting-codes.csv')).records;
    const population = { source: 'synthetic', records: importPopulation(read('population.csv')).records };
    const est = estimateTransitions(history, { population });
    const estimated = parseScenario({
      ...kentJson('scenario-2025.json'),
      ...{ minNcYear: est.minNcYear, maxNcYear: est.maxNcYear, stock: est.stock, joiners: est.joiners },
      ...{ population: est.population, transitions: est.transitions },
    });
    // Each entry named on its own, so that none reads as another, though sensitivity moves them by need.
    const names = est.joiners.entries.map((_, k) => describeAssumption(`joiners.entries[${k}].rate`, estimated).name);
    for (const name of names)
      expect(name).toMatch(/^New EHCPs a year per 1,000 of the population: [A-Za-z]+, NC year -?\d+$/);
    expect(new Set(names).size).toBe(names.length);
    // Sensitivity's bars for an estimate: one a need, as a share of the estimate.
    const needs = [...new Set(est.joiners.entries.map((e) => Object.keys(e.needs)[0]))];
    const bars = listAssumptions(estimated, 0.2).filter(
      (a) => a.path.startsWith('joiners.byNeed') || a.path.startsWith('joiners.entries'),
    );
    expect(bars.map((a) => a.path)).toEqual(needs.map((need) => `joiners.byNeed.${need}.scale`));
    const asd = describeAssumption('joiners.byNeed.ASD.scale', estimated);
    expect([asd.name, asd.format(0.8), asd.format(1.2)]).toEqual([
      'New EHCPs a year, all ASD (as a share of the estimate)',
      '80%',
      '120%',
    ]);
    const band = describeAssumption('transitions.byBand (mainstream, NC 7-11).to.independent.scale', estimated);
    expect([band.name, band.format(1.2)]).toEqual([
      'Moving to independent each year: from mainstream, NC years 7 to 11, all needs (as a share of the estimate)',
      '120%',
    ]);
    for (const a of listAssumptions(estimated, 0.2))
      expect(describeAssumption(a.path, estimated).name, a.path).not.toBe(a.path);
    const i = est.joiners.entries.findIndex((e) => e.needs.ASD && e.ncYears['7']);
    const words = describeAssumption(`joiners.entries[${i}].rate`, estimated);
    expect(words.name).toBe('New EHCPs a year per 1,000 of the population: ASD, NC year 7');
    expect(words.format(0.0042)).toBe('4.2');
  });

  it('keeps a path it does not know, with plain numbers', () => {
    expect(describeAssumption('population.growth').name).toBe('population.growth');
    expect(describeAssumption('population.growth').format(0.02)).toBe('0.02');
  });
});
