import type { Model } from './model.js';
import { combination } from './models/combination.js';
import { damped } from './models/damped.js';
import { drift } from './models/drift.js';
import { exponentialTrend } from './models/exponential-trend.js';
import { holt } from './models/holt.js';
import { linearTrend } from './models/linear-trend.js';
import { naive } from './models/naive.js';
import { optimisedTheta } from './models/optimised-theta.js';
import { quadraticTrend } from './models/quadratic-trend.js';
import { robustDrift } from './models/robust-drift.js';
import { ses } from './models/ses.js';
import { theilSenTrend } from './models/theil-sen-trend.js';
import { theta } from './models/theta.js';

/**
 * Every model `forecast` and `backtest` accept by name, in a fixed order (the order `why` lists
 * them in). Two ready-made combinations are included: 'comb-shd' (mean of SES, Holt and damped,
 * the M3 benchmark "Comb S-H-D") and 'median-trend' (median of drift, Theta, damped and Theil–Sen).
 *
 * @example
 * MODELS.drift.fit([1, 2, 3]).predict(1); // [4]
 * Object.keys(MODELS).length; // 14
 */
export const MODELS = {
  naive,
  drift,
  'robust-drift': robustDrift,
  ses,
  holt,
  damped,
  theta,
  'optimised-theta': optimisedTheta,
  'linear-trend': linearTrend,
  'quadratic-trend': quadraticTrend,
  'exponential-trend': exponentialTrend,
  'theil-sen-trend': theilSenTrend,
  'comb-shd': combination('comb-shd', [ses, holt, damped], 'mean'),
  'median-trend': combination('median-trend', [drift, theta, damped, theilSenTrend], 'median'),
} satisfies Record<string, Model>;

/** The name of a model in MODELS. */
export type ModelName = keyof typeof MODELS;

/**
 * The model names, in MODELS order: what `method` accepts besides 'auto'.
 *
 * @example
 * MODEL_NAMES.slice(0, 3); // ['naive', 'drift', 'robust-drift']
 */
export const MODEL_NAMES = Object.keys(MODELS) as ModelName[];

/**
 * Other names a model answers to: the plain names of the regression trends, as a planner would say
 * them, and the American spelling of the optimised Theta method. Each maps to a key of MODELS, which
 * stays the name results report.
 *
 * @example
 * MODEL_ALIASES.linear; // 'linear-trend'
 */
export const MODEL_ALIASES = {
  'optimized-theta': 'optimised-theta',
  linear: 'linear-trend',
  quadratic: 'quadratic-trend',
  exponential: 'exponential-trend',
  'theil-sen': 'theil-sen-trend',
} as const satisfies Record<string, ModelName>;

/** Another name of a model (see MODEL_ALIASES). */
export type ModelAlias = keyof typeof MODEL_ALIASES;
