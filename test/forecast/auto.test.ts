import { describe, expect, it } from 'vitest';
import { AUTO_MEMBERS, auto } from '../../src/forecast/auto.js';
import { holdOut, linear } from './trends.js';

describe('auto', () => {
  it('is the year-by-year median of its members', () => {
    const series = [12, 15, 14, 18, 21, 20, 24, 29];
    const f = auto.fit(series).predict(3);
    const members = AUTO_MEMBERS.map((m) => m.fit(series).predict(3));
    f.forEach((v, i) => expect(v).toBe(members.map((m) => m[i]).sort((a, b) => a - b)[2]));
  });
  it('recovers a linear trend (drift, damped and their log forms bracket it)', () => {
    const { train, future } = holdOut(linear, 12, 3);
    auto
      .fit(train)
      .predict(3)
      .forEach((v, i) => expect(Math.abs(v - future[i])).toBeLessThan(0.5));
  });
  it('for a series with a negative value gives the median of drift, optimised Theta and damped', () => {
    const series = [-3, 1, 4, 2, 6, 9];
    const [d, t, dt] = AUTO_MEMBERS.slice(0, 3).map((m) => m.fit(series).predict(1)[0]);
    expect(auto.fit(series).predict(1)[0]).toBe([d, t, dt].sort((a, b) => a - b)[1]);
  });
});
