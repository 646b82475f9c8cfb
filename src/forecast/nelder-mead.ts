/**
 * Minimises a function of a few bounded parameters with the Nelder–Mead simplex method
 * (Nelder and Mead, 1965), the optimiser R's `ets` uses for smoothing parameters. Parameters are
 * clamped into their bounds before every evaluation, so the function never sees an invalid value.
 * Deterministic: the start simplex and every step depend only on the inputs.
 *
 * Written for speed on purpose: rolling-origin evaluation fits thousands of models, so the simplex
 * lives in one Float64Array and no step allocates.
 *
 * @param f the function to minimise; it must not keep the array it is given
 * @param start the starting point
 * @param lower lower bound of each parameter
 * @param upper upper bound of each parameter
 * @param maxEvaluations budget of function evaluations (default 200: plenty for 1-3 smoothing parameters)
 * @returns the best point found and its value
 * @example
 * const { x } = nelderMead(([a, b]) => (a - 0.3) ** 2 + (b - 0.7) ** 2, [0.5, 0.5], [0, 0], [1, 1]);
 * x.map((v) => v.toFixed(2)); // ['0.30', '0.70']
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  start: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  maxEvaluations = 200,
): { x: number[]; value: number } {
  const n = start.length;
  const points = new Float64Array((n + 1) * n); // vertex i at [i * n, (i + 1) * n)
  const values = new Float64Array(n + 1);
  const centroid = new Float64Array(n);
  const reflected = new Float64Array(n);
  const other = new Float64Array(n);
  const point = new Float64Array(n);
  let evaluations = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = 0; j < n; j++) point[j] = start[j];
    if (i > 0) {
      // Step a tenth of the range towards the roomier side, so the first simplex stays inside the box.
      const step = 0.1 * (upper[i - 1] - lower[i - 1]);
      point[i - 1] += point[i - 1] + step <= upper[i - 1] ? step : -step;
    }
    clampInto(point, lower, upper);
    points.set(point, i * n);
    values[i] = evaluate(f, point);
    evaluations++;
  }

  for (;;) {
    let best = 0;
    let worst = 0;
    for (let i = 1; i <= n; i++) {
      if (values[i] < values[best]) best = i;
      if (values[i] >= values[worst]) worst = i;
    }
    let second = best;
    for (let i = 0; i <= n; i++) if (i !== worst && values[i] >= values[second]) second = i;
    if (evaluations >= maxEvaluations) break;
    if (Math.abs(values[worst] - values[best]) <= 1e-10 * (Math.abs(values[best]) + 1e-20)) break;

    centroid.fill(0);
    for (let i = 0; i <= n; i++) {
      if (i === worst) continue;
      for (let j = 0; j < n; j++) centroid[j] += points[i * n + j] / n;
    }
    const w = worst * n;
    moveFrom(centroid, points, w, -1, reflected, lower, upper);
    const fr = evaluate(f, reflected);
    evaluations++;
    if (fr < values[best]) {
      moveFrom(centroid, points, w, -2, other, lower, upper);
      const fe = evaluate(f, other);
      evaluations++;
      points.set(fe < fr ? other : reflected, w);
      values[worst] = Math.min(fe, fr);
    } else if (fr < values[second]) {
      points.set(reflected, w);
      values[worst] = fr;
    } else {
      moveFrom(centroid, points, w, fr < values[worst] ? -0.5 : 0.5, other, lower, upper);
      const fc = evaluate(f, other);
      evaluations++;
      if (fc < Math.min(fr, values[worst])) {
        points.set(other, w);
        values[worst] = fc;
      } else {
        // Shrink every vertex halfway towards the best one.
        const b = best * n;
        for (let i = 0; i <= n; i++) {
          if (i === best) continue;
          for (let j = 0; j < n; j++) point[j] = points[b + j] + 0.5 * (points[i * n + j] - points[b + j]);
          clampInto(point, lower, upper);
          points.set(point, i * n);
          values[i] = evaluate(f, point);
          evaluations++;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[best]) best = i;
  return { x: Array.from(points.subarray(best * n, (best + 1) * n)), value: values[best] };
}

function clampInto(x: Float64Array, lower: readonly number[], upper: readonly number[]): void {
  for (let j = 0; j < x.length; j++) x[j] = Math.min(upper[j], Math.max(lower[j], x[j]));
}

function evaluate(f: (x: Float64Array) => number, x: Float64Array): number {
  const v = f(x);
  return Number.isFinite(v) ? v : Number.MAX_VALUE;
}

/** out = centroid + k · (vertex at `offset` − centroid), clamped into the bounds. */
function moveFrom(
  centroid: Float64Array,
  points: Float64Array,
  offset: number,
  k: number,
  out: Float64Array,
  lower: readonly number[],
  upper: readonly number[],
): void {
  for (let j = 0; j < out.length; j++) out[j] = centroid[j] + k * (points[offset + j] - centroid[j]);
  clampInto(out, lower, upper);
}
