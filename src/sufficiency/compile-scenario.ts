import { NEED_CODES } from '../needs.js';
import { NC_YEAR_MIN } from '../schema/common.js';
import type { Scenario, TransitionRule } from '../schema/scenario.js';
import { SETTINGS } from '../schema/transition.js';
import { CELLS, D, LEFT, N, NEED_INDEX, S, SETTING_INDEX, SPECIAL, SRP, Y, cell } from './state-space.js';

/** A scenario turned into dense arrays: what one projection step reads. Internal. */
export type CompiledScenario = {
  baseYear: number;
  endYear: number;
  maxNcYear: number;
  stock: Float64Array; // CELLS
  /** Destination probabilities for a child of (setting, need) entering NC year y: CELLS x D. */
  moves: Float64Array;
  /** Base-year joiners by (setting, need, NC year): CELLS. */
  joiners: Float64Array;
  joinerGrowth: number;
  independentRegardless: number;
  /** Per capped setting (srp, maintained-special): places by year offset, general pool and ring-fenced by need. */
  caps: Array<{ setting: number; general: Float64Array; ring: Float64Array[] } | null>;
  fee: Float64Array; // S
  transport: Float64Array; // S
  feeUplift: number;
  /** Needs that appear in the stock or joiners, as indices in DfE order. */
  needs: number[];
};

function normalised(weights: Partial<Record<string, number>>): Array<[string, number]> {
  const entries = Object.entries(weights).filter((e): e is [string, number] => (e[1] ?? 0) > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return entries.map(([k, w]) => [k, w / total]);
}

/** How specific a rule is; the highest wins, later rules win ties. */
function specificity(rule: TransitionRule): number {
  return (rule.need ? 1000 : 0) + (100 - (rule.ncYears[1] - rule.ncYears[0]));
}

/**
 * Compiles a validated scenario. `capacityUntil` drops capacity additions after that year (the
 * counterfactual uses the base year).
 */
export function compileScenario(s: Scenario, capacityUntil = Infinity): CompiledScenario {
  const stock = new Float64Array(CELLS);
  const present = new Set<number>();
  for (const e of s.stock) {
    const st = SETTING_INDEX[e.setting];
    for (const [need, wn] of normalised(e.needs)) {
      present.add(NEED_INDEX[need as keyof typeof NEED_INDEX]);
      for (const [year, wy] of normalised(e.ncYears)) stock[cell(st, NEED_INDEX[need as keyof typeof NEED_INDEX], Number(year))] += e.count * wn * wy;
    }
  }
  const joiners = new Float64Array(CELLS);
  for (const e of s.joiners.entries) {
    for (const [setting, ws] of normalised(e.settings)) {
      for (const [need, wn] of normalised(e.needs)) {
        present.add(NEED_INDEX[need as keyof typeof NEED_INDEX]);
        for (const [year, wy] of normalised(e.ncYears)) {
          joiners[cell(SETTING_INDEX[setting as keyof typeof SETTING_INDEX], NEED_INDEX[need as keyof typeof NEED_INDEX], Number(year))] += e.count * ws * wn * wy;
        }
      }
    }
  }

  // Resolve the winning rule once per cell, so a step never searches rules.
  const order = s.transitions.map((r, i) => ({ r, i })).sort((a, b) => specificity(a.r) - specificity(b.r) || a.i - b.i);
  const moves = new Float64Array(CELLS * D);
  for (let st = 0; st < S; st++) {
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        const at = cell(st, n, y) * D;
        let winner: TransitionRule | undefined;
        for (const { r } of order) {
          if (SETTING_INDEX[r.from] === st && (!r.need || NEED_INDEX[r.need] === n) && y >= r.ncYears[0] && y <= r.ncYears[1]) winner = r;
        }
        if (!winner) {
          moves[at + st] = 1;
          continue;
        }
        for (const [dest, p] of normalised(winner.to)) moves[at + (dest === 'left' ? LEFT : SETTING_INDEX[dest as keyof typeof SETTING_INDEX])] = p;
      }
    }
  }

  const years = s.endYear - s.baseYear + 1;
  const caps: CompiledScenario['caps'] = SETTINGS.map(() => null);
  for (const [name, index] of [['srp', SRP], ['maintained-special', SPECIAL]] as const) {
    const plan = s.capacity[name];
    if (!plan) continue;
    const general = new Float64Array(years).fill(plan.base.value);
    const ring = Array.from({ length: N }, () => new Float64Array(years));
    for (const a of plan.additions) {
      if (a.year > capacityUntil) continue;
      for (let k = Math.max(0, a.year - s.baseYear); k < years; k++) {
        if (a.need) ring[NEED_INDEX[a.need]][k] += a.places;
        else general[k] += a.places;
      }
    }
    caps[index] = { setting: index, general, ring };
  }

  const fee = new Float64Array(S);
  const transport = new Float64Array(S);
  for (const [setting, c] of Object.entries(s.costs.bySetting)) {
    if (!c) continue;
    fee[SETTING_INDEX[setting as keyof typeof SETTING_INDEX]] = c.annualFeeGbp.value;
    transport[SETTING_INDEX[setting as keyof typeof SETTING_INDEX]] = c.annualTransportGbp.value;
  }

  return {
    baseYear: s.baseYear,
    endYear: s.endYear,
    maxNcYear: s.maxNcYear,
    stock,
    moves,
    joiners,
    joinerGrowth: s.joiners.growthRate.value,
    independentRegardless: s.independentRegardless.value,
    caps,
    fee,
    transport,
    feeUplift: s.costs.feeUpliftRate.value,
    needs: [...present].sort((a, b) => a - b).filter((n) => n < NEED_CODES.length),
  };
}

