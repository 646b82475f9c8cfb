import { NC_YEAR_MIN } from '../schema/common.js';
import type { CompiledScenario } from './compile-scenario.js';
import { CAPPED, INDEPENDENT, N, S, Y, cell } from './state-space.js';
import type { StepWork } from './step-year.js';

/** What admission to the capped settings produced in a year. Internal. */
export type Admission = {
  overflow: number;
  demand: Float64Array;
  places: Float64Array;
  shortfallByNeed: Float64Array;
};

/** Parental preference and tribunals: a share of newcomers to a capped setting goes independent whatever the places. */
function divertRegardless(m: CompiledScenario, st: number, w: StepWork): void {
  for (let n = 0; n < N; n++) {
    for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
      const i = cell(st, n, y);
      const divert = w.newcomers[i] * m.independentRegardless;
      if (divert === 0) continue;
      w.newcomers[i] -= divert;
      w.next[cell(INDEPENDENT, n, y)] += divert;
    }
  }
}

/**
 * The share of each need's newcomers a capped setting admits: stayers keep their places
 * (ring-fenced places of their need first), newcomers take the ring-fenced places of their need
 * left, then share the general pool pro rata. Fills the shortfall by need of the setting.
 */
function admittedShares(
  cap: NonNullable<CompiledScenario['caps'][number]>,
  k: number,
  stayByNeed: Float64Array,
  newByNeed: Float64Array,
  shortfall: Float64Array,
): Float64Array {
  const admitted = new Float64Array(N).fill(1);
  let general = cap.general[k];
  const ringLeft = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    const ring = cap.ring[n][k];
    general -= Math.max(0, stayByNeed[n] - ring);
    ringLeft[n] = Math.max(0, ring - stayByNeed[n]);
  }
  general = Math.max(0, general);
  const inRing = new Float64Array(N);
  let wantGeneral = 0;
  for (let n = 0; n < N; n++) {
    inRing[n] = Math.min(newByNeed[n], ringLeft[n]);
    wantGeneral += newByNeed[n] - inRing[n];
  }
  const share = wantGeneral <= general ? 1 : general / wantGeneral;
  for (let n = 0; n < N; n++) {
    if (newByNeed[n] === 0) continue;
    const taken = inRing[n] + (newByNeed[n] - inRing[n]) * share;
    admitted[n] = taken / newByNeed[n];
    shortfall[cap.setting * N + n] = newByNeed[n] - taken;
  }
  return admitted;
}

/**
 * Places stayers and admitted newcomers in the setting; the rest go to an independent placement of
 * the same need and NC year. Returns how many went independent.
 */
function place(st: number, admitted: Float64Array, w: StepWork): number {
  let overflow = 0;
  for (let n = 0; n < N; n++) {
    for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
      const i = cell(st, n, y);
      const inPlace = w.newcomers[i] * admitted[n];
      w.next[i] += w.stayers[i] + inPlace;
      const out = w.newcomers[i] - inPlace;
      if (out > 0) {
        w.next[cell(INDEPENDENT, n, y)] += out;
        overflow += out;
      }
    }
  }
  return overflow;
}

/**
 * Admits children to each capped local setting (SRP first, then maintained special) for year offset
 * k: a share of newcomers goes independent regardless; children already there keep their place;
 * newcomers share what is left (see admittedShares); the overflow goes to an independent placement.
 * Part of stepYear's hot path.
 *
 * @example
 * // inside stepYear, after ageing, moves and joiners:
 * const { overflow } = admitToCapped(m, 1, work); // children turned away from full SRP and special places
 */
export function admitToCapped(m: CompiledScenario, k: number, w: StepWork): Admission {
  const demand = new Float64Array(S);
  const places = new Float64Array(S).fill(Number.NaN);
  const shortfallByNeed = new Float64Array(S * N);
  let overflow = 0;
  for (const st of CAPPED) {
    divertRegardless(m, st, w);
    const stayByNeed = new Float64Array(N);
    const newByNeed = new Float64Array(N);
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        stayByNeed[n] += w.stayers[cell(st, n, y)];
        newByNeed[n] += w.newcomers[cell(st, n, y)];
      }
      demand[st] += stayByNeed[n] + newByNeed[n];
    }
    const cap = m.caps[st];
    let admitted: Float64Array = new Float64Array(N).fill(1);
    if (cap) {
      places[st] = cap.general[k] + cap.ring.reduce((t, r) => t + r[k], 0);
      admitted = admittedShares(cap, k, stayByNeed, newByNeed, shortfallByNeed);
    }
    overflow += place(st, admitted, w);
  }
  return { overflow, demand, places, shortfallByNeed };
}
