import { describe, expect, it } from 'vitest';
import { fittedFrom } from '../../src/forecast/model.js';

describe('fittedFrom', () => {
  it('computes residuals where there is a fit, and their root mean square', () => {
    const f = fittedFrom([1, 2, 4], [Number.NaN, 1, 2], (h) => new Array(h).fill(4));
    expect(f.residuals).toEqual([1, 2]);
    expect(f.sigma).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(f.predict(2)).toEqual([4, 4]);
  });
  it('reports sigma 0 when there is no residual', () => {
    expect(fittedFrom([1], [Number.NaN], () => []).sigma).toBe(0);
  });
});
