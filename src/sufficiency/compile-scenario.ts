import type { NeedCode } from '../needs.js';
import { NC_YEAR_MIN } from '../schema/common.js';
import { SCENARIO_DEFAULTS, type Scenario, type TransitionRule } from '../schema/scenario.js';
import { SETTINGS, type Setting } from '../schema/transition.js';
import { CELLS, D, LEFT, N, NEED_INDEX, S, SETTING_INDEX, SPECIAL, SRP, Y, cell } from './state-space.js';

/** A scenario turned into dense arrays: what one projection step reads. Internal. */
export type CompiledScenario = {
  baseYear: number;
  endYear: number;
  minNcYear: number;
  maxNcYear: number;
  stock: Float64Array; // CELLS
  /** Destination probabilities for a child of (setting, need) entering NC year y: CELLS x D. */
  moves: Float64Array;
  /** 1 for a cell (setting, need, NC year entered) that no transition rule covers: its children stay. */
  unruled: Uint8Array;
  /** Base-year joiners of count entries by (setting, need, NC year): CELLS. */
  joiners: Float64Array;
  /** Joiners a year per child of the population, by (setting, need, NC year), from rate entries: CELLS. */
  perHead: Float64Array;
  /** Population by year offset and NC year (offset x Y), 0 where no rate entry needs it. */
  population: Float64Array;
  joinerGrowth: number;
  /** Share of the year before's joiner growth each projected year keeps (1: compounded every year). */
  joinerGrowthDamping: number;
  independentRegardless: number;
  /** Per capped setting (srp, maintained-special): places by year offset, general pool and ring-fenced by need. */
  caps: Array<{ setting: number; general: Float64Array; ring: Float64Array[] } | null>;
  fee: Float64Array; // S
  transport: Float64Array; // S
  feeUplift: number;
  /** Needs that appear in the stock or joiners, as indices in DfE order. */
  needs: number[];
};

/**
 * Relative weights as shares of their total, weights of 0 left out.
 *
 * @example
 * normalised({ ASD: 3, SEMH: 1, HI: 0 }); // [['ASD', 0.75], ['SEMH', 0.25]]
 */
