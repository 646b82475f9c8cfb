/**
 * How an interval's error scale is measured on a series (see intervalScale):
 * - `spread`: 'changes' is the standard deviation of the yearly changes (how much a random walk
 *   with drift misses by); 'relative' the same on the logarithms, times the last value (changes
 *   that grow with the level, for a positive series; 'changes' otherwise); 'mixed' the mean of the
 *   two; 'recent' the standard deviation of the last 8 changes only;
 * - `backtest`: whether the root mean square of the method's own rolling-origin errors (each over
 *   h^horizonExponent) may raise it;
 * - `horizonExponent`: the half-width grows as h^horizonExponent with the horizon h;
 * - `smallSample`: 'student-t' widens short series' intervals by the t quantile over the normal one;
 * - `calibration`: the constant the Laplace quantile is multiplied by.
 */
export type IntervalDesign = {
  readonly spread: 'changes' | 'relative' | 'mixed' | 'recent';
  readonly backtest: boolean;
  readonly horizonExponent: number;
  readonly smallSample: 'student-t' | 'none';
  readonly calibration: number;
};

/** A model the automatic forecast may combine: a model of MODELS or one of them on the log scale. */
export type AutoMemberName =
  | 'naive'
  | 'drift'
  | 'robust-drift'
  | 'ses'
  | 'theta'
  | 'optimised-theta'
  | 'damped'
  | 'log-optimised-theta'
  | 'log-damped';

/** A weighted mean of models, year by year. */
export type PointDesign = {
  readonly members: readonly AutoMemberName[];
  /** The members' weights, in order, summing to 1. */
  readonly weights: readonly number[];
};

/**
 * The automatic forecast's design: which models for long and for short series, and how its
 * intervals are sized. A series of 2 values always gets the naive forecast: one change says nothing
 * about a trend.
 */
export type AutoDesign = {
  /** For a series longer than `shortUpTo` values. */
  readonly long: PointDesign;
  /** For a series of 3 to `shortUpTo` values, where a trend estimated from 2 to 5 changes is mostly noise. */
  readonly short: PointDesign;
  readonly shortUpTo: number;
  readonly intervals: IntervalDesign;
};

/**
 * The design `forecast(..., { method: 'auto' })` uses, chosen by bench/forecast-select.ts from
 * candidate lists fixed in code, on the M3 and tourism yearly benchmarks together. The same code,
 * choosing on one family and measuring on the other, gave the accuracy bench/README.md and the
 * README quote.
 *
 * @example
 * AUTO_DESIGN.long.members; // ['robust-drift', 'optimised-theta']
 */
export const AUTO_DESIGN: AutoDesign = {
  long: { members: ['robust-drift', 'optimised-theta'], weights: [2 / 3, 1 / 3] },
  short: { members: ['naive', 'robust-drift', 'optimised-theta'], weights: [1 / 3, 1 / 3, 1 / 3] },
  shortUpTo: 6,
  intervals: { spread: 'mixed', backtest: true, horizonExponent: 0.8, smallSample: 'student-t', calibration: 0.72 },
};
