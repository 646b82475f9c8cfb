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
  ncYears: fc.dictionary(fc.integer({ min: -2, max: 14 }).map(String), fc.integer({ min: 1, max: 5 }), {
    minKeys: 1,
    maxKeys: 4,
  }),
  source: fc.constant(A),
});

const joinerEntry = fc.record({
  count: fc.integer({ min: 0, max: 100 }),
  needs: fc.record({ ASD: fc.integer({ min: 1, max: 5 }), SEMH: weight }),
  ncYears: fc.dictionary(fc.integer({ min: -2, max: 13 }).map(String), fc.integer({ min: 1, max: 5 }), {
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
      { from: 'mainstream' as const, ncYears: [-2, 14] as [number, number], to: r.mainstream, source: A },
      {
        from: 'srp' as const,
        ncYears: [-2, 14] as [number, number],
        to: { srp: srp.s, independent: srp.i, left: srp.left },
        source: A,
      },
      {
        from: 'maintained-special' as const,
        ncYears: [-2, 14] as [number, number],
        to: { 'maintained-special': special.s, independent: special.i, left: special.left },
        source: A,
      },
      {
        from: 'independent' as const,
        ncYears: [-2, 14] as [number, number],
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
  })
  .map(
    (x): ScenarioInput => ({
      name: 'random',
      baseYear: 2025,
      endYear: 2030,
      stock: x.stock,
      joiners: { growthRate: { value: x.growth, source: A }, entries: x.joiners },
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

  it('with zero joiners and zero transitions, children only age and leave at the top NC year', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const rows = projectSufficiency({
          ...s,
          transitions: [],
          joiners: { growthRate: { value: 0, source: A }, entries: [] },
        }).rows;
        let worst = 0;
        for (let i = 1; i < rows.length; i++) {
          let topYear = 0;
          for (const st of SETTINGS) {
            topYear += rows[i - 1].byNcYear['14'][st];
            for (let y = -2; y < 14; y++)
              worst = Math.max(
                worst,
                Math.abs(rows[i].byNcYear[String(y + 1)][st] - rows[i - 1].byNcYear[String(y)][st]),
              );
            worst = Math.max(worst, rows[i].byNcYear['-2'][st]);
          }
          worst = Math.max(worst, Math.abs(rows[i].leavers - topYear), rows[i].joiners, rows[i].overflowToIndependent);
        }
        expect(worst).toBeLessThan(1e-5);
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });

  it('conserves children every year for every need on random scenarios', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const p = projectSufficiency(s);
        expectConservation(p.rows);
        expectConservation(p.counterfactual);
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });
});
