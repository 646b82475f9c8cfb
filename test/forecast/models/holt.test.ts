import { describe, expect, it } from 'vitest';
import { holt } from '../../../src/forecast/models/holt.js';
import { holdOut, linear } from '../trends.js';

describe('holt', () => {
  it('recovers a linear trend', () => {
    const { train, future } = holdOut(linear, 10, 5);
    holt
      .fit(train)
      .predict(5)
      .forEach((v, i) => expect(v).toBeCloseTo(future[i], 6));
  });
  it('forecasts a straight line: equal yearly steps', () => {
    const f = holt.fit([3, 7, 8, 12, 15, 16, 21]).predict(4);
    expect(f[2] - f[1]).toBeCloseTo(f[1] - f[0], 9);
    expect(f[3] - f[2]).toBeCloseTo(f[1] - f[0], 9);
  });
});
