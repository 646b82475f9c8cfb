import type { ModelName } from '../forecast/models.js';

/**
 * Each forecast model in plain words, by the name forecast() reports it under (the method, and the models in its
 * `why.summary`). Typed against the model names, so a new model cannot ship without its words.
 *
 * @example
 * FORECAST_METHOD_WORDS['linear-trend']; // 'a straight line fitted through every year of the series, extended.'
 */
export const FORECAST_METHOD_WORDS = {
  naive: "every future year equals the last year's value: the benchmark every other method must beat.",
  drift:
    'the last value plus the average yearly change so far (a straight line from the first year to the last, ' +
    'extended).',
  'robust-drift':
    'the last value plus the typical yearly change, worked out so that one unusual jump does not set the trend; a ' +
    'falling series falls by a steady share a year, so it never goes below 0.',
  ses: 'simple exponential smoothing: a flat forecast at an average of past values in which recent years count most.',
  holt: "Holt's method: exponential smoothing with a trend, extended as a straight line.",
  damped: "damped trend: Holt's method with the trend shrinking each year ahead, so the forecast levels off.",
  theta:
    'the Theta method: exponential smoothing plus half the slope of the straight line through the series, a ' +
    'winner of the M3 forecasting competition.',
  'optimised-theta':
    'the Theta method with how much trend to keep and how fast to smooth tuned to the series, the trend ' +
    're-estimated each year.',
  'linear-trend': 'a straight line fitted through every year of the series, extended.',
  'quadratic-trend': 'a curve (a parabola) fitted through the series and extended: it follows acceleration.',
  'exponential-trend': 'growth by a steady percentage a year, fitted through the series and extended.',
  'theil-sen-trend':
    'a straight line whose slope is the middle of the slopes between every pair of years, so one unusual year ' +
    'cannot tilt it.',
  'comb-shd': "the average of simple exponential smoothing (ses), Holt's method (holt) and damped trend (damped).",
  'median-trend': 'each year the middle of four forecasts: drift, theta, damped and theil-sen-trend.',
} as const satisfies Record<ModelName, string>;
