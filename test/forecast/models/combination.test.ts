import { describe, expect, it } from 'vitest';
import { combination } from '../../../src/forecast/models/combination.js';
import { drift } from '../../../src/forecast/models/drift.js';
import { naive } from '../../../src/forecast/models/naive.js';
import { linearTrend } from '../../../src/forecast/models/linear-trend.js';

describe('combination', () => {
  it('averages its members with the mean', () => {
    expect(combination('c', [naive, drift], 'mean').fit([1, 2, 3]).predict(2)).toEqual([3.5, 4]);
  });
  it('takes the middle member with the median, so one wild member cannot pull it', () => {
    const series = [1, 2, 3, 4, 50, 6, 7];
    const f = combination('c', [naive, drift, linearTrend], 'median').fit(series).predict(1)[0];
    const members = [naive, drift, linearTrend].map((m) => m.fit(series).predict(1)[0]).sort((a, b) => a - b);
    expect(f).toBe(members[1]);
  });
  it('names its members and how they merge', () => {
    const c = combination('c', [naive, drift]);
    expect(c.members).toEqual(['naive', 'drift']);
    expect(c.combiner).toBe('median');
  });
  it('reports one-step errors only where every member has one', () => {
    expect(combination('c', [naive, linearTrend], 'mean').fit([1, 2, 4]).residuals).toHaveLength(2);
  });
});
