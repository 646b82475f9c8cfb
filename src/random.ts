/**
 * A small seeded random number generator (sfc32 seeded through splitmix32), so that synthetic data
 * and Monte Carlo runs are reproducible from one integer seed on every platform. Not for cryptography.
 *
 * @example
 * const rng = createRandom(42);
 * rng.next(); // a float in [0, 1), the same for seed 42 everywhere
 * rng.int(1, 6); // an integer from 1 to 6
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A standard normal draw (Box-Muller), times `sd`, plus `mean`. */
  normal(mean?: number, sd?: number): number;
  /** A Gamma(shape, 1) draw (Marsaglia and Tsang, 2000), shape > 0. */
  gamma(shape: number): number;
  /** A Beta(a, b) draw from two Gamma draws. */
  beta(a: number, b: number): number;
  /** A Dirichlet draw: a list of probabilities from concentration parameters (all > 0). */
  dirichlet(alpha: readonly number[]): number[];
  /** A Poisson draw (Knuth for small means, a rounded normal for large ones). */
  poisson(mean: number): number;
  /** One element picked uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An index picked with probability proportional to `weights`. */
  weighted(weights: readonly number[]): number;
};

/**
 * Creates the seeded generator (see Random): the only source of randomness in the library.
 *
 * @param seed any integer; the same seed gives the same draws on every platform
 * @example
 * createRandom(42).next() === createRandom(42).next(); // true
 * createRandom(7).int(1, 6); // a whole number from 1 to 6
 */
export function createRandom(seed: number): Random {
  // splitmix32 spreads the seed over the four words of state.
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();

  const next = () => {
    // sfc32 (Chris Doty-Humphrey's small fast counting generator).
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();

  const normal = (mean = 0, sd = 1) => {
    let u = next();
    while (u === 0) u = next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  const gamma = (shape: number): number => {
    if (shape < 1) {
      let u = next();
      while (u === 0) u = next();
      return gamma(shape + 1) * u ** (1 / shape);
    }
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = next();
      if (u < 1 - 0.0331 * x * x * x * x) return dd * v;
      if (Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal,
    gamma,
    beta: (x, y) => {
      const g1 = gamma(x);
      const g2 = gamma(y);
      return g1 + g2 === 0 ? 0.5 : g1 / (g1 + g2);
    },
    dirichlet: (alpha) => {
      const draws = alpha.map((k) => gamma(k));
      const total = draws.reduce((sum, x) => sum + x, 0);
      return total === 0 ? alpha.map(() => 1 / alpha.length) : draws.map((x) => x / total);
    },
    poisson: (mean) => {
      if (mean <= 0) return 0;
      if (mean > 50) return Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
  };
}
