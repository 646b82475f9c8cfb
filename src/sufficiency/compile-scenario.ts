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
 *
 * @example
 * const m = compileScenario(parseScenario(kent)); // kent: data/kent/scenario-2025.json
 * m.stock.reduce((t, x) => t + x, 0); // 18122: every child of the base-year census
 */
export function compileScenario(s: Scenario, capacityUntil = Infinity): CompiledScenario {
  const stock = new Float64Array(CELLS);
  const present = new Set<number>();
  const spread = (
    target: Float64Array,
    setting: number,
    count: number,
    needs: Array<[string, number]>,
    years: Array<[string, number]>,
  ) => {
    for (const [need, wn] of needs) {
      const n = NEED_INDEX[need as keyof typeof NEED_INDEX];
      present.add(n);
      for (const [year, wy] of years) target[cell(setting, n, Number(year))] += count * wn * wy;
    }
  };
  for (const e of s.stock) spread(stock, SETTING_INDEX[e.setting], e.count, normalised(e.needs), normalised(e.ncYears));
  const joiners = new Float64Array(CELLS);
  for (const e of s.joiners.entries) {
    const needs = normalised(e.needs);
    const years = normalised(e.ncYears);
    for (const [setting, ws] of normalised(e.settings))
      spread(joiners, SETTING_INDEX[setting as keyof typeof SETTING_INDEX], e.count * ws, needs, years);
  }

  // Resolve the winning rule once per cell, so a step never searches rules: each setting's rules,
  // most specific first, each with its probabilities normalised once.
  const compiled = s.transitions
    .map((r, i) => {
      const p = new Float64Array(D);
      for (const [dest, w] of normalised(r.to))
        p[dest === 'left' ? LEFT : SETTING_INDEX[dest as keyof typeof SETTING_INDEX]] = w;
      return {
        from: SETTING_INDEX[r.from],
        need: r.need ? NEED_INDEX[r.need] : -1,
        lo: r.ncYears[0],
        hi: r.ncYears[1],
        p,
        rank: specificity(r),
        i,
      };
    })
    .sort((a, b) => b.rank - a.rank || b.i - a.i);
  const moves = new Float64Array(CELLS * D);
  for (let st = 0; st < S; st++) {
    const rules = compiled.filter((r) => r.from === st);
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        const at = cell(st, n, y) * D;
        const winner = rules.find((r) => (r.need < 0 || r.need === n) && y >= r.lo && y <= r.hi);
        if (winner) moves.set(winner.p, at);
        else moves[at + st] = 1;
      }
    }
  }

  const years = s.endYear - s.baseYear + 1;
  const caps: CompiledScenario['caps'] = SETTINGS.map(() => null);
  for (const [name, index] of [
    ['srp', SRP],
    ['maintained-special', SPECIAL],
  ] as const) {
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
