import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { expectConservation } from './conservation.js';
import { tinyScenario } from './tiny-scenario.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));
const GOLDEN = new URL('./__golden__/kent-projection.json', import.meta.url);

/** Every number anywhere in a value is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(allFinite);
}

describe('projectSufficiency on Kent', () => {
  const p = projectSufficiency(kent);

  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    const text = JSON.stringify(p, null, 1) + '\n';
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
    expect(existsSync(GOLDEN), 'no golden file: run with UPDATE_GOLDEN=1').toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it("reproduces Kent's 1,172 in 2025 falling to just over 900 by 2029 or 2030", () => {
    expect(p.rows[0].independentPlacements).toBeCloseTo(1172, 6);
    const at = (year: number) => p.rows.find((r) => r.year === year)!.independentPlacements;
    expect([at(2029), at(2030)].some((x) => x >= 880 && x <= 960)).toBe(true);
    expect(p.summary.independentLast).toBeGreaterThan(900);
  });

  it('shows continued growth and extra spend without new capacity', () => {
    for (let i = 1; i < p.counterfactual.length; i++) {
      expect(p.counterfactual[i].independentPlacements).toBeGreaterThan(p.counterfactual[i - 1].independentPlacements);
      expect(p.counterfactual[i].independentPlacements).toBeGreaterThanOrEqual(p.rows[i].independentPlacements);
    }
    expect(p.summary.extraSpendWithoutPlan).toBeGreaterThan(0);
    expect(p.counterfactual.every((r) => r.srpPlaces === 1500)).toBe(true);
  });

  it('conserves children in every row for every need, plan and counterfactual', () => {
    expectConservation(p.rows);
    expectConservation(p.counterfactual);
  });

  it('never outputs NaN or Infinity', () => {
    expect(allFinite(p)).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(projectSufficiency(kent))).toBe(JSON.stringify(p));
  });
});

describe('projectSufficiency on capacity added after it ends', () => {
  it('says which additions no year counts, one line a setting, and counts none of them', () => {
    const late = structuredClone(kent);
    late.capacity.srp.additions[0].year = 2040;
    const p = projectSufficiency(late);
    expect(p.warnings).toEqual([
      'capacity.srp.additions[0]: 160 places in 2040 come after the projection ends (2030), so no year counts them',
    ]);
    const without = structuredClone(kent);
    without.capacity.srp.additions.splice(0, 1);
    expect(p.rows).toEqual(projectSufficiency(without).rows);
    expect(projectSufficiency({ ...kent, endYear: 2028 }).warnings).toEqual([
      'capacity.srp.additions[3], [4]: 250 places in 2029 to 2030 come after the projection ends (2028), ' +
        'so no year counts them',
    ]);
    expect(projectSufficiency(kent).warnings).toEqual([]);
  });
});

describe('projectSufficiency on capacity added before it starts', () => {
  it('says which additions count from the base year on top of the base places, and counts them from there', () => {
    const early = structuredClone(kent);
    early.capacity.srp.additions[0].year = 2023;
    const p = projectSufficiency(early);
    expect(p.warnings).toEqual([
      'capacity.srp.additions[0]: 160 places in 2023 come before the projection starts (2025), so they count ' +
        'from 2025 on top of capacity.srp.base: check that it does not hold them already',
    ]);
    const atBase = structuredClone(kent);
    atBase.capacity.srp.additions[0].year = 2025;
    expect(p.rows).toEqual(projectSufficiency(atBase).rows);
    expect(projectSufficiency(atBase).warnings).toEqual([]);
  });
});

describe('projectSufficiency on years no transition rule covers', () => {
  it('says where children stay put, one line a setting, and only for years children reach', () => {
    const gap = structuredClone(kent);
    gap.transitions.splice(0, 1); // mainstream, NC years -2 to 6
    const p = projectSufficiency(gap);
    expect(p.warnings).toEqual([
      'transitions: no rule covers children entering NC years 0 to 6 in mainstream (every need), so they stay ' +
        'there, a year older each year, until they pass NC year 14',
    ]);
    // What it says happens: every Year 5 mainstream child of 2025 is still there in Year 6 (with the
    // year's joiners), where the rule moved some on.
    const year5 = projectSufficiency(kent).rows[0].byNcYear['5'].mainstream;
    expect(p.rows[1].byNcYear['6'].mainstream).toBeGreaterThanOrEqual(year5);
    expect(projectSufficiency(kent).rows[1].byNcYear['6'].mainstream).toBeLessThan(p.rows[1].byNcYear['6'].mainstream);
  });

  it('names the years past the rules when maxNcYear is raised to 18, and the needs when not all are reached', () => {
    const older = structuredClone(kent);
    older.maxNcYear = 18;
    const warnings = projectSufficiency(older).warnings;
    // Every setting but SRP, whose rule for NC years 12 to 14 moves every child on.
    expect(warnings).toHaveLength(5);
    expect(warnings.some((w) => w.includes(' in srp '))).toBe(false);
    expect(warnings[0]).toMatch(/NC years 15 to 18 in mainstream \(every need\).*until they pass NC year 18$/);
    expect(warnings.find((w) => w.includes('non-maintained'))).toMatch(/\(ASD, HI, VI, MSI, PD\)/);
  });

  it('says nothing of a setting without rules that no child is in or moves to', () => {
    const scenario = tinyScenario({ endYear: 2027 });
    scenario.transitions = [{ from: 'mainstream', ncYears: [-5, 20], to: { mainstream: 1 }, source: 'test' }];
    const warnings = projectSufficiency(scenario).warnings;
    expect(warnings.some((w) => w.includes(' in mainstream '))).toBe(false);
    expect(warnings.some((w) => w.includes(' in independent '))).toBe(false);
    expect(warnings.some((w) => w.includes(' in srp '))).toBe(true); // the tiny scenario has SRP children
  });
});

describe('projectSufficiency mechanics', () => {
  it('with no rules and no joiners, children only age and leave at the top NC year', () => {
    const p = projectSufficiency(tinyScenario({ endYear: 2035 }));
    expect(p.rows[1].byNcYear['6'].mainstream).toBe(100);
    expect(p.rows[1].byNcYear['6'].srp).toBe(10);
    expect(p.rows[9].byNcYear['14'].mainstream).toBe(100); // Year 5 in 2025 is Year 14 in 2034
    expect(p.rows[10].total).toBe(0);
    expect(p.rows[10].leavers).toBe(110);
    expect(p.rows.every((r) => r.independentPlacements === 0)).toBe(true);
  });

  it('sends the overflow of a full SRP to independent placements', () => {
    const p = projectSufficiency(
      tinyScenario({
        transitions: [
          { from: 'mainstream', ncYears: [6, 6], to: { mainstream: 80, srp: 20 }, source: 'assumption: x' },
        ],
      }),
    );
    const y1 = p.rows[1];
    expect(y1.srpDemand).toBe(30); // 10 keep their place, 20 newcomers
    expect(y1.srpPlaces).toBe(10);
    expect(y1.srpShortfall).toBe(20);
    expect(y1.bySetting.srp).toBe(10);
    expect(y1.independentPlacements).toBe(20);
    expect(y1.overflowToIndependent).toBe(20);
    expect(y1.byNeed.ASD.srpTurnedAway).toBe(20);
  });

  it('fills added places first, ring-fenced places only for their need', () => {
    const p = projectSufficiency(
      tinyScenario({
        stock: [
          {
            setting: 'mainstream',
            count: 100,
            needs: { ASD: 1, SLCN: 1 },
            ncYears: { '5': 1 },
            source: 'assumption: x',
          },
          { setting: 'srp', count: 10, needs: { ASD: 1 }, ncYears: { '5': 1 }, source: 'assumption: x' },
        ],
        transitions: [
          { from: 'mainstream', ncYears: [6, 6], to: { mainstream: 80, srp: 20 }, source: 'assumption: x' },
        ],
        capacity: {
          srp: {
            base: { value: 10, source: 'assumption: x' },
            additions: [
              { year: 2026, places: 5, source: 'assumption: x' },
              { year: 2026, places: 4, need: 'SLCN', source: 'assumption: x' },
            ],
          },
        },
      }),
    );
    const y1 = p.rows[1];
    // 10 ASD and 10 SLCN newcomers; SLCN take their 4 ring-fenced places, then 6 + 10 share 5 general ones.
    expect(y1.srpPlaces).toBe(19);
    expect(y1.byNeed.SLCN.bySetting.srp).toBeCloseTo(4 + 5 * (6 / 16), 6);
    expect(y1.byNeed.ASD.bySetting.srp).toBeCloseTo(10 + 5 * (10 / 16), 6);
    expect(y1.independentPlacements).toBeCloseTo(20 - 9, 6);
  });

  it('diverts a share of would-be-local newcomers to independent regardless of places', () => {
    const p = projectSufficiency(
      tinyScenario({
        independentRegardless: { value: 0.25, source: 'assumption: x' },
        capacity: { srp: { base: { value: 1000, source: 'assumption: x' }, additions: [] } },
        transitions: [
          { from: 'mainstream', ncYears: [6, 6], to: { mainstream: 80, srp: 20 }, source: 'assumption: x' },
        ],
      }),
    );
    expect(p.rows[1].independentPlacements).toBeCloseTo(5, 6);
    expect(p.rows[1].bySetting.srp).toBeCloseTo(25, 6);
    expect(p.rows[1].overflowToIndependent).toBe(0);
  });

  it('costs fees uplifted from the base year plus transport, and saves against the counterfactual', () => {
    const p = projectSufficiency(
      tinyScenario({
        transitions: [
          { from: 'mainstream', ncYears: [6, 6], to: { mainstream: 80, srp: 20 }, source: 'assumption: x' },
        ],
        capacity: {
          srp: {
            base: { value: 10, source: 'assumption: x' },
            additions: [{ year: 2026, places: 20, source: 'assumption: x' }],
          },
        },
      }),
    );
    expect(p.rows[0].spend).toBe(10 * 20_000);
    expect(p.rows[1].spend).toBeCloseTo(30 * 20_000 * 1.1, 4);
    expect(p.counterfactual[1].spend).toBeCloseTo(10 * 20_000 * 1.1 + 20 * (50_000 * 1.1 + 10_000), 4);
    expect(p.rows[1].cumulativeSaving).toBeCloseTo(p.counterfactual[1].spend - p.rows[1].spend, 4);
  });

  it('leaves SRP uncapped, with null places, when the scenario has no SRP plan', () => {
    const p = projectSufficiency(tinyScenario({ capacity: {} }));
    expect(p.rows[1].srpPlaces).toBeNull();
    expect(p.rows[1].srpShortfall).toBe(0);
  });

  it('throws a ValidationError for a bad scenario', () => {
    expect(() => projectSufficiency({ name: 'x' })).toThrow(ValidationError);
  });
});

describe('projectSufficiency with a damped joiner growth', () => {
  const A = 'assumption: test';
  const withGrowth = (growthDamping?: number) =>
    tinyScenario({
      endYear: 2028,
      joiners: {
        growthRate: { value: 0.1, source: A },
        ...(growthDamping === undefined ? {} : { growthDamping: { value: growthDamping, source: A } }),
        entries: [{ count: 100, needs: { ASD: 1 }, ncYears: { '0': 1 }, settings: { mainstream: 1 }, source: A }],
      },
    });

  it('projects exactly as before with a damping of 1, on Kent and on a growing scenario', () => {
    const damped = structuredClone(kent);
    damped.joiners.growthDamping = { value: 1, source: A };
    expect(projectSufficiency(damped)).toEqual(projectSufficiency(kent));
    expect(projectSufficiency(withGrowth(1))).toEqual(projectSufficiency(withGrowth()));
  });

  it("grows joiners k years on by (1 + rate)^(d + ... + d^k): each year keeps the damping's share", () => {
    const rows = projectSufficiency(withGrowth(0.5)).rows;
    expect(rows.slice(1).map((r) => r.joiners)).toEqual(
      [0.5, 0.75, 0.875].map((years) => Math.round(100 * 1.1 ** years * 1e6) / 1e6),
    );
  });

  it('holds joiners at the base-year level with a damping of 0', () => {
    expect(projectSufficiency(withGrowth(0)).rows.map((r) => r.joiners)).toEqual([0, 100, 100, 100]);
  });
});
