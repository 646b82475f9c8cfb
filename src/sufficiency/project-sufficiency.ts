import type { Loose } from '../schema/loose.js';
import { NEED_CODES } from '../needs.js';
import { NC_YEAR_MIN } from '../schema/common.js';
import { type Scenario, type ScenarioInput, parseScenario } from '../schema/scenario.js';
import { SETTINGS, type Setting } from '../schema/transition.js';
import { type CompiledScenario, compileScenario } from './compile-scenario.js';
import { DEFAULT_SUFFICIENCY } from './defaults.js';
import { INDEPENDENT, N, S, SPECIAL, SRP, Y } from './state-space.js';
import { type StepFlows, stepYear } from './step-year.js';
import { unruledCells } from './unruled-cells.js';

/** One year of a projection. Counts are expected values (fractions kept); money is GBP a year. */
export type SufficiencyRow = {
  year: number;
  /** Children with an EHCP in any setting. */
  total: number;
  /** New EHCPs this year (0 in the base year, which is the census as given). */
  joiners: number;
  /** EHCPs that ended this year (top NC year reached, or left). */
  leavers: number;
  independentPlacements: number;
  /** Children in an independent placement this year who were not last year. */
  newIndependent: number;
  /** Children in an independent placement last year who are not this year. */
  exits: number;
  /** Newcomers to SRP or maintained-special places who went independent because those were full. */
  overflowToIndependent: number;
  /** SRP places this year; null when the scenario puts no cap on SRP. */
  srpPlaces: number | null;
  /** Children wanting an SRP place: those keeping one and newcomers. */
  srpDemand: number;
  /** SRP demand above places, 0 when there is room. */
  srpShortfall: number;
  specialPlaces: number | null;
  specialDemand: number;
  specialShortfall: number;
  /** Fees (uplifted each year from the base year) plus transport, every setting. */
  spend: number;
  spendBySetting: Record<Setting, number>;
  bySetting: Record<Setting, number>;
  /**
   * By need (needs present in the scenario): stock by setting, joiners, leavers, and newcomers turned away from SRP.
   */
  byNeed: Record<
    string,
    { total: number; joiners: number; leavers: number; srpTurnedAway: number; bySetting: Record<Setting, number> }
  >;
  /** By NC year, from the scenario's minNcYear to its maxNcYear: stock by setting. */
  byNcYear: Record<string, Record<Setting, number>>;
  /** Spend saved against the counterfactual, summed from the base year to this one (0 in the counterfactual). */
  cumulativeSaving: number;
};

/** A projection and its counterfactual (the same scenario with no capacity added after the base year). */
export type SufficiencyProjection = {
  scenario: string;
  baseYear: number;
  endYear: number;
  rows: SufficiencyRow[];
  counterfactual: SufficiencyRow[];
  /** The headline: first and last year's independent placements, with and without the plan, and the total saving. */
  summary: {
    independentFirst: number;
    independentLast: number;
    counterfactualLast: number;
    extraSpendWithoutPlan: number;
  };
  /**
   * What the projection may do other than the scenario means: capacity added outside its years
   * (uncountedAdditions), and years children reach that no transition rule covers, where they stay
   * put (unruledCells). Empty for a scenario that uses all it says and covers every child.
   */
  warnings: string[];
};

const round = (x: number) => {
  const f = 10 ** DEFAULT_SUFFICIENCY.decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no -0 in outputs
};

function bySettingOf(values: (setting: number) => number): Record<Setting, number> {
  return Object.fromEntries(SETTINGS.map((s, i) => [s, round(values(i))])) as Record<Setting, number>;
}

/** Children in one setting: its cells are contiguous in the state array. */
function settingTotal(state: Float64Array, setting: number): number {
  let total = 0;
  for (let i = setting * N * Y, end = i + N * Y; i < end; i++) total += state[i];
  return total;
}

function spendOf(m: CompiledScenario, state: Float64Array, k: number): Float64Array {
  const uplift = (1 + m.feeUplift) ** k;
  const out = new Float64Array(S);
  for (let st = 0; st < S; st++) out[st] = settingTotal(state, st) * (m.fee[st] * uplift + m.transport[st]);
  return out;
}

