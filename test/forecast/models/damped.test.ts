import { describe, expect, it } from 'vitest';
import { damped, DAMPING_RANGE } from '../../../src/forecast/models/damped.js';
import { holdOut, dampedTrend, linear } from '../trends.js';

describe('damped', () => {
  it('recovers a damped trend within 1%', () => {
    const { train, future } = holdOut(dampedTrend, 15, 3);
    damped
      .fit(train)
      .predict(3)
      .forEach((v, i) => expect(Math.abs(v - future[i]) / future[i]).toBeLessThan(0.01));
  });
  it('levels off: each forecast step is smaller than the one before', () => {
    const f = damped.fit([10, 20, 30, 40, 50, 60]).predict(4);
    for (let i = 2; i < 4; i++) expect(f[i] - f[i - 1]).toBeLessThan(f[i - 1] - f[i - 2]);
  });
  it('follows a linear trend almost fully in the first year (phi is at most 0.98)', () => {
    const { train, future } = holdOut(linear, 12, 1);
    expect(damped.fit(train).predict(1)[0]).toBeCloseTo(future[0], 0);
    expect(DAMPING_RANGE[1]).toBe(0.98);
  });
});
