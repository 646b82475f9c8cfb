import { describe, expect, it } from 'vitest';
import { drift } from '../../../src/forecast/models/drift.js';
import { logScale } from '../../../src/forecast/models/log-scale.js';
import { exponential, holdOut } from '../trends.js';

describe('logScale', () => {
  it('turns drift into steady percentage growth: recovers an exponential trend', () => {
    const { train, future } = holdOut(exponential, 8, 3);
    logScale(drift).fit(train).predict(3).forEach((v, i) => expect(v).toBeCloseTo(future[i], 6));
  });
  it('fits the values as they are when one is zero or negative', () => {
    expect(logScale(drift).fit([0, 1, 2]).predict(1)).toEqual([3]);
  });
  it('reports one-step errors in the original units', () => {
    const f = logScale(drift).fit([100, 110, 121, 140]);
    expect(f.residuals).toHaveLength(3);
    expect(Math.abs(f.residuals[2])).toBeGreaterThan(1);
  });
});
