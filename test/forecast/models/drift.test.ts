import { describe, expect, it } from 'vitest';
import { drift } from '../../../src/forecast/models/drift.js';
import { holdOut, linear } from '../trends.js';

describe('drift', () => {
  it('recovers a linear trend exactly', () => {
    const { train, future } = holdOut(linear, 10, 4);
    expect(drift.fit(train).predict(4)).toEqual(future);
    expect(drift.fit(train).sigma).toBe(0);
  });
  it('extends the line from the first to the last value', () => {
    expect(drift.fit([10, 12, 13, 16]).predict(2)).toEqual([18, 20]);
  });
});
