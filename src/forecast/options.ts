import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { AUTO_DESIGN, type IntervalDesign } from './auto-design.js';
import { canonicalMethod, METHOD_LIST, type MethodName } from './method.js';
import { MODEL_ALIASES, MODEL_NAMES, type ModelAlias } from './models.js';

export type { MethodName } from './method.js';

/**
 * The longest horizon accepted, in years: beyond a few decades an annual forecast means nothing, and widths keep
 * growing.
 *
 * @example
 * ForecastOptionsSchema.safeParse({ horizon: MAX_HORIZON + 1 }).success; // false
 */
export const MAX_HORIZON = 100;

/**
 * The narrowest interval level accepted, in percent. A narrower interval tells a planner nothing, and
 * the bound catches levels given as fractions (0.8 for 80%).
 *
 * @example
 * ForecastOptionsSchema.safeParse({ horizon: 1, levels: [0.8] }).success; // false
 */
export const MIN_LEVEL = 1;

/**
 * The widest interval level accepted, in percent: the limit R's forecast package sets. Closer to 100
 * the Laplace quantile and the small-sample factor grow without bound and the level stops being
 * distinguishable from 100 in floating point.
 *
 * @example
 * ForecastOptionsSchema.safeParse({ horizon: 1, levels: [MAX_LEVEL] }).success; // true
 */
export const MAX_LEVEL = 99.99;

/**
 * Defaults of the forecasting options and the interval calibration, each with its reason.
 * Every forecasting default lives here and nowhere else.
 *
 * @example
 * DEFAULT_FORECAST_OPTIONS.levels; // [80, 95]
 */
export const DEFAULT_FORECAST_OPTIONS = {
  /** The combination of AUTO_DESIGN, chosen across two benchmark families (bench/README.md). */
  method: 'auto' as MethodName,
  /** Interval levels in percent: 80% for planning ranges, 95% for worst cases, as R's forecast package does. */
  levels: [80, 95],
  /**
   * Rolling origins: forecasts are re-made from each of the last few years; more origins add little for intervals but
   * cost time.
   */
  rollingOrigins: 5,
  /**
   * Longest horizon the rolling-origin errors look at: the M3 yearly horizon; longer horizons are extrapolated with
   * HORIZON_EXPONENT.
   */
  rollingHorizon: 6,
  /**
   * Shortest history a rolling origin refits on: with fewer than 4 values a damped trend or Theta fit is mostly noise.
   */
  rollingMinTrain: 4,
  /** backtest: default horizon, years; a council's medium-term financial plan looks about 3 years ahead. */
  backtestHorizon: 3,
  /**
   * backtest: default shortest training history; 6 years, or fewer for a shorter series so that at least one origin
   * remains.
   */
  backtestMinTrain: 6,
} as const;

/**
 * How `forecast` sizes its intervals (AUTO_DESIGN.intervals, chosen with the automatic forecast by
 * bench/forecast-select.ts; every method uses it). The half-width at horizon h and level L is
 * calibration · (−ln(1 − L/100)) · scale · h^horizonExponent (· smallSampleFactor(L, n) with 'student-t'):
 * - −ln(1 − L) is the Laplace quantile: forecast errors on yearly data are heavy-tailed, and the
 *   Laplace ratio of the 95% to the 80% half-width (1.86) is near the one observed (the normal's is 1.53);
 * - the scale is a spread of the series' yearly changes, raised to its own backtest error (intervalScale);
 * - calibration is the one constant fitted to benchmark data: the larger of the two values that give
 *   exactly 80% and 95% coverage on the benchmark it was chosen on, rounded up to 0.01 (bench/README.md).
 *
 * @example
 * INTERVAL_CALIBRATION.horizonExponent; // 0.8
 */
export const INTERVAL_CALIBRATION: IntervalDesign = AUTO_DESIGN.intervals;

/**
 * A method name: 'auto', a key of MODELS or one of their other names (MODEL_ALIASES), given as the
 * model's key; the message lists the valid ones.
 *
 * @example
 * MethodSchema.parse('theta'); // 'theta'
 * MethodSchema.parse('linear'); // 'linear-trend'
 * MethodSchema.safeParse('crystal-ball').success; // false
 */
