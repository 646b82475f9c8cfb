/**
 * Every default of the sufficiency model, each with its reason. Nothing else in src/sufficiency
 * hard-codes a tuning number.
 *
 * @example
 * DEFAULT_SUFFICIENCY.bands; // [[-5, 6], [7, 11], [12, 14], [15, 20]]
 */
export const DEFAULT_SUFFICIENCY = {
  /**
   * NC-year bands estimateTransitions pools transitions over: early years and primary, secondary,
   * post-16 (to 19) and post-19 (to 25). Phases are where settings change (the Year 7 transfer,
   * leaving school at 16 and at 19); within one, rates are alike.
   */
  bands: [
    [-5, 6],
    [7, 11],
    [12, 14],
    [15, 20],
  ] as Array<[number, number]>,
  /**
   * How much a record year weighs against the year after it when estimateTransitions pools several
   * years (1 = every year alike): 1, chosen with joinerGrowthDamping by the rule of
   * bench/projection-backtest.ts (the lowest mean error on the total over every split) on both
   * synthetic histories; once the growth is damped, weighing recent years more no longer helps
   * (bench/README.md, "Projection backtest", has each history's choice measured on the other).
   */
  recencyDecay: 1,
  /**
   * The damping estimateTransitions gives its fitted joiner growth: each projected year keeps this
   * share of the year before's growth, so a rise fitted on a few noisy years levels off instead of
   * compounding: 0.3, chosen with recencyDecay by the same rule on both histories (3.2% and 3.0%
   * mean error on the total against 4.7% and 4.1% undamped).
   */
  joinerGrowthDamping: 0.3,
  /** Sensitivity moves a number without a stated range by this share either way (a common ±20% test). */
  relativeSwing: 0.2,
  /**
   * Pseudo-count added to every observed destination in the Dirichlet posterior (Jeffreys' prior,
   * 1/2): it keeps a destination seen once from being drawn as impossible, and adds no move never seen.
   */
  posteriorPrior: 0.5,
  /** Percentiles of the simulation bands: the median, the quartiles and a 90% interval. */
  percentiles: [5, 25, 50, 75, 95] as number[],
  /** Monte Carlo runs: 1,000 puts the 5th and 95th percentiles within about 1% of their limit. */
  runs: 1000,
  /** Seed of the Monte Carlo runs, so the same call gives the same bands. */
  seed: 1,
  /** Decimal places of the numbers in projection outputs: counts are expected values, so fractions are kept. */
  decimals: 6,
} as const;
