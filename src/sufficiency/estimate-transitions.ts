import type { Loose } from '../schema/loose.js';
import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { NEED_CODES, type NeedCode } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN, parseWith } from '../schema/common.js';
import { type Population, PopulationSchema, missingPopulation } from '../schema/population.js';
import type { StockEntry, TransitionRule } from '../schema/scenario.js';
import { DampingSchema } from '../schema/sourced-number.js';
import { SETTINGS, type Transition } from '../schema/transition.js';
import { ValidationError } from '../schema/validation-error.js';
import { DEFAULT_SUFFICIENCY } from './defaults.js';
import { type EstimatedJoiners, estimateJoiners } from './estimate-joiners.js';
import { bandsSchema } from './bands-schema.js';
import { HistorySchema } from './history-schema.js';
import { type HistoryTally, tallyHistory } from './tally-history.js';
import { type LeaverRate, rulesFromTally } from './transition-rules.js';

/** Options of estimateTransitions; defaults in DEFAULT_SUFFICIENCY. */
export type EstimateOptions = {
  /**
   * NC-year bands to pool transitions over (by the NC year entered): each lowest first, none
   * overlapping, together covering every NC year the history's moves enter. Default DEFAULT_SUFFICIENCY.bands.
   */
  bands?: Array<[number, number]>;
  /**
   * The population joiners come from, with its source: joiners are then estimated as rates per head
   * of it, and the estimate carries it, so a projection follows the population's trend.
   */
  population?: Population;
  /**
   * The weight of a record year against the year after it, in (0, 1]: 1 weighs every year alike,
   * 0.5 halves each year back. Default DEFAULT_SUFFICIENCY.recencyDecay (chosen by backtest).
   */
  recencyDecay?: number;
  /**
   * The damping the estimate carries for its fitted joiner growth, in [0, 1]: each projected year
   * keeps this share of the year before's growth (1 compounds it every year, 0 holds joiners at the
   * base-year level). Default DEFAULT_SUFFICIENCY.joinerGrowthDamping (chosen by backtest).
   */
  growthDamping?: number;
};

/**
 * Scenario parameters estimated from a child-level history: `baseYear`, `minNcYear`, `maxNcYear`,
 * `stock`, `joiners`, `transitions` and `population` go into a scenario as they are; `years`,
 * `leaverRates` and `warnings` describe the fit and are not scenario fields (parseScenario rejects
 * them as unknown).
 */
export type EstimatedTransitions = {
  /** Calendar years of the first census of the records used. */
  years: number[];
  /** The census year the estimated stock describes: the last record year + 1. */
  baseYear: number;
  /** Lowest NC year seen. */
  minNcYear: number;
  /** Highest NC year seen: children in it leave the next year. */
  maxNcYear: number;
  /** The census at baseYear, one entry per (setting, need, NC year) with children. */
  stock: StockEntry[];
  /**
   * Joiners by need and NC year: a count at the base year (or, given a population, a rate per head
   * of it) and the settings they joined, as weighted counts with their effective number as `evidence`.
   */
  joiners: EstimatedJoiners;
  /** The population given, to carry into the scenario (joiner rates need it). */
  population?: Population;
  /**
   * Transition rules by (from, need, band) and pooled over needs by (from, band): `to` holds the
   * weighted counts and `evidence` their effective number, which simulation turns into a Dirichlet posterior.
   */
  transitions: TransitionRule[];
  /** Observed share of children leaving (EHCP ended) by setting and band, top NC year excluded. */
  leaverRates: LeaverRate[];
  /**
   * What a planner should know of the fit, in words: a record year without joiners left out of
   * the joiner level and growth as missing data, a growth of 0 because no trend could be fitted,
   * no joiners at all. Empty for a history with joiners in every year.
   */
  warnings: string[];
};

/**
 * The recency decay of a fit: above 0 and at most 1.
 *
 * @example
 * RecencyDecaySchema.safeParse(0).success; // false: a year weighing nothing is a shorter history
 */
export const RecencyDecaySchema = z
  .number({ error: 'recencyDecay must be a number' })
  .check(
    z.gt(0, { error: 'recencyDecay must be above 0 (a year weighing nothing is a shorter history)' }),
    z.maximum(1, { error: 'recencyDecay must be at most 1 (1 weighs every year alike)' }),
  );

/** The options' schema, its bands checked against the NC years the history's moves enter (see bandsSchema). */
const optionsSchema = (entered: readonly number[]) =>
  strictOptions(
    {
      bands: z.optional(bandsSchema(entered)),
      population: z.optional(PopulationSchema),
      recencyDecay: z.optional(RecencyDecaySchema),
      growthDamping: z.optional(DampingSchema),
    },
    { error: 'options must be an object: { bands?, population?, recencyDecay?, growthDamping? }' },
  );

/** The damping of the fitted growth, with where it comes from: the caller, or the backtested default. */
function dampingOf(given: number | undefined): { value: number; source: string } {
  if (given !== undefined) return { value: given, source: 'assumption: growthDamping given to estimateTransitions' };
  return {
    value: DEFAULT_SUFFICIENCY.joinerGrowthDamping,
    source:
      `assumption: the default damping of joiner growth (${DEFAULT_SUFFICIENCY.joinerGrowthDamping}), chosen by ` +
      'backtest over every split of two synthetic histories (bench/README.md, "Projection backtest")',
  };
}

