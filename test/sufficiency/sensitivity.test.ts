import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { sensitivity } from '../../src/sufficiency/sensitivity.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { SCENARIO_LIMITS } from '../../src/schema/scenario.js';
import { tinyScenario } from './tiny-scenario.js';
import { estimateTransitions, importTransitions } from '../../src/index.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));

describe('sensitivity', () => {
  const t = sensitivity(kent, { year: 2030 });

  it("starts from the projection's own year", () => {
    const p = projectSufficiency(kent);
    expect(t.basePlacements).toBeCloseTo(p.rows.at(-1)!.independentPlacements, 5);
    expect(t.baseSpend).toBeCloseTo(p.rows.at(-1)!.spend, 2);
  });

  it('sorts the bars by placement swing, biggest first', () => {
    for (let i = 1; i < t.rows.length; i++)
      expect(t.rows[i - 1].placementsSwing).toBeGreaterThanOrEqual(t.rows[i].placementsSwing);
    expect(t.rows[0].placementsSwing).toBeGreaterThan(0);
  });

  it('moves placements the right way: more SRP places, fewer independent placements', () => {
    const plan = t.rows.find((r) => r.assumption === 'capacity.srp.additions[0].places (2026)')!;
    expect(plan.placementsAtHigh).toBeLessThan(plan.placementsAtLow);
    const regardless = t.rows.find((r) => r.assumption === 'independentRegardless')!;
    expect(regardless.placementsAtHigh).toBeGreaterThan(regardless.placementsAtLow);
    const fee = t.rows.find((r) => r.assumption === 'costs.bySetting.independent.annualFeeGbp')!;
    expect(fee.placementsSwing).toBe(0);
    expect(fee.spendSwing).toBeGreaterThan(0);
  });

  it('keeps every number with its source', () => {
    expect(t.rows.every((r) => r.source.length > 0 && Number.isFinite(r.spendSwing))).toBe(true);
  });

  it('rejects a year outside the projection', () => {
    expect(() => sensitivity(kent, { year: 2040 })).toThrow(ValidationError);
  });
});

describe('sensitivity swings stay inside the scenario bounds', () => {
  it('never swings a rate past the value it swings around (a growth of -0.995 used to get a low of -0.99)', () => {
    const s = tinyScenario({ joiners: { growthRate: { value: -0.995, source: 'assumption: test' }, entries: [] } });
    const row = sensitivity(s).rows.find((r) => r.assumption === 'joiners.growthRate')!;
    expect([row.low, row.base, row.high]).toEqual([-0.995, -0.995, -0.995 + 0.995 * 0.2]);
  });

  it('swings a joiner growth damping within 0 and 1, and lists none for a scenario without one', () => {
    const s = tinyScenario({
      endYear: 2030,
      joiners: {
        growthRate: { value: 0.1, source: 'assumption: test' },
        growthDamping: { value: 0.9, source: 'assumption: test' },
        entries: [{ count: 50, needs: { ASD: 1 }, ncYears: { '0': 1 }, settings: { independent: 1 }, source: 'x' }],
      },
    });
    const row = sensitivity(s).rows.find((r) => r.assumption === 'joiners.growthDamping')!;
    expect([row.low, row.base, row.high]).toEqual([0.72, 0.9, 1]);
    expect(row.placementsAtHigh).toBeGreaterThan(row.placementsAtLow); // more growth kept, more joiners placed
    expect(sensitivity(kent).rows.some((r) => r.assumption === 'joiners.growthDamping')).toBe(false);
  });

  it('stops a swing at the limit: a fee of £10m swings up to £10m, not £12m', () => {
    const s = tinyScenario();
    s.costs.bySetting.independent!.annualFeeGbp.value = SCENARIO_LIMITS.maxAnnualGbp;
    const row = sensitivity(s).rows.find((r) => r.assumption === 'costs.bySetting.independent.annualFeeGbp')!;
    expect([row.low, row.high]).toEqual([8_000_000, SCENARIO_LIMITS.maxAnnualGbp]);
  });

  it("moves an estimate's many joiner entries by need and rules by band, exactly as scaling them does", () => {
    const read = (file: string) => readFileSync(`data/kent/${file}`, 'utf8');
    const history = importTransitions(read('transitions-history.csv'), read('setting-codes.csv')).records;
    const est = estimateTransitions(history);
    const scenario = {
      ...kent,
      ...{ minNcYear: est.minNcYear, maxNcYear: est.maxNcYear, stock: est.stock, joiners: est.joiners },
      transitions: est.transitions,
    };
    const t = sensitivity(scenario, { year: 2030 });
    const asd = t.rows.find((r) => r.assumption === 'joiners.byNeed.ASD.scale');
    expect(asd).toMatchObject({ low: 0.8, base: 1, high: 1.2 });
    expect(t.rows.some((r) => r.assumption.startsWith('joiners.entries'))).toBe(false);
    const scaled = structuredClone(scenario);
    for (const e of scaled.joiners.entries) if (e.needs.ASD) e.count = (e.count ?? 0) * 1.2;
    const row = projectSufficiency(scaled).rows.find((r) => r.year === 2030);
    expect(asd?.placementsAtHigh).toBeCloseTo(row?.independentPlacements ?? Number.NaN, 5); // rows to 6 decimals
    // Its transition weights likewise move by setting and band across needs, each bar the projection so scaled.
    expect(t.rows.some((r) => r.assumption.startsWith('transitions['))).toBe(false);
    const band = 'transitions.byBand (mainstream, NC 7-11).to.independent.scale';
    const moving = t.rows.find((r) => r.assumption === band);
    const lower = structuredClone(scenario);
    for (const r of lower.transitions)
      if (r.from === 'mainstream' && r.ncYears[0] === 7 && r.ncYears[1] === 11 && r.to.independent)
        r.to.independent *= 0.8;
    const lowRow = projectSufficiency(lower).rows.find((r) => r.year === 2030);
    expect(moving?.placementsAtLow).toBeCloseTo(lowRow?.independentPlacements ?? Number.NaN, 5);
    // Kent's own few joiner entries and rules stay one bar each.
    const kentRows = sensitivity(kent).rows;
    expect(kentRows.filter((r) => r.assumption.startsWith('joiners.entries')).length).toBe(2);
    expect(kentRows.some((r) => r.assumption.startsWith('transitions.byBand'))).toBe(false);
  });
});
