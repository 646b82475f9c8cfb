import { describe, expect, it } from 'vitest';
import { fitSes, ses } from '../../../src/forecast/models/ses.js';

describe('ses', () => {
  it('forecasts a flat line at the level of a constant series', () => {
    expect(ses.fit([10, 10, 10, 10]).predict(2)).toEqual([10, 10]);
    expect(fitSes([5, 5, 5]).level).toBe(5);
  });
  it('follows a step change quickly (alpha near 1) when the series jumps once and stays', () => {
    const { alpha, level } = fitSes([1, 1, 1, 9, 9, 9, 9]);
    expect(alpha).toBeGreaterThan(0.9);
    expect(level).toBeCloseTo(9, 3);
  });
  it('smooths heavily (small alpha) a series that is noise around a constant', () => {
    expect(fitSes([10, 12, 8, 11, 9, 12, 8, 10, 11, 9]).alpha).toBeLessThan(0.3);
  });
});
