import { describe, expect, it } from 'vitest';
import { naive } from '../../../src/forecast/models/naive.js';

describe('naive', () => {
  it('forecasts the last value for every year', () => {
    expect(naive.fit([3, 5, 4]).predict(3)).toEqual([4, 4, 4]);
  });
  it('reports the yearly changes as its one-step errors', () => {
    const f = naive.fit([3, 5, 4]);
    expect(f.residuals).toEqual([2, -1]);
    expect(f.sigma).toBeCloseTo(Math.sqrt(2.5), 12);
  });
});
