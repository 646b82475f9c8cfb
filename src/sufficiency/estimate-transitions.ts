import { z } from 'zod';
import { NEED_CODES, type NeedCode } from '../needs.js';
import { NcYearSchema, parseWith } from '../schema/common.js';
import { type JoinerEntry, SCENARIO_LIMITS, type StockEntry, type TransitionRule } from '../schema/scenario.js';
import { SETTINGS, type Setting, type Transition } from '../schema/transition.js';
import { ValidationError } from '../schema/validation-error.js';
import { DEFAULT_SUFFICIENCY } from './defaults.js';
import { HistorySchema } from './history-schema.js';

/** Options of estimateTransitions. */
export type EstimateOptions = {
  /** NC-year bands to pool transitions over (by the NC year entered); default DEFAULT_SUFFICIENCY.bands. */
  bands?: Array<[number, number]>;
};

/** Scenario parameters estimated from a child-level history, ready to spread into a scenario. */
export type EstimatedTransitions = {
  /** Calendar years of the first census of the records used. */
  years: number[];
  /** The census year the estimated stock describes: the last record year + 1. */
  baseYear: number;
  /** Highest NC year seen: children in it leave the next year. */
  maxNcYear: number;
  /** The census at baseYear, one entry per (setting, need, NC year) with children. */
  stock: StockEntry[];
  /** Joiners by need and NC year: base-year count and the settings they joined, as observed counts. */
  joiners: { growthRate: { value: number; source: string }; entries: JoinerEntry[] };
  /**
   * Transition rules by (from, need, band) and pooled over needs by (from, band): `to` holds the
   * observed counts and `evidence` their total, which simulation turns into a Dirichlet posterior.
   */
  transitions: TransitionRule[];
  /** Observed share of children leaving (EHCP ended) by setting and band, top NC year excluded. */
  leaverRates: Array<{ from: Setting; ncYears: [number, number]; rate: number; children: number }>;
};

const OptionsSchema = z.object(
  {
    bands: z
      .array(z.tuple([NcYearSchema, NcYearSchema]), { error: 'bands must be a list of [lowest, highest] NC years' })
      .min(1, { error: 'bands must not be empty' })
      .optional(),
  },
  { error: 'options must be an object: { bands? }' },
);

type Counts = Map<string, number>;
const bump = (m: Counts, key: string, by = 1) => m.set(key, (m.get(key) ?? 0) + by);

