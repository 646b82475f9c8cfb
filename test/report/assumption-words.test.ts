import { describe, expect, it } from 'vitest';
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

  it('keeps a path it does not know, with plain numbers', () => {
    expect(describeAssumption('population.growth').name).toBe('population.growth');
    expect(describeAssumption('population.growth').format(0.02)).toBe('0.02');
  });
});
