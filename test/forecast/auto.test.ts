import { describe, expect, it } from 'vitest';
import { AUTO_DESIGN } from '../../src/forecast/auto-design.js';
import { AUTO_MEMBERS, auto, autoMember } from '../../src/forecast/auto.js';
import { naive } from '../../src/forecast/models/naive.js';
import { holdOut, linear } from './trends.js';

const weightedMean = (series: number[], design: typeof AUTO_DESIGN.long, h: number) => {
  const forecasts = design.members.map((m) => autoMember(m).fit(series).predict(h));
  return Array.from({ length: h }, (_, i) => forecasts.reduce((s, f, k) => s + design.weights[k] * f[i], 0));
};

describe('auto', () => {
  it('is the weighted mean of the long design’s members for a series longer than shortUpTo', () => {
    const series = [12, 15, 14, 18, 21, 20, 24, 29];
    expect(series.length).toBeGreaterThan(AUTO_DESIGN.shortUpTo);
    const expected = weightedMean(series, AUTO_DESIGN.long, 3);
    auto
      .fit(series)
      .predict(3)
      .forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
    expect(AUTO_MEMBERS.map((m) => m.name)).toEqual(AUTO_DESIGN.long.members);
  });

  it('uses the short design for 3 to shortUpTo values', () => {
    for (let n = 3; n <= AUTO_DESIGN.shortUpTo; n++) {
      const series = [40, 42, 47, 45, 50, 53].slice(0, n);
      const expected = weightedMean(series, AUTO_DESIGN.short, 2);
      auto
        .fit(series)
        .predict(2)
        .forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
      expect(auto.forLength(n).members).toEqual(AUTO_DESIGN.short.members);
    }
  });

  it('carries the last value forward from 2 values: one change says nothing about a trend', () => {
    expect(auto.forLength(2)).toBe(naive);
    expect(auto.fit([10, 14]).predict(3)).toEqual([14, 14, 14]);
  });

  it('recovers a linear trend', () => {
    const { train, future } = holdOut(linear, 12, 3);
    auto
      .fit(train)
      .predict(3)
      .forEach((v, i) => expect(Math.abs(v - future[i])).toBeLessThan(0.5));
  });

  it('has weights that sum to 1 in both designs', () => {
    for (const design of [AUTO_DESIGN.long, AUTO_DESIGN.short]) {
      expect(design.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      expect(design.weights).toHaveLength(design.members.length);
    }
  });
});
