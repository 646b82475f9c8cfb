/**
 * The factor joiners have grown by `k` years after the base year at `rate` a year, damped by
 * `damping` (the damped multiplicative trend of Taylor, 2003, "Exponential smoothing with a damped
 * multiplicative trend", International Journal of Forecasting 19): (1 + rate)^(d + d^2 + ... + d^k).
 * A damping of 1 compounds the rate every year, (1 + rate)^k, exactly as before damping existed;
 * below 1 each year keeps that share of the year before's growth, so the factor levels off at
 * (1 + rate)^(d / (1 - d)); 0 holds joiners at their base-year level. Why damp: a growth rate
 * fitted on a few noisy years, compounded, misses more than one that fades (bench/README.md,
 * "Projection backtest").
 *
 * @param rate growth a year, above -1 (a scenario's joiners.growthRate)
 * @param damping in [0, 1]
 * @param k years after the base year, 0 or more
 * @example
 * dampedGrowth(0.1, 1, 2); // 1.2100000000000002: 10% compounded twice
 * dampedGrowth(0.1, 0.5, 2).toFixed(4); // '1.0741': 1.1^(0.5 + 0.25)
 * dampedGrowth(0.1, 0, 5); // 1: held at the base-year level
 */
export function dampedGrowth(rate: number, damping: number, k: number): number {
  const years = damping === 1 ? k : (damping * (1 - damping ** k)) / (1 - damping);
  return (1 + rate) ** years;
}
