import { describe, expect, it } from 'vitest';
import { theta } from '../../../src/forecast/models/theta.js';
import { holdOut, linear } from '../trends.js';

describe('theta', () => {
  it('continues a linear trend at half its slope, the standard Theta method (SES with drift b/2)', () => {
    const { train } = holdOut(linear, 12, 0);
    const f = theta.fit(train).predict(4);
    expect(f[0]).toBeGreaterThan(train[train.length - 1]);
    for (let i = 1; i < 4; i++) expect(f[i] - f[i - 1]).toBeCloseTo(1, 6); // slope 2, half is 1
  });
  it('forecasts a constant series as that constant', () => {
    expect(theta.fit([7, 7, 7, 7]).predict(2)).toEqual([7, 7]);
  });
});
