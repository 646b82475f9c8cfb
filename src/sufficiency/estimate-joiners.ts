import { NEED_CODES, type NeedCode } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../schema/common.js';
import { type Population, populationLookup } from '../schema/population.js';
import type { JoinerEntry } from '../schema/scenario.js';
import type { Setting } from '../schema/transition.js';
import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';
import { logLinearGrowth } from './log-linear-growth.js';
import { runsText } from '../schema/runs-text.js';
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
/**
 * What estimateJoiners fits from the history: everything but the damping, which is chosen, not
 * fitted; and warnings for what it could not fit as documented (a year without joiners, no trend).
 */
export type FittedJoiners = Omit<EstimatedJoiners, 'growthDamping'> & { warnings: string[] };

/**
 * The record years a fit uses (those with joiners) and their weights, the years left out (records
 * but no joiners: missing data, not a year nobody joined), and the base year the entries are for.
 */
type JoinerFit = { baseYear: number; years: number[]; weights: number[]; left: number[] };

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
function countEntries(t: HistoryTally, fit: JoinerFit, source: string): Omit<FittedJoiners, 'warnings'> {
  const { baseYear, years, weights } = fit;
  const totals = years.map((y) => t.joinersByYear.get(y) ?? 0);
  const growth = logLinearGrowth(years, totals, weights);
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  // Each record year's joiners arrive at the next census, and stand for the base year grown by the trend.
  const standFor = years.reduce((s, y, i) => s + weights[i] * (1 + growth) ** (y + 1 - baseYear), 0) / totalWeight;
  const entries = joinerCells(t).map((cell) => entry(cell, { count: cell.total.w / totalWeight / standFor }, source));
  return { growthRate: { value: growth, source: growthSource(source, 'joiners a year', fit) }, entries };
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
  fit: JoinerFit,
  population: Population,
  source: string,
): Omit<FittedJoiners, 'warnings'> {
  const { baseYear, years, weights } = fit;
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
    growthRate: { value: growth, source: growthSource(source, 'joiners per head of population a year', fit) },
    entries: entries.map((e) => ({ ...e, source: popSource })),
  };
}

/**
 * Where a fitted growth rate comes from, in words: the log-linear trend of `series` over the years
 * with joiners, or no trend (growth 0) when there is only one, naming the years left out.
 *
 * @example
 * growthSource('estimated', 'joiners a year', { baseYear: 2025, years: [2024], weights: [1], left: [2023] });
 * // 'estimated: no trend in joiners a year: only one year of joiners (2024), so growth 0 (2023 left out: no
 * //   joiners recorded)'
 */
function growthSource(source: string, series: string, fit: JoinerFit): string {
  const trend =
    fit.years.length > 1
      ? `log-linear trend of ${series}`
      : `no trend in ${series}: only one year of joiners (${fit.years[0]}), so growth 0`;
  const left = fit.left.length > 0 ? ` (${runsText(fit.left)} left out: no joiners recorded)` : '';
  return `${source}: ${trend}${left}`;
}

/** What a planner should know of a fit that is not the documented one: years left out, no trend. */
function joinerWarnings(fit: JoinerFit): string[] {
  const warnings = fit.left.map(
    (y) =>
      `no joiners recorded from ${y} (to the ${y + 1} census) while other years have them: left out of the ` +
      'joiner level and growth as missing data',
  );
  if (fit.years.length === 1)
    warnings.push(`joiner growth set to 0: no trend can be fitted to one year of joiners (${fit.years[0]})`);
  return warnings;
}

/**
 * The joiners of an estimated scenario from a tallied history: counts at the base year, or, given
 * a population, rates per head of it (joiners then follow the population the scenario carries).
 * Record years weigh `weights` (recent years more, by the recency decay). A record year without
 * joiners while others have them is missing data: it is left out of the level and the trend, not
 * read as a year nobody joined; with one year of joiners there is no trend and the growth is 0.
 * The growth's source says either, and `warnings` lists them for the user.
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
  const joined = years.map((y) => (t.joinersByYear.get(y) ?? 0) > 0);
  if (!joined.includes(true))
    return {
      growthRate: { value: 0, source: `${source}: no trend in joiners: none in the history, so growth 0` },
      entries: [],
      warnings: ['no joiners in the history: the projection brings no new EHCPs in'],
    };
  const fit: JoinerFit = {
    baseYear: years[years.length - 1] + 1,
    years: years.filter((_, i) => joined[i]),
    weights: weights.filter((_, i) => joined[i]),
    left: years.filter((_, i) => !joined[i]),
  };
  const fitted = population ? rateEntries(t, fit, population, source) : countEntries(t, fit, source);
  return { ...fitted, warnings: joinerWarnings(fit) };
}
