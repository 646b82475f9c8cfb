// Invariants of the projection on random scenarios (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/schema/scenario.js';
import { SETTINGS } from '../../src/schema/transition.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { expectConservation } from './conservation.js';

const A = 'assumption: property test';
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const needs = fc.constantFrom('ASD' as const, 'SEMH' as const, 'SLD' as const);
const setting = fc.constantFrom(...SETTINGS);
const weight = fc.integer({ min: 0, max: 20 });

const stockEntry = fc.record({
  setting,
  count: fc.integer({ min: 0, max: 300 }),
  needs: fc.record({ ASD: weight, SEMH: weight, SLD: fc.integer({ min: 1, max: 20 }) }),
  ncYears: fc.dictionary(fc.integer({ min: -5, max: 20 }).map(String), fc.integer({ min: 1, max: 5 }), {
    minKeys: 1,
    maxKeys: 4,
  }),
  source: fc.constant(A),
});

const joinerEntry = fc.record({
  count: fc.integer({ min: 0, max: 100 }),
  needs: fc.record({ ASD: fc.integer({ min: 1, max: 5 }), SEMH: weight }),
  ncYears: fc.dictionary(fc.integer({ min: -5, max: 19 }).map(String), fc.integer({ min: 1, max: 5 }), {
    minKeys: 1,
    maxKeys: 3,
  }),
  settings: fc.record({
    mainstream: fc.integer({ min: 1, max: 10 }),
    srp: weight,
    'maintained-special': weight,
    independent: weight,
  }),
  source: fc.constant(A),
});

/**
 * Transition rules where a child holding a local place is no likelier to stay in the system's
 * specialist part (stay local or go independent) than a child in an independent placement is to
 * stay there: the condition under which a place added can only keep children out of independent
 * placements. Mainstream and other settings move freely.
 */
const rules = fc
  .record({
    independentStay: fc.integer({ min: 50, max: 95 }),
    srpStay: fc.integer({ min: 0, max: 100 }),
    srpToInd: fc.integer({ min: 0, max: 100 }),
    specialStay: fc.integer({ min: 0, max: 100 }),
    specialToInd: fc.integer({ min: 0, max: 100 }),
    mainstream: fc.record({
      mainstream: fc.integer({ min: 1, max: 100 }),
      srp: weight,
      'maintained-special': weight,
      independent: weight,
      left: weight,
    }),
    independentToSrp: fc.integer({ min: 0, max: 5 }),
  })
  .map((r) => {
    const local = (stay: number, toInd: number) => {
      // Scale stay + toInd into [0, independentStay]; the rest leaves.
      const s = (stay / 100) * r.independentStay;
      const i = (toInd / 100) * (r.independentStay - s);
      return { s, i, left: 100 - s - i };
    };
    const srp = local(r.srpStay, r.srpToInd);
    const special = local(r.specialStay, r.specialToInd);
    return [
      { from: 'mainstream' as const, ncYears: [-5, 20] as [number, number], to: r.mainstream, source: A },
      {
        from: 'srp' as const,
        ncYears: [-5, 20] as [number, number],
        to: { srp: srp.s, independent: srp.i, left: srp.left },
        source: A,
      },
      {
        from: 'maintained-special' as const,
        ncYears: [-5, 20] as [number, number],
        to: { 'maintained-special': special.s, independent: special.i, left: special.left },
        source: A,
      },
      {
        from: 'independent' as const,
        ncYears: [-5, 20] as [number, number],
        to: {
          independent: r.independentStay,
          srp: r.independentToSrp,
          left: 100 - r.independentStay - r.independentToSrp,
        },
        source: A,
      },
    ];
  });

const additions = fc.array(
  fc.record({
    year: fc.integer({ min: 2025, max: 2030 }),
    places: fc.integer({ min: 0, max: 80 }),
    need: fc.option(needs, { nil: undefined }),
    source: fc.constant(A),
  }),
  { maxLength: 3 },
);

