import { NEED_CODES, type NeedCode } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../schema/common.js';
import { type Population, populationLookup } from '../schema/population.js';
import type { JoinerEntry } from '../schema/scenario.js';
import type { Setting } from '../schema/transition.js';
import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';
import { logLinearGrowth } from './log-linear-growth.js';
import { type HistoryTally, type Weighted, effectiveCount } from './tally-history.js';

/**
 * The joiners part of an estimated scenario: the fitted growth rate, the damping a projection
 * applies to it (see estimateTransitions), and the entries.
 */
export type EstimatedJoiners = {
  growthRate: { value: number; source: string };
  growthDamping: { value: number; source: string };
  entries: JoinerEntry[];
};
/** What estimateJoiners fits from the history: everything but the damping, which is chosen, not fitted. */
export type FittedJoiners = Omit<EstimatedJoiners, 'growthDamping'>;

type Cell = { need: NeedCode; ncYear: number; settings: Partial<Record<Setting, number>>; total: Weighted };

/** Observed joiners by (need, NC year) in DfE need order then NC year, with their settings. */
function joinerCells(t: HistoryTally): Cell[] {
  const cells = new Map<string, Cell>();
  for (const [key, c] of [...t.joiners.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [need, ncYear, setting] = key.split('|');
    const k = `${need}|${ncYear}`;
    const cell = cells.get(k) ?? {
      need: need as NeedCode,
      ncYear: Number(ncYear),
      settings: {},
      total: { w: 0, w2: 0 },
    };
    cell.settings[setting as Setting] = c.w;
    cell.total.w += c.w;
    cell.total.w2 += c.w2;
    cells.set(k, cell);
  }
  const out: Cell[] = [];
  for (const need of NEED_CODES)
    for (let y = NC_YEAR_MIN; y <= NC_YEAR_MAX; y++) {
      const cell = cells.get(`${need}|${y}`);
      if (cell) out.push(cell);
    }
  return out;
}

function entry(cell: Cell, amount: { count: number } | { rate: number }, source: string): JoinerEntry {
  return {
    ...amount,
    needs: { [cell.need]: 1 } as Record<NeedCode, number>,
    ncYears: { [String(cell.ncYear)]: 1 },
    settings: cell.settings,
    evidence: effectiveCount(cell.total),
    source,
  };
}

/**
 * Joiner counts at the base year: each (need, NC year)'s weighted joiners a year, carried to the
 * base year along the log-linear trend of joiners a year.
 */
function countEntries(t: HistoryTally, years: number[], weights: number[], source: string): FittedJoiners {
  const baseYear = years[years.length - 1] + 1;
  const totals = years.map((y) => t.joinersByYear.get(y) ?? 0);
  const growth = logLinearGrowth(years, totals, weights);
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  // Each record year's joiners arrive at the next census, and stand for the base year grown by the trend.
  const standFor = years.reduce((s, y, i) => s + weights[i] * (1 + growth) ** (y + 1 - baseYear), 0) / totalWeight;
  const entries = joinerCells(t).map((cell) => entry(cell, { count: cell.total.w / totalWeight / standFor }, source));
  return { growthRate: { value: growth, source: `${source}: log-linear trend of joiners a year` }, entries };
}

/**
 * Joiner rates per head at the base year: each (need, NC year)'s weighted joiners over the
 * weighted population of that NC year at each census they arrived at, the population of every
 * later census grown along the log-linear trend of joiners per head a year.
 *
 * @throws ValidationError when joiners arrive in an NC year whose population is 0, or outnumber it
 */
function rateEntries(
  t: HistoryTally,
  years: number[],
  weights: number[],
  population: Population,
  source: string,
): FittedJoiners {
  const baseYear = years[years.length - 1] + 1;
  const popOf = populationLookup(population.records);
  const cells = joinerCells(t);
  const ncYears = [...new Set(cells.map((c) => c.ncYear))];
  const perHead = years.map((y) => {
    const pop = ncYears.reduce((s, n) => s + (popOf(y + 1, n) ?? 0), 0);
    return pop > 0 ? (t.joinersByYear.get(y) ?? 0) / pop : 0;
  });
  const growth = logLinearGrowth(years, perHead, weights);
  const overfull = new Set<number>();
  const entries = cells.map((cell) => {
    const exposure = years.reduce(
      (s, y, i) => s + weights[i] * (popOf(y + 1, cell.ncYear) ?? 0) * (1 + growth) ** (y + 1 - baseYear),
      0,
    );
    const rate = exposure > 0 ? cell.total.w / exposure : Number.POSITIVE_INFINITY;
    if (!(rate <= 1)) overfull.add(cell.ncYear);
    return entry(cell, { rate: Math.min(rate, 1) }, source);
  });
  if (overfull.size > 0)
    throw new ValidationError(
      'estimateTransitions options',
      [...overfull].map(
        (ncYear): ValidationIssueInput => ({
          path: 'population.records',
          message:
            `NC year ${ncYear}: more children joined than its population holds (is the population in ` +
            'thousands, or for another area?)',
        }),
      ),
    );
  const popSource = `${source}; population: ${population.source}`;
  return {
    growthRate: { value: growth, source: `${source}: log-linear trend of joiners per head of population a year` },
    entries: entries.map((e) => ({ ...e, source: popSource })),
  };
}

/**
 * The joiners of an estimated scenario from a tallied history: counts at the base year, or, given
 * a population, rates per head of it (joiners then follow the population the scenario carries).
 * Record years weigh `weights` (recent years more, by the recency decay).
 *
 * @example
 * estimateJoiners(tally, [2018, 2019], [1, 1], undefined, 'estimated').entries[0].count; // joiners a year at 2020
 */
export function estimateJoiners(
  t: HistoryTally,
  years: number[],
  weights: number[],
  population: Population | undefined,
  source: string,
): FittedJoiners {
  return population ? rateEntries(t, years, weights, population, source) : countEntries(t, years, weights, source);
}
