import { describe, expect, it } from 'vitest';
import { damped } from '../../../src/forecast/models/damped.js';
import { drift } from '../../../src/forecast/models/drift.js';
import { holt } from '../../../src/forecast/models/holt.js';
import { theta } from '../../../src/forecast/models/theta.js';
import { logScale } from '../../../src/forecast/models/log-scale.js';
import { exponential, holdOut } from '../trends.js';

describe('logScale', () => {
  it('turns drift into steady percentage growth: recovers an exponential trend', () => {
    const { train, future } = holdOut(exponential, 8, 3);
    logScale(drift)
      .fit(train)
      .predict(3)
      .forEach((v, i) => expect(v).toBeCloseTo(future[i], 6));
  });
  it('fits the values as they are when one is zero or negative', () => {
    expect(logScale(drift).fit([0, 1, 2]).predict(1)).toEqual([3]);
  });
  it('caps forecasts at e^10 times the largest value, so a steep log trend never overflows to Infinity', () => {
    // Regression: from 5e-324 to 1e15 the log drift is 779 a year; exp of it overflowed within 2 years.
    for (const model of [drift, damped, theta, holt]) {
      const f = logScale(model).fit([5e-324, 1e15, 1e15]).predict(100);
      expect(f.every(Number.isFinite)).toBe(true);
      expect(Math.max(...f)).toBeLessThanOrEqual(1e15 * Math.exp(10) * (1 + 1e-12));
    }
  });
  it('reports one-step errors in the original units', () => {
    const f = logScale(drift).fit([100, 110, 121, 140]);
    expect(f.residuals).toHaveLength(3);
    expect(Math.abs(f.residuals[2])).toBeGreaterThan(1);
  });
});
