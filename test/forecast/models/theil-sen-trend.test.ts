import { describe, expect, it } from 'vitest';
import { linearTrend } from '../../../src/forecast/models/linear-trend.js';
import { theilSenTrend } from '../../../src/forecast/models/theil-sen-trend.js';
import { holdOut, linear } from '../trends.js';

describe('theilSenTrend', () => {
  it('recovers a linear trend exactly', () => {
    const { train, future } = holdOut(linear, 9, 3);
    theilSenTrend
      .fit(train)
      .predict(3)
      .forEach((v, i) => expect(v).toBeCloseTo(future[i], 9));
  });
  it('is not tilted by one outlying year, unlike least squares', () => {
    const series = [1, 2, 3, 4, 50, 6, 7];
    expect(theilSenTrend.fit(series).predict(1)[0]).toBeCloseTo(8, 9);
    expect(Math.abs(linearTrend.fit(series).predict(1)[0] - 8)).toBeGreaterThan(5);
  });
  it('fits a long series on its latest 200 values, so the pairwise median stays cheap', () => {
    const early = Array.from({ length: 800 }, (_, t) => 1000 - t); // falling for 800 years...
    const late = Array.from({ length: 200 }, (_, t) => 200 + 3 * t); // ...then rising
    expect(theilSenTrend.fit([...early, ...late]).predict(1)[0]).toBeCloseTo(200 + 3 * 200, 6);
  });
});
