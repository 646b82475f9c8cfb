// The @example of every forecasting export, as written in its doc comment, so the documented
// outputs stay true. One `it` per source file, in src/forecast order.
import { describe, expect, it } from 'vitest';
import { accuracyOfRuns } from '../../src/forecast/accuracy.js';
import { auto, AUTO_MEMBERS, autoFrom, autoMember, pointModel } from '../../src/forecast/auto.js';
import { AUTO_DESIGN } from '../../src/forecast/auto-design.js';
import { backtest } from '../../src/forecast/backtest.js';
import { forecast, forecastValues, recentRuns } from '../../src/forecast/forecast.js';
import { huberLocation } from '../../src/forecast/huber-location.js';
import { goldenSection } from '../../src/forecast/golden-section.js';
import { intervalScale, predictionIntervals, smallSampleFactor } from '../../src/forecast/intervals.js';
import { canonicalMethod, METHOD_LIST, modelFor } from '../../src/forecast/method.js';
import { MASE_MIN_SCALE, mae, mase, maseScale, msis, smape, smapeTerm } from '../../src/forecast/metrics.js';
import { fittedFrom } from '../../src/forecast/model.js';
import { MODEL_ALIASES, MODELS, MODEL_NAMES } from '../../src/forecast/models.js';
import { combination } from '../../src/forecast/models/combination.js';
import { damped } from '../../src/forecast/models/damped.js';
import { drift } from '../../src/forecast/models/drift.js';
import { exponentialTrend } from '../../src/forecast/models/exponential-trend.js';
import { holt } from '../../src/forecast/models/holt.js';
import { linearTrend } from '../../src/forecast/models/linear-trend.js';
import { logScale } from '../../src/forecast/models/log-scale.js';
import { naive } from '../../src/forecast/models/naive.js';
import { optimisedTheta } from '../../src/forecast/models/optimised-theta.js';
import { quadraticTrend } from '../../src/forecast/models/quadratic-trend.js';
import { robustDrift } from '../../src/forecast/models/robust-drift.js';
import { fitSes, ses } from '../../src/forecast/models/ses.js';
import { theilSenTrend } from '../../src/forecast/models/theil-sen-trend.js';
import { theta } from '../../src/forecast/models/theta.js';
import { trendModel } from '../../src/forecast/models/trend-model.js';
import { fitTrendSmoothing } from '../../src/forecast/models/trend-smoothing.js';
import { nelderMead } from '../../src/forecast/nelder-mead.js';
import {
  BacktestOptionsSchema,
  DEFAULT_FORECAST_OPTIONS,
  ForecastOptionsSchema,
  INTERVAL_CALIBRATION,
  MAX_HORIZON,
  MAX_LEVEL,
  MethodSchema,
} from '../../src/forecast/options.js';
import { parseInputs } from '../../src/forecast/parse-input.js';
import { rollingOrigin } from '../../src/forecast/rolling-origin.js';
import { studentTQuantile } from '../../src/forecast/student-t.js';
import { SeriesSchema } from '../../src/schema/series.js';
import { issuesOf } from '../support/issues-of.js';

