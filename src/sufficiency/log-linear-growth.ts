import { SCENARIO_LIMITS } from '../schema/scenario-limits.js';

/**
 * The growth rate a year of a series: exp(slope) - 1 of the weighted least-squares line through
 * the logs of its values above 0 (endpoints alone are noisy; a 0 has no log, and in a count of
 * joiners a year it is a year not recorded). 0 when fewer than two values are above 0; at most
 * SCENARIO_LIMITS.maxRate (doubling a year), since a steeper trend comes from a history too short
 * or too small to show one, and the estimate must make a valid scenario.
 *
 * @example
 * logLinearGrowth([2020, 2021, 2022], [100, 110, 121], [1, 1, 1]).toFixed(3); // '0.100'
 * logLinearGrowth([2020, 2021, 2022], [100, 0, 121], [1, 1, 1]).toFixed(3); // '0.100': the 0 left out
 */
export function logLinearGrowth(
  years: readonly number[],
  values: readonly number[],
  weights: readonly number[],
): number {
  const kept = values.flatMap((v, i) => (v > 0 ? [i] : []));
  if (kept.length < 2) return 0;
  if (kept.length < values.length)
    return logLinearGrowth(
      kept.map((i) => years[i]),
      kept.map((i) => values[i]),
      kept.map((i) => weights[i]),
    );
  const total = weights.reduce((t, w) => t + w, 0);
  const mx = years.reduce((t, y, i) => t + weights[i] * y, 0) / total;
  const logs = values.map(Math.log);
  const my = logs.reduce((t, v, i) => t + weights[i] * v, 0) / total;
  let sxy = 0;
  let sxx = 0;
  years.forEach((y, i) => {
    sxy += weights[i] * (y - mx) * (logs[i] - my);
    sxx += weights[i] * (y - mx) ** 2;
  });
  return Math.min(SCENARIO_LIMITS.maxRate, Math.exp(sxy / sxx) - 1);
}
