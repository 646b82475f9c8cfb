import { describe, expect, it } from 'vitest';
import { optimisedTheta } from '../../../src/forecast/models/optimised-theta.js';
import { exponential, holdOut, linear } from '../trends.js';

describe('optimisedTheta', () => {
  it('follows a linear trend with most of its slope (theta is capped at 5: at least 80%)', () => {
    const { train, future } = holdOut(linear, 12, 4);
    const f = optimisedTheta.fit(train).predict(4);
    for (let i = 1; i < 4; i++) {
      expect(f[i] - f[i - 1]).toBeGreaterThanOrEqual(0.8 * 2 - 1e-6);
      expect(f[i] - f[i - 1]).toBeLessThanOrEqual(2 + 1e-6);
    }
    expect(Math.abs(f[0] - future[0])).toBeLessThan(1);
  });
  it('follows an exponential trend more closely than the standard Theta', () => {
    const { train, future } = holdOut(exponential, 12, 3);
    const f = optimisedTheta.fit(train).predict(3);
    expect(Math.abs(f[2] - future[2]) / future[2]).toBeLessThan(0.15);
  });
  it('forecasts a constant series as that constant', () => {
    optimisedTheta
      .fit([4, 4, 4, 4, 4])
      .predict(3)
      .forEach((v) => expect(v).toBeCloseTo(4, 9));
  });
});
