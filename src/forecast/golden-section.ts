/**
 * Minimises a function of one parameter on an interval by golden-section search (Kiefer, 1953).
 * Cheap and deterministic, which keeps rolling-origin evaluation of the smoothing models fast.
 * Finds the minimum when the function is unimodal on the interval, a local one otherwise.
 *
 * @param f the function to minimise
 * @param lower left end of the interval
 * @param upper right end of the interval
 * @param tolerance stop when the bracket is narrower than this (default 1e-4)
 * @returns the best point found
 * @example
 * goldenSection((a) => (a - 0.25) ** 2, 0, 1).toFixed(3); // '0.250'
 */
export function goldenSection(f: (x: number) => number, lower: number, upper: number, tolerance = 1e-4): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = lower;
  let b = upper;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > tolerance) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  return fc <= fd ? c : d;
}