function baseFlows(m: CompiledScenario, state: Float64Array): StepFlows {
  const demand = new Float64Array(S);
  const places = new Float64Array(S).fill(NaN);
  for (const st of [SRP, SPECIAL]) {
    demand[st] = settingTotal(state, st);
    const cap = m.caps[st];
    if (cap) places[st] = cap.general[0] + cap.ring.reduce((t, r) => t + r[0], 0);
  }
  return {
    joinersByNeed: new Float64Array(N),
    leaversByNeed: new Float64Array(N),
    newIndependent: 0,
    exits: 0,
    overflow: 0,
    demand,
    places,
    shortfallByNeed: new Float64Array(S * N),
  };
}

function rowOf(m: CompiledScenario, year: number, state: Float64Array, f: StepFlows): SufficiencyRow {
  const k = year - m.baseYear;
  const spend = spendOf(m, state, k);
  // One pass over the state for every breakdown.
  const needSetting = new Float64Array(N * S);
  const yearSetting = new Float64Array(Y * S);
  for (let st = 0; st < S; st++) {
    for (let n = 0; n < N; n++) {
      for (let y = 0; y < Y; y++) {
        const v = state[(st * N + n) * Y + y];
        needSetting[n * S + st] += v;
        yearSetting[y * S + st] += v;
      }
    }
  }
  const settingTotals = Array.from({ length: S }, (_, st) => settingTotal(state, st));
  const placesOf = (st: number) => (Number.isNaN(f.places[st]) ? null : round(f.places[st]));
  const shortfallOf = (st: number) =>
    Number.isNaN(f.places[st]) ? 0 : round(Math.max(0, f.demand[st] - f.places[st]));
  const byNeed: SufficiencyRow['byNeed'] = {};
  for (const n of m.needs) {
    let total = 0;
    for (let st = 0; st < S; st++) total += needSetting[n * S + st];
    byNeed[NEED_CODES[n]] = {
      total: round(total),
      joiners: round(f.joinersByNeed[n]),
      leavers: round(f.leaversByNeed[n]),
      srpTurnedAway: round(f.shortfallByNeed[SRP * N + n]),
      bySetting: bySettingOf((st) => needSetting[n * S + st]),
    };
  }
  const byNcYear: SufficiencyRow['byNcYear'] = {};
  for (let y = m.minNcYear; y <= m.maxNcYear; y++)
    byNcYear[String(y)] = bySettingOf((st) => yearSetting[(y - NC_YEAR_MIN) * S + st]);
  return {
    year,
    total: round(settingTotals.reduce((t, x) => t + x, 0)),
    joiners: round(f.joinersByNeed.reduce((t, x) => t + x, 0)),
    leavers: round(f.leaversByNeed.reduce((t, x) => t + x, 0)),
    independentPlacements: round(settingTotals[INDEPENDENT]),
    newIndependent: round(f.newIndependent),
    exits: round(f.exits),
    overflowToIndependent: round(f.overflow),
    srpPlaces: placesOf(SRP),
    srpDemand: round(f.demand[SRP]),
    srpShortfall: shortfallOf(SRP),
    specialPlaces: placesOf(SPECIAL),
    specialDemand: round(f.demand[SPECIAL]),
    specialShortfall: shortfallOf(SPECIAL),
    spend: round(spend.reduce((t, x) => t + x, 0)),
    spendBySetting: bySettingOf((st) => spend[st]),
    bySetting: bySettingOf((st) => settingTotals[st]),
    byNeed,
    byNcYear,
    cumulativeSaving: 0,
  };
}

/**
 * Runs a compiled scenario from the base year to the end year. Internal: the public door is projectSufficiency.
 *
 * @example
 * runRows(compileScenario(parseScenario(kent))).length; // 6 (2025-2030)
 */
export function runRows(m: CompiledScenario): SufficiencyRow[] {
  let state = m.stock;
  const rows = [rowOf(m, m.baseYear, state, baseFlows(m, state))];
  for (let year = m.baseYear + 1; year <= m.endYear; year++) {
    const { next, flows } = stepYear(m, state, year - m.baseYear);
    state = next;
    rows.push(rowOf(m, year, state, flows));
  }
  return rows;
}

/**
 * Independent placements and spend per year, without the breakdowns: the fast path simulation and
 * sensitivity run many times. Internal.
 *
 * @example
 * Math.round(runTotals(compileScenario(parseScenario(kent))).independent[5]); // 909
 */
