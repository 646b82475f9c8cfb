import { probit } from 'simple-statistics';

/**
 * The quantile of Student's t distribution with `df` degrees of freedom at probability `p`
 * (0 < p < 1). Exact for 1 and 2 degrees of freedom; from 3 on, the Cornish–Fisher expansion in
 * the normal quantile (Abramowitz and Stegun, 1964, 26.7.5); within about 0.5% of the exact value
 * (the normal quantile is simple-statistics' probit approximation). Used to widen intervals when a series is too short
 * to know its error scale well.
 *
 * @param p the probability, in (0, 1)
 * @param df degrees of freedom, at least 1
 * @example
 * studentTQuantile(0.975, 1).toFixed(3); // '12.706'
 * studentTQuantile(0.9, 4).toFixed(2); // '1.53'
 */
export function studentTQuantile(p: number, df: number): number {
  if (df <= 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = probit(p);
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}
