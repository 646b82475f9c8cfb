// A small hand-made scenario whose SRP overflow can be worked out by hand, for the capacity plan's tests.
import type { CapacityCandidate } from '../../src/schema/capacity-candidate.js';
import type { ScenarioInput } from '../../src/schema/scenario.js';

const A = 'assumption: test';

/**
 * 100 ASD children in mainstream Year 5, a tenth of whom want an SRP place each year (10 in 2026,
 * 9 in 2027); the SRP's 10 places are full with children who stay, so every newcomer goes
 * independent. An independent child costs £50,000 fee + £10,000 transport, an SRP child £20,000,
 * fees rising 10% a year; mainstream costs nothing. So 10 SRP places opened in 2026 save
 * 10 × (£65,000 − £22,000) in 2026 and 10 × (£70,500 − £24,200) in 2027: £893,000.
 */
export function overflowScenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    name: 'overflow',
    baseYear: 2025,
    endYear: 2027,
    stock: [
      { setting: 'mainstream', count: 100, needs: { ASD: 1 }, ncYears: { '5': 1 }, source: A },
      { setting: 'srp', count: 10, needs: { ASD: 1 }, ncYears: { '5': 1 }, source: A },
    ],
    joiners: { growthRate: { value: 0, source: A }, entries: [] },
    transitions: [{ from: 'mainstream', ncYears: [-2, 14], to: { mainstream: 9, srp: 1 }, source: A }],
    independentRegardless: { value: 0, source: A },
    capacity: { srp: { base: { value: 10, source: A }, additions: [] } },
    costs: {
      feeUpliftRate: { value: 0.1, source: A },
      bySetting: {
        independent: { annualFeeGbp: { value: 50_000, source: A }, annualTransportGbp: { value: 10_000, source: A } },
        srp: { annualFeeGbp: { value: 20_000, source: A }, annualTransportGbp: { value: 0, source: A } },
      },
    },
    ...overrides,
  };
}

/** A candidate of the overflow scenario: SRP places opening in `year` at £10,000 a place. */
export function srpCandidate(id: string, year: number, maxPlaces = 10, capitalGbpPerPlace = 10_000): CapacityCandidate {
  return { id, setting: 'srp', year, maxPlaces, capitalGbpPerPlace };
}