export const MethodSchema = z.pipe(
  z.enum(['auto', ...MODEL_NAMES, ...Object.keys(MODEL_ALIASES)] as [MethodName | ModelAlias, ...string[]], {
    error: (issue) =>
      typeof issue.input === 'object' && issue.input !== null
        ? 'the method must be a name, not an object (backtest takes series, method, then options such as ' +
          `{ horizon }); valid methods are ${METHOD_LIST.join(', ')}`
        : `unknown method; valid methods are ${METHOD_LIST.join(', ')}`,
  }),
  z.transform((name: string) => canonicalMethod(name as MethodName | ModelAlias)),
);

const horizonSchema = z
  .number({ error: 'horizon must be a number of years' })
  .check(
    z.int({ error: 'horizon must be a whole number of years' }),
    z.minimum(1, { error: 'horizon must be at least 1' }),
    z.maximum(MAX_HORIZON, { error: `horizon must be at most ${MAX_HORIZON}` }),
  );

/** The first level a list repeats. */
const twiceGiven = (levels: number[]) => levels.find((level, i) => levels.indexOf(level) !== i);

/**
 * Options of `forecast`: the horizon is required, the rest default from DEFAULT_FORECAST_OPTIONS.
 *
 * @example
 * ForecastOptionsSchema.parse({ horizon: 3 }); // { horizon: 3, method: 'auto', levels: [80, 95] }
 */
export const ForecastOptionsSchema = strictOptions(
  {
    horizon: horizonSchema,
    method: z._default(MethodSchema, DEFAULT_FORECAST_OPTIONS.method),
    levels: z._default(
      z
        .array(
          z.number({ error: 'a level must be a number (percent)' }).check(
            z.minimum(MIN_LEVEL, {
              error: `a level must be at least ${MIN_LEVEL} (percent: 80 means an 80% interval)`,
            }),
            z.maximum(MAX_LEVEL, { error: `a level must be at most ${MAX_LEVEL} (percent)` }),
          ),
          { error: 'levels must be a list of percentages' },
        )
        .check(
          z.refine((levels) => new Set(levels).size === levels.length, {
            error: (issue) => `each level may be given once; ${twiceGiven(issue.input as number[])} is given twice`,
            params: { code: 'duplicate' },
          }),
        ),
      [...DEFAULT_FORECAST_OPTIONS.levels],
    ),
    nonNegative: z.optional(z.boolean({ error: 'nonNegative must be true or false' })),
  },
  { error: 'options must be an object with at least { horizon }' },
);

/** Options of `forecast`, after validation. */
export type ForecastOptions = z.infer<typeof ForecastOptionsSchema>;

/**
 * Options of `forecast` as a caller writes them: `horizon` required, the rest optional. `method`
 * also takes a plain string (from a command line or a file): it is checked at run time.
 */
export type ForecastOptionsInput = Omit<z.input<typeof ForecastOptionsSchema>, 'method'> & { method?: MethodInput };

/** A method as a caller gives it: a MethodName, or any string checked at run time. */
export type MethodInput = MethodName | (string & {});

/** A series as `forecast` and `backtest` accept it: `{ start?, values }` or a bare list of numbers. */
export type SeriesInput = { start?: number; values: readonly number[] } | readonly number[];

/**
 * Options of `backtest`; both default from DEFAULT_FORECAST_OPTIONS (minTrain at run time, as it depends on the series
 * length).
 *
 * @example
 * BacktestOptionsSchema.parse({}); // { horizon: 3 }
 */
export const BacktestOptionsSchema = strictOptions(
  {
    horizon: z._default(horizonSchema, DEFAULT_FORECAST_OPTIONS.backtestHorizon),
    minTrain: z.optional(
      z
        .number({ error: 'minTrain must be a number of years' })
        .check(
          z.int({ error: 'minTrain must be a whole number of years' }),
          z.minimum(2, { error: 'minTrain must be at least 2' }),
        ),
    ),
  },
  { error: 'options must be an object' },
);

/** Options of `backtest`, after validation. */
export type BacktestOptions = z.infer<typeof BacktestOptionsSchema>;

/** Options of `backtest` as a caller writes them, all optional. */
export type BacktestOptionsInput = z.input<typeof BacktestOptionsSchema>;
