import { NC_YEAR_MIN } from '../schema/common.js';
import type { CompiledScenario } from './compile-scenario.js';
import { CELLS, CAPPED, D, INDEPENDENT, LEFT, N, S, Y, cell } from './state-space.js';

/** What one year's step produced, besides the new state. Internal. */
export type StepFlows = {
  joinersByNeed: Float64Array;
  leaversByNeed: Float64Array;
  newIndependent: number;
  exits: number;
  /** Overflow from full capped settings into independent placements. */
  overflow: number;
  /** Children wanting a place in each capped setting (stayers and newcomers), by setting index. */
  demand: Float64Array;
  /** Places in each capped setting this year, by setting index; NaN where the setting is uncapped. */
  places: Float64Array;
  /** Places short in each capped setting, by setting and need: S x N. */
  shortfallByNeed: Float64Array;
};

/**
 * Moves the state one year on. A hot path (simulation runs it thousands of times), so it works on
 * flat typed arrays. Order of events: children in the top NC year leave; everyone else ages one
 * NC year and moves by the rule of (setting, need, new NC year); joiners arrive; a share of children
 * heading for a capped local setting goes independent regardless; children already in a capped
 * setting keep their place (ring-fenced places of their need first); newcomers share what is left,
 * ring-fenced places of their need first, then the general pool pro rata; the overflow goes to an
 * independent placement of the same need and NC year.
 *
 * @param k year offset of the new year from the base year (1 for the first step)
 * @example
 * const m = compileScenario(parseScenario(kent)); // kent: data/kent/scenario-2025.json
 * Math.round(stepYear(m, m.stock, 1).flows.newIndependent); // 129
 */
export function stepYear(m: CompiledScenario, prev: Float64Array, k: number): { next: Float64Array; flows: StepFlows } {
  const next = new Float64Array(CELLS);
  const stayers = new Float64Array(CELLS);
  const newcomers = new Float64Array(CELLS);
  const isCapped = new Uint8Array(S);
  for (const c of CAPPED) isCapped[c] = 1;
  const joinersByNeed = new Float64Array(N);
  const leaversByNeed = new Float64Array(N);
  let exits = 0;
  let stayIndependent = 0;

  for (let st = 0; st < S; st++) {
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        const count = prev[cell(st, n, y)];
        if (count === 0) continue;
        if (y >= m.maxNcYear) {
          leaversByNeed[n] += count;
          if (st === INDEPENDENT) exits += count;
          continue;
        }
        const at = cell(st, n, y + 1) * D;
        for (let d = 0; d < D; d++) {
          const p = m.moves[at + d];
          if (p === 0) continue;
          const amount = count * p;
          if (d === LEFT) {
            leaversByNeed[n] += amount;
            continue;
          }
          const target = cell(d, n, y + 1);
          if (isCapped[d]) (d === st ? stayers : newcomers)[target] += amount;
          else next[target] += amount;
        }
        if (st === INDEPENDENT) {
          const stay = count * m.moves[at + INDEPENDENT];
          stayIndependent += stay;
          exits += count - stay;
        }
      }
    }
  }

  const growth = (1 + m.joinerGrowth) ** k;
  for (let i = 0; i < CELLS; i++) {
    const j = m.joiners[i];
    if (j === 0) continue;
    const amount = j * growth;
    const st = Math.floor(i / (N * Y));
    joinersByNeed[Math.floor(i / Y) % N] += amount;
    if (isCapped[st]) newcomers[i] += amount;
    else next[i] += amount;
  }

  const demand = new Float64Array(S);
  const places = new Float64Array(S).fill(NaN);
  const shortfallByNeed = new Float64Array(S * N);
  let overflow = 0;
  for (const st of CAPPED) {
    // Parental preference and tribunals: a share of newcomers goes independent whatever the places.
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        const i = cell(st, n, y);
        const divert = newcomers[i] * m.independentRegardless;
        if (divert === 0) continue;
        newcomers[i] -= divert;
        next[cell(INDEPENDENT, n, y)] += divert;
      }
    }
    const stayByNeed = new Float64Array(N);
    const newByNeed = new Float64Array(N);
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        stayByNeed[n] += stayers[cell(st, n, y)];
        newByNeed[n] += newcomers[cell(st, n, y)];
      }
      demand[st] += stayByNeed[n] + newByNeed[n];
    }
    const admitted = new Float64Array(N).fill(1);
    const cap = m.caps[st];
    if (cap) {
      let general = cap.general[k];
      let ringTotal = 0;
      const ringLeft = new Float64Array(N);
      for (let n = 0; n < N; n++) {
        const ring = cap.ring[n][k];
        ringTotal += ring;
        general -= Math.max(0, stayByNeed[n] - ring);
        ringLeft[n] = Math.max(0, ring - stayByNeed[n]);
      }
      general = Math.max(0, general);
      places[st] = cap.general[k] + ringTotal;
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
        shortfallByNeed[st * N + n] = newByNeed[n] - taken;
      }
    }
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        const i = cell(st, n, y);
        const inPlace = newcomers[i] * admitted[n];
        next[i] += stayers[i] + inPlace;
        const out = newcomers[i] - inPlace;
        if (out > 0) {
          next[cell(INDEPENDENT, n, y)] += out;
          overflow += out;
        }
      }
    }
  }

  let independent = 0;
  for (let n = 0; n < N; n++)
    for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) independent += next[cell(INDEPENDENT, n, y)];
  return {
    next,
    flows: {
      joinersByNeed,
      leaversByNeed,
      newIndependent: independent - stayIndependent,
      exits,
      overflow,
      demand,
      places,
      shortfallByNeed,
    },
  };
}
