/**
 * The p-th percentile (0-100) of sorted numbers, interpolating linearly between order statistics
 * (Hyndman and Fan's type 7, the default of R and NumPy). Internal.
 *
 * @example
 * percentileSorted([1, 2, 3, 4], 50); // 2.5
 * percentileSorted([1, 2, 3, 4], 100); // 4
 */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * (p / 100);
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