export function runTotals(m: CompiledScenario): { independent: number[]; spend: number[] } {
  let state = m.stock;
  const independent = [settingTotal(state, INDEPENDENT)];
  const spend = [spendOf(m, state, 0).reduce((t, x) => t + x, 0)];
  for (let year = m.baseYear + 1; year <= m.endYear; year++) {
    state = stepYear(m, state, year - m.baseYear).next;
    independent.push(settingTotal(state, INDEPENDENT));
    spend.push(spendOf(m, state, year - m.baseYear).reduce((t, x) => t + x, 0));
  }
  return { independent, spend };
}

/**
 * Projects an already-validated scenario (no parsing). Internal.
 *
 * @example
 * Math.round(projectValid(parseScenario(kent)).summary.counterfactualLast); // 1639
 */
export function projectValid(scenario: Scenario): SufficiencyProjection {
  const compiled = compileScenario(scenario);
  const rows = runRows(compiled);
  const counterfactual = runRows(compileScenario(scenario, scenario.baseYear));
  let saving = 0;
  rows.forEach((row, i) => {
    saving += counterfactual[i].spend - row.spend;
    row.cumulativeSaving = round(saving);
  });
  const last = rows.length - 1;
  return {
    scenario: scenario.name,
    baseYear: scenario.baseYear,
    endYear: scenario.endYear,
    rows,
    counterfactual,
    summary: {
      independentFirst: rows[0].independentPlacements,
      independentLast: rows[last].independentPlacements,
      counterfactualLast: counterfactual[last].independentPlacements,
      extraSpendWithoutPlan: rows[last].cumulativeSaving,
    },
    warnings: [...uncountedAdditions(scenario), ...unruledCells(compiled)],
  };
}

/**
 * Capacity additions dated outside the projection's years, one line a setting and side: valid but
 * easy to misread, so said rather than passed over. After the end year no year counts them (a plan
 * may run past the years looked at); before the base year they count from the base year on top of
 * `base`, which usually holds them already.
 *
 * @example
 * uncountedAdditions({ ...kent, endYear: 2028 })[0];
 * // 'capacity.srp.additions[3], [4]: 250 places in 2029 to 2030 come after the projection ends (2028), so no year
 * //  counts them'
 */
export function uncountedAdditions(scenario: Scenario): string[] {
  const { baseYear, endYear } = scenario;
  return (['srp', 'maintained-special'] as const).flatMap((setting) =>
    [true, false].flatMap((late) => {
      const out = (scenario.capacity[setting]?.additions ?? [])
        .map((addition, index) => ({ ...addition, index }))
        .filter((a) => (late ? a.year > endYear : a.year < baseYear));
      if (out.length === 0) return [];
      const years = out.map((a) => a.year);
      const [first, last] = [Math.min(...years), Math.max(...years)];
      return [
        `capacity.${setting}.additions[${out.map((a) => a.index).join('], [')}]: ` +
          `${out.reduce((sum, a) => sum + a.places, 0)} places in ${first === last ? first : `${first} to ${last}`} ` +
          (late
            ? `come after the projection ends (${endYear}), so no year counts them`
            : `come before the projection starts (${baseYear}), so they count from ${baseYear} on top of ` +
              `capacity.${setting}.base: check that it does not hold them already`),
      ];
    }),
  );
}

/**
 * Projects a sufficiency scenario year by year with the cohort transition model (states: setting x
 * need x NC year), capacity overflow into independent placements and spend, beside its
 * counterfactual: the same scenario with no capacity added after the base year. Deterministic
 * expected values: counts keep their fractions (round them only to display). The base-year row is
 * the census as given, with no flows. Added places never raise independent placements as long as a
 * child holding a local place is no likelier to stay in specialist provision (keep the place or go
 * independent) than a child in an independent placement is to stay there — true of any realistic
 * plan, and what the property tests check; rules that break it can show a small rise.
 *
 * @param scenario a Scenario, or JSON to validate with parseScenario
 * @throws ValidationError listing every problem in the scenario
 * @example
 * import kent from '../data/kent/scenario-2025.json' with { type: 'json' };
 * const p = projectSufficiency(kent);
 * Math.round(p.rows[0].independentPlacements); // 1172
 * p.rows.at(-1).year; // 2030
 */
export function projectSufficiency(scenario: Loose<ScenarioInput>): SufficiencyProjection {
  return projectValid(parseScenario(scenario));
}
