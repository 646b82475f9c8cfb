import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateSufficiency } from '../../src/sufficiency/simulate-sufficiency.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { tinyScenario } from './tiny-scenario.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));

describe('simulateSufficiency', () => {
  const sim = simulateSufficiency(kent, { runs: 60, seed: 11 });

  it('is reproducible by seed and changes with it', () => {
    expect(simulateSufficiency(kent, { runs: 60, seed: 11 })).toEqual(sim);
    expect(simulateSufficiency(kent, { runs: 60, seed: 12 }).independentPlacements.at(-1)!.p50).not.toBe(
      sim.independentPlacements.at(-1)!.p50,
    );
  });

  it('gives ordered percentile bands per year for placements and spend', () => {
    expect(sim.independentPlacements.map((b) => b.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    for (const band of [...sim.independentPlacements, ...sim.spend]) {
      expect(band.p5).toBeLessThanOrEqual(band.p25);
      expect(band.p25).toBeLessThanOrEqual(band.p50);
      expect(band.p50).toBeLessThanOrEqual(band.p75);
      expect(band.p75).toBeLessThanOrEqual(band.p95);
      expect(Number.isFinite(band.mean)).toBe(true);
    }
    // The census year is known: no spread in placements.
    expect(sim.independentPlacements[0].p5).toBeCloseTo(1172, 6);
    expect(sim.independentPlacements[0].p95).toBeCloseTo(1172, 6);
    expect(sim.independentPlacements.at(-1)!.p95 - sim.independentPlacements.at(-1)!.p5).toBeGreaterThan(50);
  });

  it('draws from posteriors and stated ranges, and says which', () => {
    expect(sim.drawn.posteriorRules).toBe(kent.transitions.length);
    expect(sim.drawn.ranged).toContain('independentRegardless');
    expect(sim.drawn.ranged).toContain('capacity.srp.additions[0].places (2026)');
  });

  it('collapses to the projection when nothing is uncertain', () => {
    const s = simulateSufficiency(
      tinyScenario({
        transitions: [
          { from: 'mainstream', ncYears: [6, 6], to: { mainstream: 80, srp: 20 }, source: 'assumption: x' },
        ],
      }),
      { runs: 5, seed: 1 },
    );
    const p = projectSufficiency(
      tinyScenario({
        transitions: [
          { from: 'mainstream', ncYears: [6, 6], to: { mainstream: 80, srp: 20 }, source: 'assumption: x' },
        ],
      }),
    );
    s.independentPlacements.forEach((b, i) => {
      expect(b.p5).toBeCloseTo(p.rows[i].independentPlacements, 6);
      expect(b.p95).toBeCloseTo(p.rows[i].independentPlacements, 6);
    });
  });

  it('rejects bad options', () => {
    expect(() => simulateSufficiency(kent, { runs: 0 })).toThrow(ValidationError);
    expect(() => simulateSufficiency(kent, { percentiles: [150] })).toThrow(ValidationError);
  });

  it("leans above the plan line mostly because capped places fill (the report's explanation), on Kent's 2030", () => {
    const lean = (scenario: typeof kent) => {
      const plan = projectSufficiency(scenario).rows.at(-1)?.independentPlacements ?? Number.NaN;
      const end = simulateSufficiency(scenario, { runs: 500, seed: 1 }).independentPlacements.at(-1);
      return (end?.p50 ?? Number.NaN) - plan;
    };
    const withCaps = lean(kent);
    const withoutCaps = lean({ ...kent, capacity: {} });
    expect(withCaps).toBeGreaterThan(0);
    expect(withoutCaps).toBeLessThan(withCaps / 2); // 47 and 14 at seed 1 (bench/README.md, Report)
  });
});
