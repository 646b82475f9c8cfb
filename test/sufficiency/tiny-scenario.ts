// A small hand-made scenario for tests: every number chosen so results can be worked out by hand.
import type { ScenarioInput } from '../../src/schema/scenario.js';

const A = 'assumption: test';

/** 100 ASD children in mainstream Year 5, SRP with 10 places (all full), no joiners, no rules. */
export function tinyScenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    name: 'tiny',
    baseYear: 2025,
    endYear: 2027,
    stock: [
      { setting: 'mainstream', count: 100, needs: { ASD: 1 }, ncYears: { '5': 1 }, source: A },
      { setting: 'srp', count: 10, needs: { ASD: 1 }, ncYears: { '5': 1 }, source: A },
    ],
    joiners: { growthRate: { value: 0, source: A }, entries: [] },
    transitions: [],
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
