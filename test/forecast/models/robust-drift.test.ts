import { describe, expect, it } from 'vitest';
import { drift } from '../../../src/forecast/models/drift.js';
import { robustDrift } from '../../../src/forecast/models/robust-drift.js';
import { holdOut, linear } from '../trends.js';

describe('robustDrift', () => {
  it('recovers a linear trend exactly, as drift does', () => {
    const { train, future } = holdOut(linear, 10, 4);
    expect(robustDrift.fit(train).predict(4)).toEqual(future);
  });
  it('is not tilted by one jump, where drift is', () => {
    const series = [10, 12, 14, 40, 42, 44];
    expect(robustDrift.fit(series).predict(1)).toEqual([46]);
    expect(drift.fit(series).predict(1)[0]).toBeCloseTo(50.8, 9);
  });
  it('declines by a steady share a year for a falling positive series, so it never reaches 0', () => {
    const f = robustDrift.fit([100, 90, 81, 72.9]).predict(30);
    expect(f[0]).toBeCloseTo(65.61, 9);
    expect(f.every((v) => v > 0)).toBe(true);
    expect(f[29] / f[28]).toBeCloseTo(0.9, 9);
  });
  it('declines by a fixed amount when the series has a value at or below 0', () => {
    expect(robustDrift.fit([6, 4, 2, 0]).predict(2)).toEqual([-2, -4]);
  });
});
