import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/forecast/backtest.js';
import { issuesOf } from '../support/issues-of.js';

describe('backtest', () => {
  it('reports no error for a method that fits the series exactly', () => {
    const r = backtest([10, 11, 12, 13, 14, 15], 'drift', { minTrain: 3, horizon: 2 });
    expect(r.origins).toBe(3);
    expect(r.overall).toEqual({ count: 5, smape: 0, mase: 0, mae: 0 });
    expect(r.perHorizon.map((p) => p.count)).toEqual([3, 2]);
  });
  it('computes the naive method’s errors by hand', () => {
    const r = backtest({ start: 2015, values: [1, 2, 4, 8] }, 'naive', { minTrain: 2, horizon: 1 });
    // origins 2 and 3: forecasts 2 and 4 against 4 and 8; scales 1 and 1.5
    expect(r.overall.mae).toBe(3);
    expect(r.overall.mase).toBeCloseTo((2 + 4 / 1.5) / 2, 12);
    expect(r.overall.smape).toBeCloseTo((200 * 2) / 6, 12);
  });
  it('defaults to 3 years ahead from 6 years of history, or fewer for a short series', () => {
    expect(backtest([1, 2, 3, 4, 5, 6, 7, 8], 'naive').origins).toBe(2);
    expect(backtest([1, 2, 3], 'auto').origins).toBe(1);
  });
  it('backtests auto and every model by name', () => {
    const r = backtest([5, 7, 6, 9, 11, 10, 13, 15], 'auto', { minTrain: 4 });
    expect(r.method).toBe('auto');
    expect(Number.isFinite(r.overall.mase)).toBe(true);
  });
  it('lists every problem: a one-point series, an unknown method, bad options', () => {
    const issues = issuesOf(() => backtest([1], 'crystal-ball', { minTrain: 1, horizon: 0 }));
    expect(issues.map((i) => i.path)).toEqual(['series.values', 'method', 'options.horizon', 'options.minTrain']);
  });
  it('says a 2-value series is too short to backtest', () => {
    expect(issuesOf(() => backtest([1, 2], 'naive'))).toEqual([
      { path: 'series.values', message: 'a backtest needs at least 3 values: 2 to fit, 1 to compare' },
    ]);
  });
  it('rejects a minTrain that leaves no origin', () => {
    expect(issuesOf(() => backtest([1, 2, 3], 'naive', { minTrain: 3 }))[0].path).toBe('options.minTrain');
  });
  it('says why a minTrain larger than the series leaves no origin', () => {
    expect(issuesOf(() => backtest([1, 2, 3, 4], 'naive', { minTrain: 10 }))).toEqual([
      {
        path: 'options.minTrain',
        message: 'minTrain must be less than the series length (4) so that at least one origin remains',
      },
    ]);
  });
  it('rejects a horizon of 0, 1e9 or 1.5 years, and an unknown or missing method, naming each', () => {
    expect(issuesOf(() => backtest([1, 2, 3], 'naive', { horizon: 0 }))).toEqual([
      { path: 'options.horizon', message: 'horizon must be at least 1' },
    ]);
    expect(issuesOf(() => backtest([1, 2, 3], 'naive', { horizon: 1e9 }))).toEqual([
      { path: 'options.horizon', message: 'horizon must be at most 100' },
    ]);
    expect(issuesOf(() => backtest([1, 2, 3], 'naive', { horizon: 1.5 }))).toEqual([
      { path: 'options.horizon', message: 'horizon must be a whole number of years' },
    ]);
    for (const method of ['crystal-ball', null]) {
      const issues = issuesOf(() => backtest([1, 2, 3], method as string));
      expect(issues.map((i) => i.path)).toEqual(['method']);
      expect(issues[0].message).toMatch(/^unknown method; valid methods are auto, naive, drift/);
    }
    // A method left out is missing, not unknown.
    expect(issuesOf(() => backtest([1, 2, 3], undefined as never))).toEqual([
      { path: 'method', message: 'is required' },
    ]);
  });
  it("says options given in the method's place are options, not an unknown method", () => {
    const issues = issuesOf(() => backtest([1, 2, 3, 4, 5], { horizon: 2 } as never));
    expect(issues.map((i) => i.path)).toEqual(['method']);
    expect(issues[0].message).toMatch(
      /^the method must be a name, not an object \(backtest takes series, method, then options such as \{ horizon \}\)/,
    );
  });
  it('takes null options as no options: the defaults', () => {
    expect(backtest([1, 2, 4, 7], 'naive', null as never)).toEqual(backtest([1, 2, 4, 7], 'naive'));
  });
  it('gives a finite MASE for a history of subnormal values (it counts as all zero: scale 1)', () => {
    // Regression: the scale was 5e-324, not 0, so the zero-scale fallback missed it and MASE was Infinity.
    expect(backtest([0, 5e-324, 0, 1e15], 'drift', { minTrain: 3 }).overall.mase).toBe(1e15);
    // A history that never moved has no scale at all: no MASE, never Infinity (see the next test).
    expect(backtest([5e-324, 5e-324, -1], 'auto').overall).toEqual({ count: 1, smape: 200, mase: null, mae: 1 });
  });
  it('gives no MASE, rather than one against the level, when the first fit saw a series that never changed', () => {
    // The naive forecast of [100 x 7, 50] scored MASE 0.33, "better than the naive forecast", against itself.
    const r = backtest([100, 100, 100, 100, 100, 100, 100, 50], 'naive');
    expect(r.overall.mase).toBeNull();
    expect(r.overall.mae).toBeCloseTo(100 / 3, 12);
    // An all-zero history: MASE was the MAE in the series' units (2,000 for a jump to 3,000).
    expect(backtest([0, 0, 0, 0, 0, 0, 0, 3000], 'naive').overall.mase).toBeNull();
    expect(backtest([0, 0, 0, 0, 0, 0, 0, 0], 'naive').overall).toEqual({ count: 3, smape: 0, mase: null, mae: 0 });
  });
});
