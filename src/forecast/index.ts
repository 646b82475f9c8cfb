// Re-exports of the forecast part of the public API.
export { forecast } from './forecast.js';
export type { ForecastResult, ForecastWhy } from './forecast.js';
export { backtest } from './backtest.js';
export type { BacktestResult } from './backtest.js';
export type { Accuracy } from './accuracy.js';
export { MODELS, MODEL_NAMES, MODEL_ALIASES } from './models.js';
export type { ModelName, ModelAlias } from './models.js';
export { METHOD_LIST } from './method.js';
export { auto as autoModel, AUTO_MEMBERS } from './auto.js';
export { AUTO_DESIGN } from './auto-design.js';
export type { AutoDesign, AutoMemberName, IntervalDesign, PointDesign } from './auto-design.js';
export type { Model, Fitted } from './model.js';
export {
  DEFAULT_FORECAST_OPTIONS,
  INTERVAL_CALIBRATION,
  MAX_HORIZON,
  MIN_LEVEL,
  MAX_LEVEL,
  ForecastOptionsSchema,
  BacktestOptionsSchema,
  MethodSchema,
} from './options.js';
export type {
  ForecastOptions,
  ForecastOptionsInput,
  BacktestOptions,
  BacktestOptionsInput,
  MethodName,
  MethodInput,
  SeriesInput,
} from './options.js';
export { smape, smapeTerm, mase, mae, maseScale, msis, MASE_MIN_SCALE } from './metrics.js';
export { combination } from './models/combination.js';
export { logScale } from './models/log-scale.js';