const scenario = fc
  .record({
    stock: fc.array(stockEntry, { minLength: 1, maxLength: 5 }),
    joiners: fc.array(joinerEntry, { maxLength: 3 }),
    transitions: rules,
    regardless: fc.double({ min: 0, max: 0.5, noNaN: true }),
    srpBase: fc.integer({ min: 0, max: 400 }),
    specialBase: fc.integer({ min: 0, max: 400 }),
    srpAdditions: additions,
    growth: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
    damping: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(
    (x): ScenarioInput => ({
      name: 'random',
      baseYear: 2025,
      endYear: 2030,
      minNcYear: -5,
      maxNcYear: 20,
      stock: x.stock,
      joiners: {
        growthRate: { value: x.growth, source: A },
        ...(x.damping === undefined ? {} : { growthDamping: { value: x.damping, source: A } }),
        entries: x.joiners,
      },
      transitions: x.transitions,
      independentRegardless: { value: x.regardless, source: A },
      capacity: {
        srp: { base: { value: x.srpBase, source: A }, additions: x.srpAdditions },
        'maintained-special': { base: { value: x.specialBase, source: A }, additions: [] },
      },
      costs: {
        feeUpliftRate: { value: 0.03, source: A },
        bySetting: {
          independent: { annualFeeGbp: { value: 50_000, source: A }, annualTransportGbp: { value: 9_000, source: A } },
        },
      },
    }),
  );

describe('sufficiency properties', () => {
  it('adding capacity never increases independent placements', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom('srp' as const, 'maintained-special' as const),
        fc.record({
          year: fc.integer({ min: 2025, max: 2030 }),
          places: fc.integer({ min: 1, max: 200 }),
          need: fc.option(needs, { nil: undefined }),
        }),
        (s, where, extra) => {
          const more: ScenarioInput = structuredClone(s);
          more.capacity[where]!.additions = [...(more.capacity[where]!.additions ?? []), { ...extra, source: A }];
          const before = projectSufficiency(s).rows;
          const after = projectSufficiency(more).rows;
          const rise = Math.max(...after.map((row, i) => row.independentPlacements - before[i].independentPlacements));
          expect(rise).toBeLessThanOrEqual(1e-6);
        },
      ),
      { numRuns: RUNS, seed: 42 },
    );
  });

  it('with zero joiners and no leavers, every cohort keeps its size from NC year -5 to 20, and year 20 leaves', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        // The rules still move children between settings, but none leaves before 25.
        const transitions = s.transitions.map((r) => {
          const { left: _left, ...to } = r.to as Record<string, number>;
          return { ...r, to: Object.values(to).some((w) => w > 0) ? to : { [r.from]: 1 } };
        });
        const rows = projectSufficiency({
          ...s,
          transitions,
          joiners: { growthRate: { value: 0, source: A }, entries: [] },
        }).rows;
        const cohort = (row: (typeof rows)[number], y: number) =>
          SETTINGS.reduce((t, st) => t + row.byNcYear[String(y)][st], 0);
        let worst = 0;
        for (let i = 1; i < rows.length; i++) {
          for (let y = -5; y < 20; y++)
            worst = Math.max(worst, Math.abs(cohort(rows[i], y + 1) - cohort(rows[i - 1], y)));
          worst = Math.max(worst, cohort(rows[i], -5), Math.abs(rows[i].leavers - cohort(rows[i - 1], 20)));
          worst = Math.max(worst, rows[i].joiners);
        }
        expect(worst).toBeLessThan(1e-5);
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });

  it('conserves children every year for every need and NC year, from NC year -5 to 20, on random scenarios', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const p = projectSufficiency(s);
        expectConservation(p.rows);
        expectConservation(p.counterfactual);
        for (const row of p.rows) {
          const years = Object.keys(row.byNcYear)
            .map(Number)
            .sort((a, b) => a - b);
          expect(years).toEqual(Array.from({ length: 26 }, (_, k) => k - 5));
          const byYear = Object.values(row.byNcYear).reduce((t, b) => t + SETTINGS.reduce((u, st) => u + b[st], 0), 0);
          expect(Math.abs(byYear - row.total)).toBeLessThan(1e-4);
        }
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });

  it('a damped growth puts joiners between the base-year level and the compounded growth, every year', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 1, noNaN: true }), (s, damping) => {
        const at = (d: number) =>
          projectSufficiency({ ...s, joiners: { ...s.joiners, growthDamping: { value: d, source: A } } }).rows;
        const [held, damped, compounded] = [at(0), at(damping), at(1)];
        for (let i = 1; i < damped.length; i++) {
          const [lo, hi] = [held[i].joiners, compounded[i].joiners].sort((a, b) => a - b);
          expect(damped[i].joiners).toBeGreaterThanOrEqual(lo - 1e-6);
          expect(damped[i].joiners).toBeLessThanOrEqual(hi + 1e-6);
          expect(Number.isFinite(damped[i].total) && damped[i].total >= 0).toBe(true);
        }
        expectConservation(damped);
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });

  it('scales joiners by k when the population is scaled by k (joiners are a rate per head)', () => {
    const population = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 26 * 5, maxLength: 26 * 5 });
    fc.assert(
      fc.property(scenario, population, fc.double({ min: 0.1, max: 10, noNaN: true }), (s, counts, k) => {
        const withRates = (scale: number): ScenarioInput => ({
          ...s,
          joiners: {
            ...s.joiners,
            entries: s.joiners.entries.map(({ count, ...e }) => ({ ...e, rate: Math.min(1, (count ?? 0) / 5000) })),
          },
          population: {
            source: A,
            records: counts.map((c, i) => ({
              calendarYear: 2026 + Math.floor(i / 26),
              ncYear: (i % 26) - 5,
              count: c * scale,
            })),
          },
        });
        const base = projectSufficiency(withRates(1)).rows;
        const scaled = projectSufficiency(withRates(k)).rows;
        // Outputs are rounded to 1e-6, so k x a rounded value is within (1 + k) x 0.5e-6 of the rounded k x value.
        const close = (a: number, b: number) => Math.abs(a - b) <= (1 + k) * 1e-6 + 1e-9 * Math.abs(b);
        for (let i = 1; i < base.length; i++) {
          expect(close(scaled[i].joiners, k * base[i].joiners)).toBe(true);
          for (const [need, n] of Object.entries(base[i].byNeed))
            expect(close(scaled[i].byNeed[need].joiners, k * n.joiners), need).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: 11 },
    );
  });
});