export function normalised(weights: Partial<Record<string, number>>): Array<[string, number]> {
  const entries = Object.entries(weights).filter((e): e is [string, number] => (e[1] ?? 0) > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return entries.map(([k, w]) => [k, w / total]);
}

/**
 * NC-year weights scaled to a mean of 1 over the entry's years: a rate entry's rate is their mean.
 *
 * @example
 * relativeToMean({ '7': 3, '8': 1 }); // [['7', 1.5], ['8', 0.5]]
 */
export function relativeToMean(weights: Record<string, number>): Array<[string, number]> {
  const shares = normalised(weights);
  return shares.map(([k, w]) => [k, w * shares.length]);
}

/** How specific a rule is; the highest wins, later rules win ties. */
function specificity(rule: TransitionRule): number {
  return (rule.need ? 1000 : 0) + (100 - (rule.ncYears[1] - rule.ncYears[0]));
}

/** Adds `count` spread over needs and NC years by their shares to one setting's cells of `target`. */
function spread(
  target: Float64Array,
  setting: number,
  count: number,
  needs: Array<[string, number]>,
  years: Array<[string, number]>,
): void {
  for (const [need, wn] of needs) {
    const n = NEED_INDEX[need as NeedCode];
    for (const [year, wy] of years) target[cell(setting, n, Number(year))] += count * wn * wy;
  }
}

function compileStock(s: Scenario): Float64Array {
  const stock = new Float64Array(CELLS);
  for (const e of s.stock) spread(stock, SETTING_INDEX[e.setting], e.count, normalised(e.needs), normalised(e.ncYears));
  return stock;
}

/** Count entries into base-year joiners, rate entries into joiners per head; both by cell. */
function compileJoiners(s: Scenario): { joiners: Float64Array; perHead: Float64Array } {
  const joiners = new Float64Array(CELLS);
  const perHead = new Float64Array(CELLS);
  for (const e of s.joiners.entries) {
    const perChild = e.rate !== undefined;
    const target = perChild ? perHead : joiners;
    const amount = perChild ? (e.rate as number) : (e.count ?? 0);
    const years = perChild ? relativeToMean(e.ncYears) : normalised(e.ncYears);
    const needs = normalised(e.needs);
    for (const [setting, ws] of normalised(e.settings))
      spread(target, SETTING_INDEX[setting as Setting], amount * ws, needs, years);
  }
  return { joiners, perHead };
}

/** The population of each projected year and NC year that a rate entry applies to. */
function compilePopulation(s: Scenario, perHead: Float64Array): Float64Array {
  const years = s.endYear - s.baseYear + 1;
  const population = new Float64Array(years * Y);
  if (!s.population) return population;
  const needed = new Uint8Array(Y);
  for (let i = 0; i < CELLS; i++) if (perHead[i] > 0) needed[i % Y] = 1;
  for (const r of s.population.records) {
    const k = r.calendarYear - s.baseYear;
    const y = r.ncYear - NC_YEAR_MIN;
    if (k >= 0 && k < years && needed[y]) population[k * Y + y] = r.count;
  }
  return population;
}

/**
 * Resolves the winning rule once per cell, so a step never searches rules: each setting's rules,
 * most specific first, each with its probabilities normalised once.
 */
function compileMoves(s: Scenario): { moves: Float64Array; unruled: Uint8Array } {
  const compiled = s.transitions
    .map((r, i) => {
      const p = new Float64Array(D);
      for (const [dest, w] of normalised(r.to)) p[dest === 'left' ? LEFT : SETTING_INDEX[dest as Setting]] = w;
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
  const unruled = new Uint8Array(CELLS);
  for (let st = 0; st < S; st++) {
    const rules = compiled.filter((r) => r.from === st);
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        const at = cell(st, n, y) * D;
        const winner = rules.find((r) => (r.need < 0 || r.need === n) && y >= r.lo && y <= r.hi);
        if (winner) moves.set(winner.p, at);
        else {
          moves[at + st] = 1;
          unruled[at / D] = 1;
        }
      }
    }
  }
  return { moves, unruled };
}

function compileCaps(s: Scenario, capacityUntil: number): CompiledScenario['caps'] {
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
  return caps;
}

function compileCosts(s: Scenario): { fee: Float64Array; transport: Float64Array } {
  const fee = new Float64Array(S);
  const transport = new Float64Array(S);
  for (const [setting, c] of Object.entries(s.costs.bySetting)) {
    if (!c) continue;
    fee[SETTING_INDEX[setting as Setting]] = c.annualFeeGbp.value;
    transport[SETTING_INDEX[setting as Setting]] = c.annualTransportGbp.value;
  }
  return { fee, transport };
}

/** Needs in the stock or joiners, as indices in DfE order. */
function presentNeeds(s: Scenario): number[] {
  const present = new Set<number>();
  for (const e of [...s.stock, ...s.joiners.entries])
    for (const [need] of normalised(e.needs)) present.add(NEED_INDEX[need as NeedCode]);
  return [...present].sort((a, b) => a - b);
}

/**
 * Compiles a validated scenario. `capacityUntil` drops capacity additions after that year (the
 * counterfactual uses the base year).
 *
 * @example
 * const m = compileScenario(parseScenario(kent)); // kent: data/kent/scenario-2025.json
 * m.stock.reduce((t, x) => t + x, 0); // 18122: every child of the base-year census
 */
export function compileScenario(s: Scenario, capacityUntil = Number.POSITIVE_INFINITY): CompiledScenario {
  const { joiners, perHead } = compileJoiners(s);
  const { fee, transport } = compileCosts(s);
  return {
    baseYear: s.baseYear,
    endYear: s.endYear,
    minNcYear: s.minNcYear,
    maxNcYear: s.maxNcYear,
    stock: compileStock(s),
    ...compileMoves(s),
    joiners,
    perHead,
    population: compilePopulation(s, perHead),
    joinerGrowth: s.joiners.growthRate.value,
    joinerGrowthDamping: s.joiners.growthDamping?.value ?? SCENARIO_DEFAULTS.growthDamping,
    independentRegardless: s.independentRegardless.value,
    caps: compileCaps(s, capacityUntil),
    fee,
    transport,
    feeUplift: s.costs.feeUpliftRate.value,
    needs: presentNeeds(s),
  };
}
