/**
 * Splits a whole `total` into whole parts proportional to `weights` by the largest-remainder
 * (Hamilton) method, so the parts add up to exactly `total`. Ties in the remainders go to the
 * earlier weight, so the result is deterministic.
 *
 * @example
 * apportion(10, [1, 1, 1]); // [4, 3, 3]
 * apportion(1172, [0.5, 0.5]); // [586, 586]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) throw new Error('apportion needs at least one positive weight');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts;
}
