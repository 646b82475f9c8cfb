// Joiners as a rate per head of a population: hand-made cases whose numbers can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { tinyScenario } from './tiny-scenario.js';

const A = 'assumption: test';

describe('projectSufficiency with joiner rates and a population', () => {
  const scenario = (growth = 0) =>
    tinyScenario({
      joiners: {
        growthRate: { value: growth, source: A },
        entries: [
          { rate: 0.01, needs: { ASD: 1 }, ncYears: { '0': 1, '1': 3 }, settings: { mainstream: 1 }, source: A },
        ],
      },
      population: {
        source: A,
        records: [
          { calendarYear: 2026, ncYear: 0, count: 1000 },
          { calendarYear: 2026, ncYear: 1, count: 2000 },
          { calendarYear: 2027, ncYear: 0, count: 800 },
          { calendarYear: 2027, ncYear: 1, count: 2000 },
        ],
      },
    });

  it("gives each NC year its rate times that year's population, the weights scaling the rate about their mean", () => {
    // Weights 1 : 3 have mean 2, so NC year 0 joins at 0.005 a head and NC year 1 at 0.015.
    const rows = projectSufficiency(scenario()).rows;
    expect(rows[1].joiners).toBeCloseTo(0.005 * 1000 + 0.015 * 2000, 6);
    expect(rows[2].joiners).toBeCloseTo(0.005 * 800 + 0.015 * 2000, 6);
  });

  it('grows the rate by the joiner growth rate, as it grows counts', () => {
    const rows = projectSufficiency(scenario(0.1)).rows;
    expect(rows[1].joiners).toBeCloseTo(1.1 * 35, 6);
    expect(rows[2].joiners).toBeCloseTo(1.1 ** 2 * 34, 6);
  });

  it('lists a rate as an assumption sensitivity can swing, within 0 and 1', async () => {
    const { sensitivity } = await import('../../src/sufficiency/sensitivity.js');
    const rows = sensitivity(scenario()).rows.filter((r) => r.assumption === 'joiners.entries[0].rate');
    expect(rows.map((r) => [r.low, r.base, r.high])).toEqual([[0.008, 0.01, 0.012]]);
  });
});
