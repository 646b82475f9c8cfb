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

  it('gives no MASE when the first fit saw a series that never changed: there is no yearly change to scale by', () => {
    // 100 for seven years, then 50: the naive forecast misses by 50, and a MASE against the level (100) read 0.5,
    // "better than the naive forecast", for the naive forecast itself.
    const values = [100, 100, 100, 100, 100, 100, 100, 50];
    const runs = [
      { origin: 6, actual: [100, 50], forecast: [100, 100] },
      { origin: 7, actual: [50], forecast: [100] },
    ];
    const r = accuracyOfRuns(values, runs, 2);
    expect(r.overall.mase).toBeNull();
    expect(r.overall.count).toBe(3);
    expect(r.overall.smape).toBeCloseTo(400 / 9, 12); // 0, 66.7 and 66.7: sMAPE needs no scale
    expect(r.overall.mae).toBeCloseTo(100 / 3, 12);
    expect(r.perHorizon.map((p) => p.mase)).toEqual([null, null]);
    expect(r.perHorizon.map((p) => p.smape === null)).toEqual([false, false]);
  });

  it('keeps MASE once the history before every origin has changed, even if it was flat at first', () => {
    const r = accuracyOfRuns([0, 0, 3, 3], [{ origin: 3, actual: [3], forecast: [0] }], 1);
    expect(r.overall.mase).toBe(2); // error 3 over the mean change 1.5
  });
});
