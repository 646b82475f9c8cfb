/**
 * Tuning constant of Huber's estimator, in robust standard deviations: 1.345 keeps 95% of the
 * mean's efficiency when the values are normal (Huber, 1964), the textbook default; not fitted to data.
 */
const HUBER_K = 1.345;
/** The median absolute deviation times this estimates the standard deviation of normal values. */
const MAD_TO_SD = 1.4826;

/**
 * Huber's M-estimate of location (Huber, 1964): a mean in which values further than k robust
 * standard deviations (the scaled median absolute deviation) from the centre count only as if they
 * were k away. One jump in a series' yearly changes (a reorganisation, a change of definition)
 * then moves the estimate by a bounded amount instead of tilting it, while on well-behaved values
 * it is nearly the mean. When more than half the values are equal (no spread to scale by) it is
 * their median.
 *
 * @param values the values (at least one)
 * @param k the tuning constant in robust standard deviations (default 1.345)
 * @example
 * huberLocation([1, 2, 3]); // 2
 * huberLocation([3, 4, 2, 5, 30]).toFixed(2); // '4.00' (the mean is 8.8)
 */
export function huberLocation(values: readonly number[], k = HUBER_K): number {
  let centre = median(values);
  const spread = MAD_TO_SD * median(values.map((v) => Math.abs(v - centre)));
  if (!(spread > 0)) return centre;
  const limit = k * spread;
  // Iteratively reweighted mean; converges in a few steps, capped for safety.
  for (let step = 0; step < 50; step++) {
    let sum = 0;
    let weights = 0;
    for (const v of values) {
      const distance = Math.abs(v - centre);
      const w = distance <= limit ? 1 : limit / distance;
      sum += w * v;
      weights += w;
    }
    const next = sum / weights;
    if (Math.abs(next - centre) <= 1e-12 * spread) return next;
    centre = next;
  }
  return centre;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
