import { nelderMead } from '../nelder-mead.js';
import { fittedFrom, type Fitted } from '../model.js';

/** Bounds of the smoothing parameters, as in R's `ets` (beta is also kept at most alpha there). */
const ALPHA = [0.05, 0.9999] as const;
const BETA = [0.0001, 0.9999] as const;

/**
 * Fits exponential smoothing with an additive trend (Holt, 1957) and optional damping
 * (Gardner and McKenzie, 1985): level and trend updated every year, the trend multiplied by phi per
 * step ahead. Alpha and beta (and phi when `phiRange` is given) minimise the in-sample sum of squared
 * one-step errors by Nelder–Mead. The starting level and trend come from a straight line through the
 * first (up to) five values, so the first error already counts.
 *
 * @param values the series (at least 2 values)
 * @param phiRange fixed phi = 1 (Holt) when omitted, otherwise the [min, max] phi may take
 * @example
 * fitTrendSmoothing([1, 2, 3, 4, 5]).predict(2).map((v) => +v.toFixed(6)); // [6, 7]
 */
export function fitTrendSmoothing(values: readonly number[], phiRange?: readonly [number, number]): Fitted {
  const start = startingState(values);
  const cost = (p: Float64Array) => run(values, p[0], Math.min(p[1], p[0]), phiRange ? p[2] : 1, start, null);
  const lower = [ALPHA[0], BETA[0], ...(phiRange ? [phiRange[0]] : [])];
  const upper = [ALPHA[1], BETA[1], ...(phiRange ? [phiRange[1]] : [])];
  const init = [0.5, 0.1, ...(phiRange ? [(phiRange[0] + phiRange[1]) / 2] : [])];
  const { x } = nelderMead(cost, init, lower, upper, phiRange ? 150 : 100);
  const alpha = x[0];
  const beta = Math.min(x[1], alpha);
  const phi = phiRange ? x[2] : 1;
  const oneStep = new Array<number>(values.length);
  const state = { level: 0, trend: 0 };
  run(values, alpha, beta, phi, start, oneStep, state);
  return fittedFrom(values, oneStep, (h) => {
    const out = new Array<number>(h);
    let damp = 0;
    let power = 1;
    for (let i = 0; i < h; i++) {
      power *= phi;
      damp += power;
      out[i] = state.level + damp * state.trend;
    }
    return out;
  });
}

function startingState(values: readonly number[]): { level: number; trend: number } {
  const m = Math.min(values.length, 5);
  // Least-squares line through the first m points, at t = 1..m; the state is its value at t = 0.
  let sx = 0;
  let sy = 0;
  let sxy = 0;
  let sxx = 0;
  for (let t = 1; t <= m; t++) {
    sx += t;
    sy += values[t - 1];
    sxy += t * values[t - 1];
    sxx += t * t;
  }
  const trend = (m * sxy - sx * sy) / (m * sxx - sx * sx);
  return { level: sy / m - (trend * sx) / m, trend };
}

function run(
  values: readonly number[],
  alpha: number,
  beta: number,
  phi: number,
  start: { level: number; trend: number },
  oneStep: number[] | null,
  out?: { level: number; trend: number },
): number {
  let level = start.level;
  let trend = start.trend;
  let sum = 0;
  for (let t = 0; t < values.length; t++) {
    const forecast = level + phi * trend;
    const e = values[t] - forecast;
    if (oneStep) oneStep[t] = forecast;
    sum += e * e;
    const newLevel = forecast + alpha * e;
    trend = phi * trend + alpha * beta * e;
    level = newLevel;
  }
  if (out) {
    out.level = level;
    out.trend = trend;
  }
  return sum;
}
