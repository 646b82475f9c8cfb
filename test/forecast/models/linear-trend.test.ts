import { describe, expect, it } from 'vitest';
import { linearTrend } from '../../../src/forecast/models/linear-trend.js';
import { holdOut, linear } from '../trends.js';

describe('linearTrend', () => {
  it('recovers a linear trend exactly', () => {
    const { train, future } = holdOut(linear, 8, 3);
    linearTrend
      .fit(train)
      .predict(3)
      .forEach((v, i) => expect(v).toBeCloseTo(future[i], 9));
  });
  it('reports the gaps between the line and the series as its errors', () => {
    const f = linearTrend.fit([1, 3, 2, 4]);
    expect(f.residuals).toHaveLength(4);
    expect(f.residuals.reduce((s, r) => s + r, 0)).toBeCloseTo(0, 9);
  });
});
