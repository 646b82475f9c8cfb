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
  const trial = new Float64Array(n);
  const trial2 = new Float64Array(n);
  let evaluations = 0;

  const clampInto = (x: Float64Array) => {
    for (let j = 0; j < n; j++) x[j] = Math.min(upper[j], Math.max(lower[j], x[j]));
  };
  const evaluate = (x: Float64Array) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.MAX_VALUE;
  };
  const vertex = (i: number) => points.subarray(i * n, (i + 1) * n);

  for (let i = 0; i <= n; i++) {
    const p = vertex(i);
    for (let j = 0; j < n; j++) p[j] = start[j];
    if (i > 0) {
      // Step a tenth of the range towards the roomier side, so the first simplex stays inside the box.
      const step = 0.1 * (upper[i - 1] - lower[i - 1]);
      p[i - 1] += p[i - 1] + step <= upper[i - 1] ? step : -step;
    }
    clampInto(p);
    values[i] = evaluate(p);
  }

  // Move the point at `k` times (worst - centroid) from the centroid into `out`.
  const towards = (k: number, out: Float64Array, worst: number) => {
    const w = vertex(worst);
    for (let j = 0; j < n; j++) out[j] = centroid[j] + k * (w[j] - centroid[j]);
    clampInto(out);
  };

  for (;;) {
    // Order indices best to worst (insertion sort: n is 1-3); ties keep the lower index first.
    let best = 0;
    let worst = 0;
    let second = 0;
    for (let i = 1; i <= n; i++) {
      if (values[i] < values[best]) best = i;
      if (values[i] >= values[worst]) worst = i;
    }
    second = best;
    for (let i = 0; i <= n; i++) if (i !== worst && values[i] >= values[second]) second = i;
    if (evaluations >= maxEvaluations) break;
    if (Math.abs(values[worst] - values[best]) <= 1e-10 * (Math.abs(values[best]) + 1e-20)) break;

    centroid.fill(0);
    for (let i = 0; i <= n; i++) {
      if (i === worst) continue;
      for (let j = 0; j < n; j++) centroid[j] += points[i * n + j] / n;
    }
    const w = vertex(worst);
    towards(-1, trial, worst);
    const fr = evaluate(trial);
    if (fr < values[best]) {
      towards(-2, trial2, worst);
      const fe = evaluate(trial2);
      if (fe < fr) {
        w.set(trial2);
        values[worst] = fe;
      } else {
        w.set(trial);
        values[worst] = fr;
      }
    } else if (fr < values[second]) {
      w.set(trial);
      values[worst] = fr;
    } else {
      towards(fr < values[worst] ? -0.5 : 0.5, trial2, worst);
      const fc = evaluate(trial2);
      if (fc < Math.min(fr, values[worst])) {
        w.set(trial2);
        values[worst] = fc;
      } else {
        const b = vertex(best);
        for (let i = 0; i <= n; i++) {
          if (i === best) continue;
          const p = vertex(i);
          for (let j = 0; j < n; j++) p[j] = b[j] + 0.5 * (p[j] - b[j]);
          clampInto(p);
          values[i] = evaluate(p);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[best]) best = i;
  return { x: Array.from(vertex(best)), value: values[best] };
}
