// The saving's spread across Monte Carlo runs, paired by seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { withPurchase } from '../../src/sufficiency/capacity-evaluator.js';
import { savingUncertainty } from '../../src/sufficiency/plan-uncertainty.js';
import { simulateSufficiency, simulateTotals } from '../../src/sufficiency/simulate-sufficiency.js';

const kent = parseScenario(
  JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8')),
);
const srp = { id: 'srp', setting: 'srp' as const, year: 2026, maxPlaces: 100, capitalGbpPerPlace: 35_000 };
const nsa = {
  id: 'nsa',
  setting: 'srp' as const,
  need: 'NSA' as const,
  year: 2026,
  maxPlaces: 100,
  capitalGbpPerPlace: 1,
};

describe('savingUncertainty', () => {
  it('pairs the runs: places that change nothing save exactly 0 in every run, though every run draws', () => {
    // No child in Kent's scenario has the need NSA, so places ring-fenced for it change no run.
    const plan = withPurchase(kent, [nsa], [100], 'test');
    expect(savingUncertainty(kent, plan, 'spend', 30, 5)).toEqual({
      runs: 30,
      seed: 5,
      mean: 0,
      p5: 0,
      p50: 0,
      p95: 0,
    });
  });

  it('gives ordered percentiles of the saving, the same for the same seed', () => {
    const { additions } = kent.capacity.srp!;
    const without = { ...kent, capacity: { ...kent.capacity, srp: { ...kent.capacity.srp!, additions: [] } } };
    const plan = withPurchase(without, [srp], [100], 'test');
    const u = savingUncertainty(without, plan, 'spend', 40, 2);
    expect(additions.length).toBeGreaterThan(0);
    expect(u.p5).toBeGreaterThan(0);
    expect(u.p5).toBeLessThanOrEqual(u.p50);
    expect(u.p50).toBeLessThanOrEqual(u.p95);
    expect(savingUncertainty(without, plan, 'spend', 40, 2)).toEqual(u);
  });
});

describe('simulateTotals', () => {
  it("is simulateSufficiency's runs: their mean is the band's mean", () => {
    const totals = simulateTotals(kent, 25, 9);
    const band = simulateSufficiency(kent, { runs: 25, seed: 9 }).independentPlacements.at(-1)!;
    const mean = totals.independent.reduce((t, run) => t + run.at(-1)!, 0) / 25;
    expect(mean).toBeCloseTo(band.mean, 9);
  });
});
