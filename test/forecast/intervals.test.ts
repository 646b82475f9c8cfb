import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervalScale, predictionIntervals, smallSampleFactor } from '../../src/forecast/intervals.js';
import { forecast } from '../../src/forecast/forecast.js';
import type { IntervalDesign } from '../../src/forecast/auto-design.js';
import { INTERVAL_CALIBRATION, MAX_LEVEL, MIN_LEVEL } from '../../src/forecast/options.js';

/** Property runs: 100 keeps CI fast; FUZZ_RUNS raises it for a deeper search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

const CHANGES: IntervalDesign = { ...INTERVAL_CALIBRATION, spread: 'changes', backtest: false };

describe('intervalScale', () => {
  it('uses the spread of the yearly changes when there is no backtest', () => {
    expect(intervalScale([0, 1, 3, 4, 6], [], CHANGES)).toBeCloseTo(Math.sqrt((0.25 + 0.25 + 0.25 + 0.25) / 3), 12);
  });
  it('measures the spread on the logs times the last value with "relative", and averages both with "mixed"', () => {
    const values = [100, 110, 121, 133.1, 146.41, 150];
    const logs = values.map(Math.log);
    const relative = { ...CHANGES, spread: 'relative' } as const;
    const expected = values[5] * intervalScale(logs, [], CHANGES);
    expect(intervalScale(values, [], relative)).toBeCloseTo(expected, 9);
    const mixed = { ...CHANGES, spread: 'mixed' } as const;
    expect(intervalScale(values, [], mixed)).toBeCloseTo((expected + intervalScale(values, [], CHANGES)) / 2, 9);
  });
  it('takes the backtest errors when they are larger', () => {
    const runs = [{ origin: 3, actual: [10], forecast: [0] }];
    expect(intervalScale([0, 1, 2, 10], runs)).toBe(10);
  });
  it('is at least the mean yearly change when the series is too short to backtest', () => {
    // Changes 10, 10.5, 9.5 barely vary, but the trend may change: the scale is the typical change, 10.
    expect(intervalScale([0, 10, 20.5, 30], [])).toBe(10);
    expect(intervalScale([0, 10, 20.5, 30], [], CHANGES)).toBeCloseTo(0.5, 12);
  });
  it('sizes a constant series by the step its values are written in, so the interval is not a point', () => {
    expect(intervalScale([5, 5, 5], [])).toBe(1);
    expect(intervalScale([1000, 1000, 1000, 1000, 1000], [])).toBe(1);
    expect(intervalScale([20.1, 20.1, 20.1, 20.1], [])).toBeCloseTo(0.1, 12);
    expect(intervalScale([0, 0, 0, 0], [])).toBe(1);
  });

  it('gives a series that never moved no wider an interval than one that nearly did not', () => {
    const flat = forecast([1000, 1000, 1000, 1000, 1000], { horizon: 3 });
    const nearly = forecast([1000, 1000, 1000, 1000, 1001], { horizon: 3 });
    for (const level of ['80', '95']) {
      flat.upper[level].forEach((upper, i) => {
        expect(upper - flat.lower[level][i]).toBeLessThanOrEqual(nearly.upper[level][i] - nearly.lower[level][i]);
      });
    }
  });
});

describe('predictionIntervals', () => {
  it('sizes half-widths as calibration x Laplace quantile x scale x h^horizonExponent', () => {
    const { lower, upper } = predictionIntervals([10, 10], 1, [80], false);
    const k = INTERVAL_CALIBRATION.calibration * Math.log(5);
    const p = INTERVAL_CALIBRATION.horizonExponent;
    expect(upper['80'][0]).toBeCloseTo(10 + k, 12);
    expect(upper['80'][1]).toBeCloseTo(10 + k * 2 ** p, 12);
    expect(lower['80'][1]).toBeCloseTo(10 - k * 2 ** p, 12);
  });
  it('widens a short series’ interval by the small-sample factor only when the design asks for it', () => {
    const t = predictionIntervals([0], 1, [80], false, 5);
    const none = predictionIntervals([0], 1, [80], false, 5, { ...INTERVAL_CALIBRATION, smallSample: 'none' });
    expect(t.upper['80'][0] / none.upper['80'][0]).toBeCloseTo(smallSampleFactor(80, 5), 12);
  });
  it('nests the levels: 95% contains 80%', () => {
    const { lower, upper } = predictionIntervals([1, 2, 3], 2, [80, 95], false);
    for (let i = 0; i < 3; i++) {
      expect(lower['95'][i]).toBeLessThan(lower['80'][i]);
      expect(upper['95'][i]).toBeGreaterThan(upper['80'][i]);
    }
  });
  it('clips lower bounds at 0 for a count series', () => {
    const { lower } = predictionIntervals([1, 1], 5, [95], true);
    expect(lower['95']).toEqual([0, 0]);
  });
});

describe('smallSampleFactor', () => {
  it('is the Student t quantile over the normal one, with n - 1 degrees of freedom', () => {
    expect(smallSampleFactor(80, 6)).toBeCloseTo(1.476 / 1.2816, 2);
    expect(smallSampleFactor(95, 4)).toBeCloseTo(3.182 / 1.96, 2);
  });
  it('shrinks towards 1 as the series grows, and is 1 for an unlimited one', () => {
    expect(smallSampleFactor(80, 5)).toBeGreaterThan(smallSampleFactor(80, 10));
    expect(smallSampleFactor(80, 200)).toBeLessThan(1.01);
    expect(smallSampleFactor(80, Infinity)).toBe(1);
  });
  it('widens a 95% interval more than an 80% one, so levels stay nested', () => {
    expect(smallSampleFactor(95, 5)).toBeGreaterThan(smallSampleFactor(80, 5));
  });
  it('stays finite for a series of 2 values', () => {
    expect(Number.isFinite(smallSampleFactor(99.9, 2))).toBe(true);
  });
  it('is finite and at least 1 at every accepted level and series length, and keeps wider levels wider', () => {
    const level = fc.oneof(
      fc.double({ min: MIN_LEVEL, max: MAX_LEVEL, noNaN: true }),
      fc.constantFrom(MIN_LEVEL, MAX_LEVEL),
    );
    const length = fc.oneof(fc.integer({ min: 2, max: 1000 }), fc.constant(Infinity));
    fc.assert(
      fc.property(level, level, length, (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const factor = smallSampleFactor(lo, n);
        expect(Number.isFinite(factor)).toBe(true);
        expect(factor).toBeGreaterThanOrEqual(1);
        // The half-width grows with the level: -ln(1 - L) times the factor.
        expect(-Math.log(1 - hi / 100) * smallSampleFactor(hi, n)).toBeGreaterThanOrEqual(
          -Math.log(1 - lo / 100) * factor,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
