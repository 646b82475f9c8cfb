import { describe, expect, it } from 'vitest';
import { naive } from '../../src/forecast/models/naive.js';
import { rollingOrigin } from '../../src/forecast/rolling-origin.js';

describe('rollingOrigin', () => {
  it('refits at every origin and forecasts up to the horizon, fewer near the end', () => {
    const runs = rollingOrigin([1, 2, 4, 8], naive, 2, 2);
    expect(runs).toEqual([
      { origin: 2, actual: [4, 8], forecast: [2, 2] },
      { origin: 3, actual: [8], forecast: [4] },
    ]);
  });
  it('returns no runs when the first origin is the series length', () => {
    expect(rollingOrigin([1, 2, 3], naive, 3, 2)).toEqual([]);
  });
  it('never trains on fewer than 2 values', () => {
    expect(rollingOrigin([1, 2, 3], naive, 0, 1).map((r) => r.origin)).toEqual([2]);
  });
});