/** The last census, one entry per (setting, need, NC year) with children, in a fixed order. */
function stockEntries(t: HistoryTally, source: string): StockEntry[] {
  const out: StockEntry[] = [];
  for (const setting of SETTINGS)
    for (const need of NEED_CODES)
      for (let y = NC_YEAR_MIN; y <= NC_YEAR_MAX; y++) {
        const count = t.stock.get(`${setting}|${need}|${y}`);
        if (count)
          out.push({
            setting,
            count,
            needs: { [need]: 1 } as Record<NeedCode, number>,
            ncYears: { [String(y)]: 1 },
            source,
          });
      }
  return out;
}

/** Joiner rates need the population of every census a joiner arrived at, in every NC year one joined. */
function checkPopulation(records: Transition[], years: number[], population: Population | undefined): void {
  if (!population) return;
  const ncYears = records.filter((r) => r.setting1 === 'new').map((r) => r.ncYear2 as number);
  const censuses = years.map((y) => y + 1);
  const issues = missingPopulation(population.records, censuses, ncYears, 'population.records');
  if (issues.length > 0) throw new ValidationError('estimateTransitions options', issues);
}

/** Lowest and highest NC year in the records. */
function ncYearRange(records: Transition[]): [number, number] {
  let lo = NC_YEAR_MAX;
  let hi = 0;
  for (const r of records)
    for (const y of [r.ncYear1, r.ncYear2])
      if (y !== undefined) {
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
  return [Math.min(lo, hi), hi];
}

/** The NC years the history's counted moves enter (the top NC year's are left out: the model ends those EHCPs). */
function enteredNcYears(records: Transition[], maxNcYear: number): number[] {
  const entered = new Set<number>();
  for (const r of records)
    if (r.setting1 !== 'new' && (r.ncYear1 as number) < maxNcYear) entered.add((r.ncYear1 as number) + 1);
  return [...entered];
}

/**
 * Estimates the model's parameters from year-to-year child-level transitions (the widely used
 * `calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2` layout, mapped
 * to Transition records; `calendarYear` is the year of the first census). Transitions are counted
 * by (setting, need-1, band of the NC year entered) and pooled over needs as a fallback; a child
 * keeps need-1 (the model does not change needs). Joiners are estimated by need and NC year: as a
 * count at the base year along the trend of joiners a year, or, given a `population`, as a rate
 * per head of it along the trend of joiners per head; the fitted growth carries a damping
 * (`growthDamping`), so a projection lets it fade rather than compound. Each record year weighs `recencyDecay` times
 * the year after it, and every rule and joiner entry carries its evidence (the effective number of
 * children) into simulation. Records from the top NC year are left out of the rates: the model ends
 * those EHCPs itself.
 *
 * @param history Transition[] (validated here)
 * @throws ValidationError listing every bad record or option (bands reversed, overlapping or leaving
 *   an NC year the moves enter uncovered), or the population years and NC years missing
 * @example
 * const est = estimateTransitions([
 * { calendarYear: 2023, setting1: 'mainstream', need1: 'ASD', ncYear1: 6, setting2: 'srp', need2: 'ASD', ncYear2: 7 },
 * { calendarYear: 2023, setting1: 'mainstream', need1: 'ASD', ncYear1: 6, setting2: 'mainstream', need2: 'ASD',
 *   ncYear2: 7 },
 * ]);
 * est.baseYear; // 2024
 * est.transitions[0].to; // { mainstream: 1, srp: 1 } (pooled over needs; an ASD-only rule follows)
 */
export function estimateTransitions(
  history: Loose<readonly Transition[]>,
  options: EstimateOptions = {},
): EstimatedTransitions {
  const records = parseWith(HistorySchema, history, 'transitions history');
  if (records.length === 0)
    throw new ValidationError('transitions history', [
      { path: '(root)', message: 'must hold at least one transition', code: 'too_small' },
    ]);
  const [minNcYear, maxNcYear] = ncYearRange(records);
  const opts = parseWith(optionsSchema(enteredNcYears(records, maxNcYear)), options, 'estimateTransitions options');
  const bands = opts.bands ?? DEFAULT_SUFFICIENCY.bands;
  const decay = opts.recencyDecay ?? DEFAULT_SUFFICIENCY.recencyDecay;
  const years = [...new Set(records.map((r) => r.calendarYear))].sort((a, b) => a - b);
  const lastYear = years[years.length - 1];
  checkPopulation(records, years, opts.population);

  const weightOf = (year: number) => decay ** (lastYear - year);
  const tally = tallyHistory(records, { bands, maxNcYear, lastYear, weightOf });
  const source = `estimated from the transitions history, censuses ${years[0]}-${lastYear + 1}`;
  const { transitions, leaverRates } = rulesFromTally(tally.pooled, tally.specific, bands, source);
  const { growthRate, entries, warnings } = estimateJoiners(tally, years, years.map(weightOf), opts.population, source);
  return {
    years,
    baseYear: lastYear + 1,
    minNcYear,
    maxNcYear,
    stock: stockEntries(tally, source),
    joiners: { growthRate, growthDamping: dampingOf(opts.growthDamping), entries },
    ...(opts.population ? { population: opts.population } : {}),
    transitions,
    leaverRates,
    warnings,
  };
}