/**
 * Estimates the model's parameters from year-to-year child-level transitions (the widely used
 * `calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2` layout, mapped
 * to Transition records; `calendarYear` is the year of the first census). Transitions are counted
 * by (setting, need-1, band of the NC year entered) and pooled over needs as a fallback; a child
 * keeps need-1 (the model does not change needs). Joiners are averaged per year by need and NC year
 * and scaled to the base year by the observed joiner growth (at most SCENARIO_LIMITS.maxRate, doubling a year). Records
 * from the top NC year are left
 * out of the rates: the model ends those EHCPs itself.
 *
 * @param history Transition[] (validated here)
 * @throws ValidationError listing every bad record
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
  history: Transition[] | unknown,
  options: EstimateOptions = {},
): EstimatedTransitions {
  const records = parseWith(HistorySchema, history, 'transitions history');
  if (records.length === 0)
    throw new ValidationError('transitions history', [
      { path: '(root)', message: 'must hold at least one transition' },
    ]);
  const opts = parseWith(OptionsSchema, options, 'estimateTransitions options');
  const bands = opts.bands ?? DEFAULT_SUFFICIENCY.bands;
  const bandOf = (y: number) => bands.findIndex(([lo, hi]) => y >= lo && y <= hi);

  const years = [...new Set(records.map((r) => r.calendarYear))].sort((a, b) => a - b);
  const lastYear = years[years.length - 1];
  let maxNcYear = 0;
  for (const r of records) maxNcYear = Math.max(maxNcYear, r.ncYear1 ?? 0, r.ncYear2 ?? 0);

  const specific: Counts = new Map(); // from|need|band|dest
  const pooled: Counts = new Map(); // from|band|dest
  const joinerCells: Counts = new Map(); // need|ncYear|setting
  const joinersPerYear: Counts = new Map();
  const stock: Counts = new Map(); // setting|need|ncYear
  for (const r of records) {
    if (r.calendarYear === lastYear && r.setting2 !== 'left') bump(stock, `${r.setting2}|${r.need2}|${r.ncYear2}`);
    if (r.setting1 === 'new') {
      bump(joinerCells, `${r.need2}|${r.ncYear2}|${r.setting2}`);
      bump(joinersPerYear, String(r.calendarYear));
      continue;
    }
    if ((r.ncYear1 as number) >= maxNcYear) continue;
    const band = bandOf((r.ncYear1 as number) + 1);
    if (band < 0) continue;
    bump(specific, `${r.setting1}|${r.need1}|${band}|${r.setting2}`);
    bump(pooled, `${r.setting1}|${band}|${r.setting2}`);
  }

  const span = `${years[0]}-${lastYear + 1}`;
  const source = `estimated from the transitions history, censuses ${span}`;
  const transitions: TransitionRule[] = [];
  const leaverRates: EstimatedTransitions['leaverRates'] = [];
  const destinations = [...SETTINGS, 'left'] as const;
  for (const from of SETTINGS) {
    for (let b = 0; b < bands.length; b++) {
      const to: Partial<Record<Setting | 'left', number>> = {};
      let total = 0;
      for (const d of destinations) {
        const c = pooled.get(`${from}|${b}|${d}`);
        if (c) {
          to[d] = c;
          total += c;
        }
      }
      if (total === 0) continue;
      transitions.push({ from, ncYears: bands[b], to, evidence: total, source });
      leaverRates.push({ from, ncYears: bands[b], rate: (to.left ?? 0) / total, children: total });
      for (const need of NEED_CODES) {
        const toNeed: Partial<Record<Setting | 'left', number>> = {};
        let n = 0;
        for (const d of destinations) {
          const c = specific.get(`${from}|${need}|${b}|${d}`);
          if (c) {
            toNeed[d] = c;
            n += c;
          }
        }
        if (n > 0) transitions.push({ from, need, ncYears: bands[b], to: toNeed, evidence: n, source });
      }
    }
  }

  // Joiner growth: the slope of a least-squares line through log joiner totals (endpoints alone are noisy).
  const totals = years.map((y) => joinersPerYear.get(String(y)) ?? 0);
  let growth = 0;
  if (years.length > 1 && totals.every((t) => t > 0)) {
    const mx = years.reduce((t, y) => t + y, 0) / years.length;
    const logs = totals.map(Math.log);
    const my = logs.reduce((t, v) => t + v, 0) / logs.length;
    let sxy = 0;
    let sxx = 0;
    years.forEach((y, i) => {
      sxy += (y - mx) * (logs[i] - my);
      sxx += (y - mx) ** 2;
    });
    // A trend steeper than a scenario accepts (joiners more than doubling a year) comes from a
    // history too short or too small to show one: cap it, so the estimate always makes a valid scenario.
    growth = Math.min(SCENARIO_LIMITS.maxRate, Math.exp(sxy / sxx) - 1);
  }
  const meanArrival = years.reduce((t, y) => t + y + 1, 0) / years.length;
  const scale = (1 + growth) ** (lastYear + 1 - meanArrival) / years.length;
  const byCell = new Map<string, Partial<Record<Setting, number>>>();
  for (const [key, c] of [...joinerCells.entries()].sort()) {
    const [need, ncYear, setting] = key.split('|');
    const k = `${need}|${ncYear}`;
    const settings = byCell.get(k) ?? {};
    settings[setting as Setting] = c;
    byCell.set(k, settings);
  }
  const entries: JoinerEntry[] = [];
  for (const need of NEED_CODES) {
    for (let y = -2; y <= 14; y++) {
      const settings = byCell.get(`${need}|${y}`);
      if (!settings) continue;
      const observed = Object.values(settings).reduce((t, x) => t + (x ?? 0), 0);
      entries.push({
        count: observed * scale,
        needs: { [need]: 1 } as Record<NeedCode, number>,
        ncYears: { [String(y)]: 1 },
        settings,
        evidence: observed,
        source,
      });
    }
  }

  const stockEntries: StockEntry[] = [];
  for (const setting of SETTINGS) {
    for (const need of NEED_CODES) {
      for (let y = -2; y <= 14; y++) {
        const c = stock.get(`${setting}|${need}|${y}`);
        if (c)
          stockEntries.push({
            setting,
            count: c,
            needs: { [need]: 1 } as Record<NeedCode, number>,
            ncYears: { [String(y)]: 1 },
            source,
          });
      }
    }
  }

  return {
    years,
    baseYear: lastYear + 1,
    maxNcYear,
    stock: stockEntries,
    joiners: { growthRate: { value: growth, source: `${source}: log-linear trend of joiners a year` }, entries },
    transitions,
    leaverRates,
  };
}
