import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/forecast/forecast.js';
import { METHOD_LIST } from '../../src/forecast/method.js';
import { MODEL_ALIASES, MODEL_NAMES } from '../../src/forecast/models.js';
import { MAX_LEVEL, MIN_LEVEL, type MethodName } from '../../src/forecast/options.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { issuesOf } from '../support/issues-of.js';

// Kent County Council, record of decision 2021
const KENT_NMISS_SPEND = { start: 2017, values: [27_911_115, 34_167_515, 39_772_645, 49_244_606] };

const value = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true });
/**
 * Finite series of length 2-25 of the kinds that break forecasting code: any, constant, zeros, negative, 1e12-scale.
 */
const seriesArb = fc.oneof(
  fc.array(value(1e6), { minLength: 2, maxLength: 25 }),
  fc.tuple(value(1e6), fc.integer({ min: 2, max: 25 })).map(([v, n]) => new Array<number>(n).fill(v)),
  fc.integer({ min: 2, max: 25 }).map((n) => new Array<number>(n).fill(0)),
  fc.array(fc.double({ min: -1e6, max: -1e-3, noNaN: true }), { minLength: 2, maxLength: 25 }),
  fc.array(fc.double({ min: 1e11, max: 1e12, noNaN: true }), { minLength: 2, maxLength: 25 }),
  fc.array(value(1e12), { minLength: 2, maxLength: 25 }),
  fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 25 }),
);
const methodArb = fc.constantFrom<MethodName | keyof typeof MODEL_ALIASES>(
  'auto',
  ...MODEL_NAMES,
  ...(Object.keys(MODEL_ALIASES) as Array<keyof typeof MODEL_ALIASES>),
);
/** Property runs: 100 keeps CI fast; FUZZ_RUNS raises it for a deeper search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const allFinite = (xs: number[]) => xs.every(Number.isFinite);

describe('forecast', () => {
  it('forecasts Kent’s NMISS spend with years, intervals and the reasons', () => {
    const f = forecast(KENT_NMISS_SPEND, { horizon: 3 });
    expect(f.years).toEqual([2021, 2022, 2023]);
    expect(f.method).toBe('auto');
    expect(f.mean[0]).toBeGreaterThan(49_244_606);
    expect(f.mean[2]).toBeGreaterThan(f.mean[0]);
    expect(Object.keys(f.lower)).toEqual(['80', '95']);
    // 4 values: the short design, with the naive forecast among its members
    expect(f.why.models).toEqual(['naive', 'robust-drift', 'optimised-theta']);
    expect(f.why.combiner).toBe('mean');
    expect(f.why.note).toBe('short series: 3 to 6 values');
    expect(f.why.nonNegative).toBe(true);
    expect(f.why.summary).toContain('too short to backtest');
  });

  it('names the members, their weights and the series’ own backtest error in why', () => {
    const f = forecast([5, 7, 6, 9, 11, 10, 13, 15, 14, 17], { horizon: 2 });
    expect(f.why.models).toEqual(['robust-drift', 'optimised-theta']);
    expect(f.why.weights['robust-drift']).toBeCloseTo(2 / 3, 12);
    expect(f.why.weights['optimised-theta']).toBeCloseTo(1 / 3, 12);
    expect(f.why.note).toBeUndefined();
    expect(f.why.summary).toMatch(
      /^mean of robust-drift 0\.67, optimised-theta 0\.33; backtest over \d+ origins: MASE \d+\.\d\d, sMAPE \d+\.\d%$/,
    );
  });

  it('carries the last value forward from 2 values and says the series is too short to choose a model', () => {
    const f = forecast({ start: 2023, values: [120, 131] }, { horizon: 3 });
    expect(f.mean).toEqual([131, 131, 131]);
    expect(f.why.models).toEqual(['naive']);
    expect(f.why.summary).toBe(
      'naive (2 values are too short to choose a model, so the last value is carried forward); too short to backtest',
    );
    // Honestly wide: one change is all there is to size the interval with.
    expect(f.upper['80'][0] - f.lower['80'][0]).toBeGreaterThan(2 * 11);
  });

  it('gives short series wider intervals than long ones with the same yearly changes', () => {
    const changes = [3, -1, 4, 1, -2, 5, 2, 0, 3, 1, 4, -1, 2];
    const series = [100];
    for (const c of changes) series.push(series[series.length - 1] + c);
    const width = (values: number[]) => {
      const f = forecast(values, { horizon: 1, method: 'drift' });
      return f.upper['80'][0] - f.lower['80'][0];
    };
    expect(width(series.slice(-4))).toBeGreaterThan(width(series));
  });

  it('accepts the plain names of the trend models and reports the model’s own name', () => {
    for (const [alias, name] of [
      ['linear', 'linear-trend'],
      ['quadratic', 'quadratic-trend'],
      ['exponential', 'exponential-trend'],
      ['theil-sen', 'theil-sen-trend'],
      ['optimized-theta', 'optimised-theta'],
    ] as const) {
      const f = forecast([3, 5, 7, 9, 12], { horizon: 2, method: alias });
      expect(f.method).toBe(name);
      expect(f.mean).toEqual(forecast([3, 5, 7, 9, 12], { horizon: 2, method: name }).mean);
    }
  });

  it('reports the rolling-origin backtest of the method when the series is long enough', () => {
    const f = forecast([5, 7, 6, 9, 11, 10, 13, 15, 14, 17], { horizon: 2 });
    expect(f.why.backtest.origins).toBeGreaterThan(0);
    expect(f.why.backtest.mase).toBeGreaterThan(0);
    expect(f.why.summary).toMatch(/backtest over \d+ origins: MASE \d+\.\d\d/);
  });

  it('uses a single named model when asked, and says so', () => {
    const f = forecast([1, 2, 3, 4], { horizon: 2, method: 'drift', levels: [50] });
    expect(f.mean).toEqual([5, 6]);
    expect(f.why.models).toEqual(['drift']);
    expect(f.why.combiner).toBe('single');
    expect(Object.keys(f.upper)).toEqual(['50']);
  });

  it('never forecasts below 0 for a count series, but may for a series with a negative value', () => {
    const falling = [40, 30, 20, 12, 5];
    const f = forecast(falling, { horizon: 5, method: 'drift' });
    expect(f.mean.every((v) => v >= 0)).toBe(true);
    expect(f.lower['95'].every((v) => v >= 0)).toBe(true);
    const g = forecast([...falling, -1], { horizon: 5, method: 'drift' });
    expect(g.mean.some((v) => v < 0)).toBe(true);
    expect(forecast(falling, { horizon: 5, method: 'drift', nonNegative: false }).mean.some((v) => v < 0)).toBe(true);
  });

  it('rejects a one-point or empty series with a ValidationError', () => {
    for (const bad of [[], [3], { start: 2020, values: [1] }]) {
      expect(() => forecast(bad, { horizon: 1 })).toThrow(ValidationError);
    }
  });

  it('lists every problem in the series and the options at once', () => {
    const issues = issuesOf(() => forecast([1, Number.NaN], { horizon: 0.5, method: 'guess', levels: [100] }));
    expect(issues.map((i) => i.path)).toEqual([
      'series.values[1]',
      'options.horizon',
      'options.method',
      'options.levels[0]',
    ]);
    expect(issuesOf(() => forecast([1, 2], undefined as never))[0].path).toBe('options');
  });

  it('gives finite forecasts and intervals for any finite series of length ≥ 2, by every method', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 1, max: 12 }), methodArb, (values, horizon, method) => {
        const f = forecast(values, { horizon, method });
        expect(f.mean).toHaveLength(horizon);
        for (const xs of [f.mean, ...Object.values(f.lower), ...Object.values(f.upper)])
          expect(allFinite(xs)).toBe(true);
        expect(Number.isFinite(f.why.intervalScale)).toBe(true);
        // Errors are finite where something was compared, and null (never 0) where nothing was; MASE is null too
        // when the first fit's years never changed (no yearly change to scale by).
        const { count, mase, smape, origins } = f.why.backtest;
        expect(count === 0 ? smape === null : Number.isFinite(smape)).toBe(true);
        const firstFit = values.slice(0, values.length - origins);
        const scaled = count > 0 && firstFit.some((v) => v !== firstFit[0]);
        expect(scaled ? Number.isFinite(mase) : mase === null).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('nests the intervals (95% ⊇ 80% ⊇ mean) and never narrows them with the horizon', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 1, max: 10 }), fc.boolean(), (values, horizon, nonNegative) => {
        const f = forecast(values, { horizon, nonNegative });
        for (let i = 0; i < horizon; i++) {
          expect(f.lower['95'][i]).toBeLessThanOrEqual(f.lower['80'][i]);
          expect(f.lower['80'][i]).toBeLessThanOrEqual(f.mean[i]);
          expect(f.mean[i]).toBeLessThanOrEqual(f.upper['80'][i]);
          expect(f.upper['80'][i]).toBeLessThanOrEqual(f.upper['95'][i]);
          if (nonNegative) expect(f.lower['95'][i]).toBeGreaterThanOrEqual(0);
          // Clipping at 0 may cut a lower bound, so widths are compared on the upper side, which is never clipped.
          if (i > 0) {
            for (const level of ['80', '95']) {
              expect(f.upper[level][i] - f.mean[i]).toBeGreaterThanOrEqual(
                (f.upper[level][i - 1] - f.mean[i - 1]) * (1 - 1e-12),
              );
              if (!nonNegative)
                expect(f.mean[i] - f.lower[level][i]).toBeGreaterThanOrEqual(
                  (f.mean[i - 1] - f.lower[level][i - 1]) * (1 - 1e-12),
                );
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects null options, a horizon of 0, 1e9 or 1.5 years and an unknown method, naming each', () => {
    expect(issuesOf(() => forecast([1, 2], null as never))).toEqual([
      { path: 'options', message: 'options must be an object with at least { horizon }' },
    ]);
    expect(issuesOf(() => forecast([1, 2], { horizon: 0 }))).toEqual([
      { path: 'options.horizon', message: 'horizon must be at least 1' },
    ]);
    expect(issuesOf(() => forecast([1, 2], { horizon: 1e9 }))).toEqual([
      { path: 'options.horizon', message: 'horizon must be at most 100' },
    ]);
    expect(issuesOf(() => forecast([1, 2], { horizon: 1.5 }))).toEqual([
      { path: 'options.horizon', message: 'horizon must be a whole number of years' },
    ]);
    expect(issuesOf(() => forecast([1, 2], { horizon: 1, method: 'crystal-ball' }))[0].message).toBe(
      `unknown method; valid methods are ${METHOD_LIST.join(', ')}`,
    );
  });

  it('rejects an interval level outside 1-99.99 percent instead of giving NaN bounds', () => {
    // Regression: levels [5e-324] passed `gt(0)` and gave lower = upper = NaN (0/0 in the small-sample factor).
    expect(issuesOf(() => forecast([0, 0], { horizon: 1, levels: [5e-324] }))).toEqual([
      { path: 'options.levels[0]', message: 'a level must be at least 1 (percent: 80 means an 80% interval)' },
    ]);
    expect(issuesOf(() => forecast([0, 1], { horizon: 1, levels: [80, 99.999] }))).toEqual([
      { path: 'options.levels[1]', message: 'a level must be at most 99.99 (percent)' },
    ]);
  });

  it('refuses a level given twice, which would give one interval under two names', () => {
    expect(issuesOf(() => forecast([1, 2, 3], { horizon: 1, levels: [50, 80, 50] }))).toEqual([
      { path: 'options.levels', message: 'each level may be given once; 50 is given twice' },
    ]);
  });

  it('gives finite, nested intervals for any levels in the accepted range', () => {
    const levelArb = fc.oneof(
      fc.double({ min: MIN_LEVEL, max: MAX_LEVEL, noNaN: true }),
      fc.constantFrom(MIN_LEVEL, MAX_LEVEL),
    );
    fc.assert(
      fc.property(
        seriesArb,
        fc.integer({ min: 1, max: 6 }),
        fc.uniqueArray(levelArb, { minLength: 1, maxLength: 3 }),
        (values, horizon, levels) => {
          const f = forecast(values, { horizon, method: 'drift', levels, nonNegative: false });
          const sorted = [...levels].sort((a, b) => a - b);
          for (const level of sorted)
            for (const xs of [f.lower[String(level)], f.upper[String(level)]]) expect(allFinite(xs)).toBe(true);
          for (let j = 1; j < sorted.length; j++) {
            for (let i = 0; i < horizon; i++) {
              expect(f.upper[String(sorted[j])][i]).toBeGreaterThanOrEqual(f.upper[String(sorted[j - 1])][i]);
              expect(f.lower[String(sorted[j])][i]).toBeLessThanOrEqual(f.lower[String(sorted[j - 1])][i]);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('says when exponential-trend or quadratic-trend fitted a straight line instead of its curve', () => {
    // Placements that fell to 0: no exponential curve passes through 0, so the line through them was extended.
    const fell = forecast({ start: 2018, values: [50, 30, 15, 6, 2, 0] }, { horizon: 2, method: 'exponential' });
    expect(fell.why.note).toBe('a straight line instead: a value is 0 or below');
    expect(fell.why.summary).toMatch(/^exponential-trend \(a straight line instead: a value is 0 or below\); /);
    const two = forecast({ start: 2024, values: [1172, 1100] }, { horizon: 2, method: 'quadratic' });
    expect(two.mean).toEqual(forecast([1172, 1100], { horizon: 2, method: 'linear' }).mean);
    expect(two.why.summary).toBe(
      'quadratic-trend (a straight line instead: 2 values fix no curve); too short to backtest',
    );
    // Where the curve was fitted, nothing is added.
    expect(forecast([100, 110, 121], { horizon: 1, method: 'exponential' }).why.note).toBeUndefined();
    expect(forecast([1, 4, 9], { horizon: 1, method: 'quadratic' }).why.note).toBeUndefined();
  });

  it('gives a finite MASE for a history of subnormal values', () => {
    // Regression: why.backtest.mase was Infinity: the MASE scale was 5e-324, so the zero-scale guard missed it.
    const f = forecast([0, 5e-324, 0, 5e-324, 1.5], { horizon: 1 });
    expect(f.why.backtest.count).toBe(1);
    expect(f.why.backtest.mase).toBe(f.why.backtest.mae);
    expect(f.why.summary).not.toContain('Infinity');
  });

  it('leaves MASE out of the reasons when the years before the backtest never changed, and still gives sMAPE', () => {
    const f = forecast({ start: 2016, values: [5, 5, 5, 5, 5, 5, 8] }, { horizon: 1 });
    expect(f.why.backtest.mase).toBeNull();
    expect(f.why.summary).toBe('mean of robust-drift 0.67, optimised-theta 0.33; backtest over 3 origins: sMAPE 15.4%');
  });

  it('gives identical output for identical input and leaves the input unchanged', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 1, max: 8 }), methodArb, (values, horizon, method) => {
        const copy = [...values];
        const a = forecast(values, { horizon, method });
        const b = forecast(copy, { horizon, method });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(values).toEqual(copy);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
