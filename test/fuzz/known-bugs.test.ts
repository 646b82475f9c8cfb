// Minimal reproductions of bugs the fuzz suite found in code owned elsewhere. Each `it.fails`
// passes while the bug is there; when the bug is fixed the test fails: delete it and its entry in
// known-bugs.ts. The expectation inside is the correct behaviour.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { findNonFinite, validationErrorProblem } from './support/outcome.js';

function expectValidationError(call: () => unknown): void {
  let thrown: unknown;
  try {
    call();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'should throw a ValidationError').toBeDefined();
  expect(validationErrorProblem(thrown)).toBeUndefined();
}

describe('known bugs found by the fuzz suite (each pinned until fixed)', () => {
  it.fails('projectSufficiency: capacity of Number.MAX_VALUE places is rejected or stays finite, not Infinity', () => {
    // rows[0].specialPlaces = Infinity: NonNegativeSchema has no upper bound and the model adds places up.
    const scenario = {
      name: 'x', baseYear: 2025, endYear: 2026, stock: [], transitions: [],
      joiners: { growthRate: { value: 0, source: 's' }, entries: [] },
      independentRegardless: { value: 0, source: 's' },
      capacity: { 'maintained-special': { base: { value: 0, source: 's' }, additions: [{ year: 2025, places: Number.MAX_VALUE, source: 's' }] } },
      costs: { feeUpliftRate: { value: 0, source: 's' }, bySetting: {} },
    };
    try {
      expect(findNonFinite(api.projectSufficiency(scenario))).toBeUndefined();
    } catch (e) {
      expect(validationErrorProblem(e)).toBeUndefined();
    }
  });

  it.fails('simulateSufficiency: a fee uplift rate of 5.6e102 a year is rejected or stays finite, not NaN spend', () => {
    // spend[3].mean = NaN: (1 + rate)^k overflows to Infinity and 0 x Infinity is NaN. The scenario is
    // the fuzz case as fast-check shrank it (smaller ones did not reproduce).
    const scenario = JSON.parse(
      '{"name":"fuzz scenario","baseYear":2025,"endYear":2028,"stock":[{"setting":"mainstream","count":0,"needs":{"ASD":0.5},"ncYears":{"0":1},"source":"assumption: fuzz case"}],"joiners":{"growthRate":{"value":0,"source":"assumption: fuzz case","low":0,"high":0},"entries":[{"count":0,"needs":{"ASD":0.5,"MLD":0,"SpLD":0},"ncYears":{"0":1,"1":3,"2":2},"settings":{"mainstream":0.5,"maintained-special":0,"non-maintained":0},"evidence":0,"source":"assumption: fuzz case"}]},"transitions":[{"from":"mainstream","ncYears":[0,0],"to":{"mainstream":0.5,"left":0,"non-maintained":0},"evidence":0,"source":"assumption: fuzz case"}],"independentRegardless":{"value":0,"source":"assumption: fuzz case","low":0,"high":0},"capacity":{"srp":{"base":{"value":0,"source":"assumption: fuzz case","low":0,"high":0},"additions":[{"year":2025,"places":0,"need":"ASD","source":"assumption: fuzz case"},{"year":2025,"places":0,"need":"ASD","source":"assumption: fuzz case"},{"year":2025,"places":0,"need":"ASD","source":"assumption: fuzz case"}]},"maintained-special":{"base":{"value":0,"source":"assumption: fuzz case","low":0,"high":0},"additions":[{"year":2025,"places":0,"need":"ASD","source":"assumption: fuzz case"},{"year":2025,"places":0,"need":"ASD","source":"assumption: fuzz case"}]}},"costs":{"feeUpliftRate":{"value":5.643803094122362e+102,"source":"assumption: fuzz case"},"bySetting":{"mainstream":{"annualFeeGbp":{"value":0,"source":"assumption: fuzz case"},"annualTransportGbp":{"value":0,"source":"assumption: fuzz case"}},"non-maintained":{"annualFeeGbp":{"value":0,"source":"assumption: fuzz case"},"annualTransportGbp":{"value":0,"source":"assumption: fuzz case","low":0,"high":0}}}}}',
    );
    try {
      expect(findNonFinite(api.simulateSufficiency(scenario, { runs: 1 }))).toBeUndefined();
    } catch (e) {
      expect(validationErrorProblem(e)).toBeUndefined();
    }
  });
});
