import { NC_YEAR_MIN } from '../schema/common.js';
import { admitToCapped } from './admit-to-capped.js';
import type { CompiledScenario } from './compile-scenario.js';
import { dampedGrowth } from './damped-growth.js';
import { CAPPED, CELLS, D, INDEPENDENT, LEFT, N, S, Y } from './state-space.js';

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
 * A step in progress: children already placed for the new year (`next`), and those heading for a
 * capped setting, who either keep their place there (`stayers`) or wait for what is left
 * (`newcomers`). Internal.
 */
export type StepWork = {
  next: Float64Array;
  stayers: Float64Array;
  newcomers: Float64Array;
  joinersByNeed: Float64Array;
  leaversByNeed: Float64Array;
  exits: number;
  /** Children in an independent placement last year who stay in one. */
  stayIndependent: number;
};

const IS_CAPPED = new Uint8Array(S);
for (const c of CAPPED) IS_CAPPED[c] = 1;

/**
 * Children in the top NC year leave; everyone else ages one NC year and moves by the rule of
 * (setting, need, NC year entered). Cells run NC year fastest, so a child in cell i enters NC year
 * cell i + 1 of its own setting, or the same NC year slot of another setting.
 */
function ageAndMove(m: CompiledScenario, prev: Float64Array, w: StepWork): void {
  const topSlot = m.maxNcYear - NC_YEAR_MIN;
  for (let i = 0; i < CELLS; i++) {
    const count = prev[i];
    if (count === 0) continue;
    const st = Math.floor(i / (N * Y));
    const n = Math.floor(i / Y) % N;
    const slot = i % Y;
    if (slot >= topSlot) {
      w.leaversByNeed[n] += count;
      if (st === INDEPENDENT) w.exits += count;
      continue;
    }
    const at = (i + 1) * D;
    for (let d = 0; d < D; d++) {
      const p = m.moves[at + d];
      if (p === 0) continue;
      const amount = count * p;
      if (d === LEFT) {
        w.leaversByNeed[n] += amount;
        continue;
      }
      const target = (d * N + n) * Y + slot + 1;
      if (IS_CAPPED[d]) (d === st ? w.stayers : w.newcomers)[target] += amount;
      else w.next[target] += amount;
    }
    if (st === INDEPENDENT) {
      const stay = count * m.moves[at + INDEPENDENT];
      w.stayIndependent += stay;
      w.exits += count - stay;
    }
  }
}

/**
 * Joiners of year offset k arrive: count entries grown by the joiner growth rate (damped as the
 * scenario says), rate entries as their rate (grown the same way) times that year's population of
 * the NC year.
 */
function addJoiners(m: CompiledScenario, k: number, w: StepWork): void {
  const growth = dampedGrowth(m.joinerGrowth, m.joinerGrowthDamping, k);
  const population = k * Y;
  for (let i = 0; i < CELLS; i++) {
    const j = m.joiners[i] + m.perHead[i] * m.population[population + (i % Y)];
    if (j === 0) continue;
    const amount = j * growth;
    w.joinersByNeed[Math.floor(i / Y) % N] += amount;
    if (IS_CAPPED[Math.floor(i / (N * Y))]) w.newcomers[i] += amount;
    else w.next[i] += amount;
  }
}

function independentTotal(state: Float64Array): number {
  let total = 0;
  for (let i = INDEPENDENT * N * Y, end = i + N * Y; i < end; i++) total += state[i];
  return total;
}

/**
 * Moves the state one year on. A hot path (simulation runs it thousands of times), so it works on
 * flat typed arrays. Order of events: children in the top NC year leave; everyone else ages one
 * NC year and moves by the rule of (setting, need, new NC year); joiners arrive; then the capped
 * settings admit (see admitToCapped: a share goes independent regardless, stayers keep their place,
 * newcomers share what is left, the overflow goes independent).
 *
 * @param k year offset of the new year from the base year (1 for the first step)
 * @example
 * const m = compileScenario(parseScenario(kent)); // kent: data/kent/scenario-2025.json
 * Math.round(stepYear(m, m.stock, 1).flows.newIndependent); // 129
 */
export function stepYear(m: CompiledScenario, prev: Float64Array, k: number): { next: Float64Array; flows: StepFlows } {
  const w: StepWork = {
    next: new Float64Array(CELLS),
    stayers: new Float64Array(CELLS),
    newcomers: new Float64Array(CELLS),
    joinersByNeed: new Float64Array(N),
    leaversByNeed: new Float64Array(N),
    exits: 0,
    stayIndependent: 0,
  };
  ageAndMove(m, prev, w);
  addJoiners(m, k, w);
  const capped = admitToCapped(m, k, w);
  return {
    next: w.next,
    flows: {
      joinersByNeed: w.joinersByNeed,
      leaversByNeed: w.leaversByNeed,
      newIndependent: independentTotal(w.next) - w.stayIndependent,
      exits: w.exits,
      ...capped,
    },
  };
}
