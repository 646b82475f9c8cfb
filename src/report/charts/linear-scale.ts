/** A linear map from data values to pixels, with round tick values to label its axis. */
export type LinearScale = {
  /** The data range drawn, after padding a range too small to draw. */
  domain: [number, number];
  range: [number, number];
  /** The pixel position of a value. */
  map: (value: number) => number;
  /** Round values across the domain, about `count` of them (steps of 1, 2 or 5 times a power of ten). */
  ticks: (count: number) => number[];
  /** The step of those ticks: how many decimals their labels need. */
  tickStep: (count: number) => number;
};

/**
 * A range narrower than this relative to its values (or than 1e-9 outright) is drawn as flat: one unit, or 1% of
 * the value, either side of its middle. A tornado whose assumption moves the result by 1e-323 shows flat bars
 * instead of a tick step that underflows to 0.
 */
const FLAT_RELATIVE = 1e-9;

/**
 * A linear scale from `domain` to `range`. With `nice`, the domain is widened to round tick values so the axis
 * starts and ends on a label.
 *
 * @example
 * const y = linearScale([0, 1172], [300, 0], { nice: true });
 * y.domain; // [0, 1200]
 * y.ticks(5); // [0, 200, 400, 600, 800, 1000, 1200]
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  options: { nice?: boolean; tickCount?: number } = {},
): LinearScale {
  let [lo, hi] = domain[0] <= domain[1] ? [domain[0], domain[1]] : [domain[1], domain[0]];
  const size = Math.max(Math.abs(lo), Math.abs(hi));
  if (!(hi - lo > Math.max(size * FLAT_RELATIVE, 1e-9))) {
    const middle = lo / 2 + hi / 2;
    const pad = Math.max(Math.abs(middle) * 0.01, 1);
    [lo, hi] = [middle - pad, middle + pad];
  }
  if (options.nice) {
    const step = niceStep((hi - lo) / (options.tickCount ?? 5));
    [lo, hi] = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
  }
  const [r0, r1] = range;
  const k = (r1 - r0) / (hi - lo);
  const tickStep = (count: number) => niceStep((hi - lo) / Math.max(1, count));
  return {
    domain: [lo, hi],
    range: [r0, r1],
    map: (value) => r0 + (value - lo) * k,
    tickStep,
    ticks(count) {
      const step = tickStep(count);
      const out: number[] = [];
      // Integer multiples of the step, so 0.1 + 0.2 noise never reaches a label.
      for (let i = Math.ceil(lo / step - 1e-9); i * step <= hi + step * 1e-9; i++) {
        out.push(Number((i * step).toPrecision(12)) || 0);
      }
      return out;
    },
  };
}

/**
 * The round step (1, 2 or 5 times a power of ten) nearest to `rough` on a log scale, so an axis gets about the
 * number of ticks asked for (the thresholds are the geometric means: √2, √10, √50).
 *
 * @example
 * niceStep(230); // 200
 * niceStep(0.35); // 0.5
 */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f >= Math.sqrt(50) ? 10 : f >= Math.sqrt(10) ? 5 : f >= Math.SQRT2 ? 2 : 1) * power;
}
