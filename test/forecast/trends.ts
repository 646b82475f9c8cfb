// Known trends the models must recover, shared by the model tests.

/** y = 5 + 2t for t = 0..n-1, and its next h values. */
export function linear(n: number, h = 0): number[] {
  return Array.from({ length: n + h }, (_, t) => 5 + 2 * t);
}

/** 100 · 1.08^t: steady 8% growth a year. */
export function exponential(n: number, h = 0): number[] {
  return Array.from({ length: n + h }, (_, t) => 100 * 1.08 ** t);
}

/** A damped trend: the yearly increase starts at 10 and shrinks by 15% a year. */
export function dampedTrend(n: number, h = 0): number[] {
  const out: number[] = [];
  let y = 50;
  let step = 10;
  for (let t = 0; t < n + h; t++) {
    out.push(y);
    step *= 0.85;
    y += step;
  }
  return out;
}

/** Forecast h steps with a model fitted on the first n values of `series(n + h)`, next to the truth. */
export function holdOut(series: (n: number, h: number) => number[], n: number, h: number) {
  const all = series(n, h);
  return { train: all.slice(0, n), future: all.slice(n) };
}
