import { describe, expect, it } from 'vitest';
import { accuracyOfRuns } from '../../src/forecast/accuracy.js';

describe('accuracyOfRuns', () => {
  it('averages errors per horizon and overall, scaling MASE at each origin', () => {
    const values = [1, 2, 4, 8];
    const runs = [
      { origin: 2, actual: [4, 8], forecast: [2, 2] },
      { origin: 3, actual: [8], forecast: [4] },
    ];
    const r = accuracyOfRuns(values, runs, 3);
    expect(r.perHorizon.map((p) => p.count)).toEqual([2, 1, 0]);
    expect(r.perHorizon[0].mae).toBe(3); // (2 + 4) / 2
    expect(r.perHorizon[0].mase).toBeCloseTo((2 / 1 + 4 / 1.5) / 2, 12); // scales 1 and 1.5
    // No origin reached 3 years ahead: no errors, not zero errors.
    expect(r.perHorizon[2]).toEqual({ horizon: 3, count: 0, smape: null, mase: null, mae: null });
    expect(r.overall.count).toBe(3);
    expect(r.overall.mae).toBeCloseTo(4, 12); // (2 + 4 + 6) / 3
  });
});
