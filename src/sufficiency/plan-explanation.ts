import type { CapacityCandidate } from '../schema/capacity-candidate.js';
import type { CapacityEvaluator, Purchase } from './capacity-evaluator.js';
import { capitalOf } from './greedy-capacity.js';
import type { PlanObjective } from './plan-capacity-options.js';

/** Why a candidate has the places it has: all bought, more would save nothing, or more would cost more than is left. */
export type CandidateOutcomeCode = 'all-bought' | 'saves-nothing' | 'over-budget' | 'not-taken';

/** One candidate in the plan's explanation: places bought of those offered, and why not more. */
export type CandidateOutcome = {
  id: string;
  places: number;
  maxPlaces: number;
  code: CandidateOutcomeCode;
  reason: string;
};

const MILLIONS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Money for a sentence: £1.25m from a million up, else whole pounds (£35,000).
 *
 * @example
 * gbpText(74_389_285); // '£74.39m'
 * gbpText(35_000); // '£35,000'
 */
export function gbpText(value: number): string {
  return Math.abs(value) >= 1e6 ? `£${MILLIONS.format(value / 1e6)}m` : `£${WHOLE.format(value)}`;
}

/**
 * An amount of the objective for a sentence: money, or place-years of independent placements.
 *
 * @example
 * objectiveText(1511.4, 'independentPlacements'); // '1,511 place-years of independent placements'
 */
export function objectiveText(value: number, objective: PlanObjective): string {
  return objective === 'spend' ? gbpText(value) : `${WHOLE.format(value)} place-years of independent placements`;
}

/**
 * Explains each candidate's places against the final purchase: for one not bought in full, what its
 * next step (`step` places, or what is left of it) would save on top of the plan and what it would
 * cost. After the search no affordable step saves anything (every purchase ends with a greedy
 * top-up), so a candidate short of its maximum either saves nothing more or costs more than is left.
 * Internal.
 *
 * @example
 * candidateOutcomes(ev, kentCandidates, places, 12_000_000, 10, 1, 'spend')[0]; // see examples/plan-capacity.ts
 * // { id: 'srp-remodel-2026', places: 60, maxPlaces: 60, code: 'all-bought', reason: 'all 60 places bought' }
 */
export function candidateOutcomes(
  ev: CapacityEvaluator,
  candidates: readonly CapacityCandidate[],
  places: Purchase,
  budgetGbp: number,
  step: number,
  noise: number,
  objective: PlanObjective,
): CandidateOutcome[] {
  const current = ev.objective(places);
  const left = budgetGbp - capitalOf(candidates, places);
  return candidates.map((c, i) => {
    const base = { id: c.id, places: places[i], maxPlaces: c.maxPlaces };
    if (places[i] === c.maxPlaces)
      return {
        ...base,
        code: 'all-bought',
        reason: c.maxPlaces === 1 ? 'its 1 place bought' : `all ${c.maxPlaces} places bought`,
      } as CandidateOutcome;
    const size = Math.min(step, c.maxPlaces - places[i]);
    const next = places.slice();
    next[i] += size;
    const saving = current - ev.objective(next);
    const cost = size * c.capitalGbpPerPlace;
    const these = `${size}${places[i] > 0 ? ' more' : ''} place${size === 1 ? '' : 's'}`;
    const bought = places[i] > 0 ? `${places[i]} of ${c.maxPlaces} places bought; ` : '';
    if (!(saving > noise)) {
      const need = c.need ? ` ${c.need}` : '';
      const where = c.setting === 'srp' ? 'SRP' : 'maintained special school';
      return {
        ...base,
        code: 'saves-nothing',
        reason:
          `${bought}${these} would save nothing: demand for ${where}${need} places from ${c.year} ` +
          'is met without them',
      };
    }
    const would = `${bought}${these} would save ${objectiveText(saving, objective)} but cost ${gbpText(cost)}`;
    if (cost > left)
      return { ...base, code: 'over-budget', reason: `${would}, more than the ${gbpText(Math.max(0, left))} left` };
    return { ...base, code: 'not-taken', reason: `${would}; the search did not take them` };
  });
}

/**
 * The plan in one paragraph: what the budget buys and saves, or why it buys nothing.
 *
 * @example
 * planCapacity(kentWithoutPlan, { budgetGbp: 12_000_000, candidates: kentCandidates }).why.summary;
 * // '£11.99m of the £12.00m budget buys 342 places at 7 of 10 candidates; they save £69.72m of spend over
 * //  2025-2030 (2.7% of £2,596.70m). Independent placements in 2030: 1,639 without them, 1,283 with them.'
 */
export function planSummary(p: {
  candidates: readonly CapacityCandidate[];
  places: Purchase;
  budgetGbp: number;
  baseline: number;
  saving: number;
  objective: PlanObjective;
  years: [number, number];
  independentLast: [number, number];
}): string {
  const { candidates, places, budgetGbp } = p;
  const chosen = places.filter((x) => x > 0).length;
  if (chosen === 0) {
    if (candidates.length === 0) return 'No candidates were given, so the plan is empty and saves nothing.';
    const cheapest = Math.min(...candidates.map((c) => c.capitalGbpPerPlace));
    if (cheapest > budgetGbp)
      return (
        `The budget (${gbpText(budgetGbp)}) buys nothing: the cheapest candidate place costs ${gbpText(cheapest)}. ` +
        'The plan is empty and saves nothing.'
      );
    return (
      'No place the budget can buy saves anything: in this scenario the demand those places could serve is met ' +
      'without them (see each candidate). The plan is empty and saves nothing.'
    );
  }
  const total = places.reduce((t, x) => t + x, 0);
  const capital = capitalOf(candidates, places);
  const what = p.objective === 'spend' ? ' of spend' : '';
  const percent = (100 * p.saving) / p.baseline;
  // A saving too small to show in tenths of a percent is 'under 0.1%', not '0.0%', which reads as none.
  const share =
    p.baseline > 0
      ? ` (${percent < 0.05 ? 'under 0.1' : percent.toFixed(1)}% of ${objectiveText(p.baseline, p.objective)})`
      : '';
  const [first, last] = p.years;
  const [before, after] = p.independentLast;
  const them = total === 1 ? 'it' : 'them';
  return (
    `${gbpText(capital)} of the ${gbpText(budgetGbp)} budget buys ${WHOLE.format(total)} ` +
    `place${total === 1 ? '' : 's'} at ${chosen} of ${candidates.length} candidates; ` +
    `${total === 1 ? 'it saves' : 'they save'} ${objectiveText(p.saving, p.objective)}${what} over ${first}-${last}` +
    `${share}. Independent placements in ${last}: ${WHOLE.format(before)} without ${them}, ` +
    `${WHOLE.format(after)} with ${them}.`
  );
}