describe('forecast doc examples', () => {
  it('accuracyOfRuns', () => {
    const r = accuracyOfRuns([1, 2, 4], [{ origin: 2, actual: [4], forecast: [2] }], 1);
    expect(r.overall).toEqual({ count: 1, smape: 66.66666666666667, mase: 2, mae: 2 });
  });

  it('auto, its design and AUTO_MEMBERS', () => {
    expect(AUTO_DESIGN.long.members).toEqual(['robust-drift', 'optimised-theta']);
    expect(autoMember('log-damped').name).toBe('log-damped');
    expect(
      pointModel({ members: ['naive', 'drift'], weights: [0.5, 0.5] }, 'half-drift')
        .fit([1, 2, 3])
        .predict(1),
    ).toEqual([3.5]);
    const model = autoFrom(AUTO_DESIGN);
    expect(model.fit([4, 6]).predict(2)).toEqual([6, 6]);
    expect(autoFrom(AUTO_DESIGN).forLength(10).members).toEqual(['robust-drift', 'optimised-theta']);
    expect(
      auto
        .fit([10, 12, 14, 16, 18, 20, 22, 24])
        .predict(2)
        .map((v) => Math.round(v)),
    ).toEqual([26, 28]);
    expect(AUTO_MEMBERS.map((m) => m.name)).toEqual(['robust-drift', 'optimised-theta']);
  });

  it('backtest', () => {
    const r = backtest([10, 11, 12, 13, 14, 15], 'drift', { minTrain: 3, horizon: 2 });
    expect(r.origins).toBe(3);
    expect(r.overall.mae).toBe(0);
    expect(r.perHorizon.map((p) => p.count)).toEqual([3, 2]);
  });

  it('forecast', () => {
    const f = forecast({ start: 2017, values: [27.9, 34.2, 39.8, 49.2] }, { horizon: 2 });
    expect(f.years).toEqual([2021, 2022]);
    expect(f.mean.map((v) => v.toFixed(1))).toEqual(['52.9', '57.0']);
    expect(f.why.summary).toBe(
      'mean of naive 0.33, robust-drift 0.33, optimised-theta 0.33 (short series: 3 to 6 values); ' +
        'too short to backtest',
    );
    expect(forecastValues([1, 2, 3, 4, 5, 6, 7, 8], 2000, { horizon: 1, method: 'drift', levels: [80] }).mean).toEqual([
      9,
    ]);
    expect(recentRuns([1, 2, 3, 4, 5], naive, 1)).toEqual([{ origin: 4, actual: [5], forecast: [4] }]);
  });

  it('huberLocation', () => {
    expect(huberLocation([1, 2, 3])).toBe(2);
    expect(huberLocation([3, 4, 2, 5, 30]).toFixed(2)).toBe('4.00');
  });

  it('goldenSection', () => {
    expect(goldenSection((a) => (a - 0.25) ** 2, 0, 1).toFixed(3)).toBe('0.250');
  });

  it('intervalScale, predictionIntervals and smallSampleFactor', () => {
    expect(intervalScale([10, 12, 14, 16], [])).toBe(2);
    const { lower, upper } = predictionIntervals([10, 10], 1, [80], false);
    expect(upper['80'].map((v) => +v.toFixed(3))).toEqual([11.159, 12.018]);
    expect(lower['80'].map((v) => +v.toFixed(3))).toEqual([8.841, 7.982]);
    expect(smallSampleFactor(80, 6).toFixed(2)).toBe('1.15');
    expect(smallSampleFactor(80, Infinity)).toBe(1);
  });

  it('modelFor, canonicalMethod and METHOD_LIST', () => {
    expect(modelFor('drift').name).toBe('drift');
    expect(modelFor('auto').name).toBe('auto');
    expect(canonicalMethod('linear')).toBe('linear-trend');
    expect(canonicalMethod('theta')).toBe('theta');
    expect(METHOD_LIST.slice(0, 4)).toEqual(['auto', 'naive', 'drift', 'robust-drift']);
    expect(METHOD_LIST.includes('linear (or linear-trend)')).toBe(true);
    expect(METHOD_LIST.includes('optimised-theta (or optimized-theta)')).toBe(true);
  });

  it('metrics', () => {
    expect(maseScale([0, MASE_MIN_SCALE / 2, 0])).toBe(1);
    expect(smape([100, 200], [110, 180])).toBe(10.025062656641605);
    expect(smapeTerm(100, 110)).toBe(9.523809523809524);
    expect(smapeTerm(0, 0)).toBe(0);
    expect(smapeTerm(1e308, -1e308)).toBe(200);
    expect(mae([100, 200], [110, 180])).toBe(15);
    expect(maseScale([10, 12, 11])).toBe(1.5);
    expect(maseScale([5, 5, 5])).toBe(5);
    expect(maseScale([0, 5e-324, 0])).toBe(1);
    expect(mase([13, 14], [12, 12], [10, 12, 11])).toBe(1);
    expect(msis([10, 14], [8, 9], [12, 13], [10, 11, 12])).toBe(24);
  });

  it('fittedFrom', () => {
    const f = fittedFrom([1, 2, 4], [NaN, 1, 2], (h) => Array(h).fill(4));
    expect(f.residuals).toEqual([1, 2]);
    expect(f.sigma).toBe(1.5811388300841898);
  });

  it('MODELS and MODEL_NAMES', () => {
    expect(MODELS.drift.fit([1, 2, 3]).predict(1)).toEqual([4]);
    expect(Object.keys(MODELS).length).toBe(14);
    expect(MODEL_NAMES.slice(0, 3)).toEqual(['naive', 'drift', 'robust-drift']);
    expect(MODEL_ALIASES.linear).toBe('linear-trend');
  });

  it('the models', () => {
    expect(combination('naive-drift', [naive, drift], 'mean').fit([1, 2, 3]).predict(2)).toEqual([3.5, 4]);
    expect(combination('mostly-drift', [naive, drift], 'mean', [1, 3]).fit([1, 2, 3]).predict(2)).toEqual([3.75, 4.5]);
    expect(robustDrift.fit([10, 12, 14, 40, 42]).predict(2)).toEqual([44, 46]);
    expect(
      robustDrift
        .fit([100, 90, 81])
        .predict(1)
        .map((v) => +v.toFixed(6)),
    ).toEqual([72.9]);
    const d = damped.fit([10, 20, 30, 40, 50, 60]).predict(3);
    expect(d[0] > 60 && d[2] - d[1] < d[1] - d[0]).toBe(true);
    expect(drift.fit([10, 12, 13, 16]).predict(2)).toEqual([18, 20]);
    expect(
      exponentialTrend
        .fit([100, 110, 121, 133.1])
        .predict(1)
        .map((v) => +v.toFixed(2)),
    ).toEqual([146.41]);
    expect(
      holt
        .fit([2, 4, 6, 8, 10])
        .predict(2)
        .map((v) => +v.toFixed(6)),
    ).toEqual([12, 14]);
    expect(linearTrend.fit([3, 5, 7, 9]).predict(2)).toEqual([11, 13]);
    expect(
      logScale(drift)
        .fit([100, 110, 121])
        .predict(1)
        .map((v) => +v.toFixed(6)),
    ).toEqual([133.1]);
    expect(naive.fit([3, 5, 4]).predict(2)).toEqual([4, 4]);
    const o = optimisedTheta.fit([1, 2, 3, 4, 5, 6]).predict(2);
    expect(o[0] > 6 && o[1] > o[0]).toBe(true);
    expect(
      quadraticTrend
        .fit([1, 4, 9, 16])
        .predict(1)
        .map((v) => +v.toFixed(6)),
    ).toEqual([25]);
    expect(fitSes([5, 5, 5]).level).toBe(5);
    expect(ses.fit([10, 10, 10, 10]).predict(2)).toEqual([10, 10]);
    expect(theilSenTrend.fit([1, 2, 30, 4, 5]).predict(1)).toEqual([6]);
    expect(theta.fit([1, 2, 3, 4, 5, 6]).predict(1)[0] > 6).toBe(true);
    const flat = trendModel('mean', (_, y) => {
      const m = y.reduce((s, v) => s + v) / y.length;
      return () => m;
    });
    expect(flat.fit([1, 3]).predict(1)).toEqual([2]);
    expect(
      fitTrendSmoothing([1, 2, 3, 4, 5])
        .predict(2)
        .map((v) => +v.toFixed(6)),
    ).toEqual([6, 7]);
  });

  it('nelderMead', () => {
    const { x } = nelderMead(([a, b]) => (a - 0.3) ** 2 + (b - 0.7) ** 2, [0.5, 0.5], [0, 0], [1, 1]);
    expect(x.map((v) => v.toFixed(2))).toEqual(['0.30', '0.70']);
  });

  it('options, their schemas and limits', () => {
    expect(ForecastOptionsSchema.safeParse({ horizon: MAX_HORIZON + 1 }).success).toBe(false);
    expect(ForecastOptionsSchema.safeParse({ horizon: 1, levels: [0.8] }).success).toBe(false);
    expect(ForecastOptionsSchema.safeParse({ horizon: 1, levels: [MAX_LEVEL] }).success).toBe(true);
    expect(DEFAULT_FORECAST_OPTIONS.levels).toEqual([80, 95]);
    expect(INTERVAL_CALIBRATION.horizonExponent).toBe(0.8);
    expect(MethodSchema.parse('theta')).toBe('theta');
    expect(MethodSchema.parse('linear')).toBe('linear-trend');
    expect(MethodSchema.safeParse('crystal-ball').success).toBe(false);
    expect(ForecastOptionsSchema.parse({ horizon: 3 })).toEqual({ horizon: 3, method: 'auto', levels: [80, 95] });
    expect(BacktestOptionsSchema.parse({})).toEqual({ horizon: 3 });
  });

  it('parseInputs', () => {
    expect(parseInputs({ series: [SeriesSchema, [1, 2]] }, 'input').series.values).toEqual([1, 2]);
    expect(issuesOf(() => parseInputs({ series: [SeriesSchema, [1]] }, 'input'))).toEqual([
      { path: 'series.values', message: 'a series needs at least 2 values to forecast from' },
    ]);
  });

  it('rollingOrigin', () => {
    expect(rollingOrigin([1, 2, 4], naive, 2, 3)).toEqual([{ origin: 2, actual: [4], forecast: [2] }]);
  });

  it('studentTQuantile', () => {
    expect(studentTQuantile(0.975, 1).toFixed(3)).toBe('12.706');
    expect(studentTQuantile(0.9, 4).toFixed(2)).toBe('1.53');
  });
});
