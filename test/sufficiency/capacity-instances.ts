// Random small capacity-plan instances for property tests: a scenario where local places overflow
// into independent placements, two or three candidates, a budget and a step.
import fc from 'fast-check';
import type { CapacityCandidate } from '../../src/schema/capacity-candidate.js';
import type { ScenarioInput } from '../../src/schema/scenario.js';
import { overflowScenario } from './overflow-scenario.js';

const A = 'assumption: property test';

/** A scenario of 2 to 4 projected years with SRP and special places under pressure from mainstream. */
export const smallScenario = fc
  .record({
    years: fc.integer({ min: 2, max: 4 }),
    mainstream: fc.integer({ min: 50, max: 400 }),
    semh: fc.integer({ min: 0, max: 5 }),
    toSrp: fc.integer({ min: 0, max: 15 }),
    toSpecial: fc.integer({ min: 0, max: 8 }),
    srpStay: fc.integer({ min: 60, max: 95 }),
    joiners: fc.integer({ min: 0, max: 40 }),
    regardless: fc.integer({ min: 0, max: 10 }),
  })
  .map(
    (x): ScenarioInput => ({
      name: 'small',
      baseYear: 2025,
      endYear: 2025 + x.years,
      stock: [
        {
          setting: 'mainstream',
          count: x.mainstream,
          needs: { ASD: 3, SEMH: x.semh },
          ncYears: { '3': 1, '8': 1 },
          source: A,
        },
        { setting: 'srp', count: 20, needs: { ASD: 1 }, ncYears: { '5': 1, '8': 1 }, source: A },
        { setting: 'maintained-special', count: 20, needs: { ASD: 1, SEMH: 1 }, ncYears: { '5': 1 }, source: A },
      ],
      joiners: {
        growthRate: { value: 0.02, source: A },
        entries: [
          {
            count: x.joiners,
            needs: { ASD: 1, SEMH: 1 },
            ncYears: { '7': 1 },
            settings: { mainstream: 3, srp: 1 },
            source: A,
          },
        ],
      },
      transitions: [
        {
          from: 'mainstream',
          ncYears: [-2, 14],
          to: { mainstream: 80, srp: x.toSrp, 'maintained-special': x.toSpecial, independent: 1, left: 5 },
          source: A,
        },
        { from: 'srp', ncYears: [-2, 14], to: { srp: x.srpStay, independent: 2, left: 5 }, source: A },
        { from: 'independent', ncYears: [-2, 14], to: { independent: 90, left: 10 }, source: A },
      ],
      independentRegardless: { value: x.regardless / 100, source: A },
      capacity: { srp: { base: { value: 20, source: A } }, 'maintained-special': { base: { value: 20, source: A } } },
      costs: {
        feeUpliftRate: { value: 0.03, source: A },
        bySetting: {
          independent: { annualFeeGbp: { value: 50_000, source: A }, annualTransportGbp: { value: 10_000, source: A } },
          srp: { annualFeeGbp: { value: 18_000, source: A }, annualTransportGbp: { value: 2_000, source: A } },
          'maintained-special': {
            annualFeeGbp: { value: 25_000, source: A },
            annualTransportGbp: { value: 5_000, source: A },
          },
        },
      },
    }),
  );

/** A candidate of a small scenario: up to `most` places, £10,000 to £100,000 each. */
function candidate(i: number, lastYear: number, most: number) {
  return fc
    .record({
      id: fc.constant(`c${i}`),
      setting: fc.constantFrom('srp' as const, 'maintained-special' as const),
      need: fc.constantFrom(undefined, 'ASD' as const, 'SEMH' as const),
      year: fc.integer({ min: 2026, max: lastYear }),
      maxPlaces: fc.integer({ min: 1, max: most }),
      capitalGbpPerPlace: fc.integer({ min: 1, max: 10 }).map((k) => k * 10_000),
    })
    .map(({ need, ...c }): CapacityCandidate => (need ? { ...c, need } : c));
}

/** A small instance: scenario, 2 or 3 candidates of at most `most` places, a budget up to £400,000, a step of 1-4. */
export function smallInstance(most = 12) {
  return smallScenario.chain((scenario) =>
    fc.record({
      scenario: fc.constant(scenario),
      candidates: fc
        .integer({ min: 2, max: 3 })
        .chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => candidate(i, scenario.endYear, most)))),
      budgetGbp: fc.integer({ min: 0, max: 400_000 }),
      step: fc.integer({ min: 1, max: 4 }),
    }),
  );
}

/**
 * A small instance where the children wanting a place run out, so places beyond them save nothing:
 * the overflow scenario (overflow-scenario.ts) with 10-200 children in mainstream, 1-20% of whom
 * want an SRP place each year; 2 or 3 SRP candidates (any need, ASD, or SEMH, which no child has) of
 * at most `most` places; a budget up to £1m, often more than the useful places cost; a step of 1-10.
 */
export function tightInstance(most = 8) {
  return fc
    .record({
      children: fc.integer({ min: 10, max: 200 }),
      wantSrp: fc.integer({ min: 1, max: 20 }),
      years: fc.integer({ min: 2, max: 4 }),
    })
    .chain(({ children, wantSrp, years }) =>
      fc.record({
        scenario: fc.constant(
          overflowScenario({
            endYear: 2025 + years,
            stock: [
              { setting: 'mainstream', count: children, needs: { ASD: 1 }, ncYears: { '5': 1 }, source: A },
              { setting: 'srp', count: 10, needs: { ASD: 1 }, ncYears: { '5': 1 }, source: A },
            ],
            transitions: [
              { from: 'mainstream', ncYears: [-2, 14], to: { mainstream: 100 - wantSrp, srp: wantSrp }, source: A },
            ],
          }),
        ),
        candidates: fc
          .integer({ min: 2, max: 3 })
          .chain((k) =>
            fc.tuple(
              ...Array.from({ length: k }, (_, i) =>
                candidate(i, 2025 + years, most).map((c): CapacityCandidate => ({ ...c, setting: 'srp' })),
              ),
            ),
          ),
        budgetGbp: fc.integer({ min: 0, max: 1_000_000 }),
        step: fc.integer({ min: 1, max: 10 }),
      }),
    );
}
