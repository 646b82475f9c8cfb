import { quantileSorted } from 'simple-statistics';
import { ChildListSchema, type Child } from '../schema/child.js';
import { ValidationError, fromZodIssues } from '../schema/validation-error.js';
import { Matcher } from './matcher.js';

/** A strategy to compare: a strategy name (with the default policy otherwise), or a named policy. */
export type StrategySpec = 'weighted-sum' | 'topsis' | 'framework-first-nearest' | { name: string; policy: unknown };

/** Outcomes of giving every child its top choice under one strategy. */
export type StrategyOutcome = {
  name: string;
  /** Children with at least one eligible school. */
  placed: number;
  /** Mean road km to the top choice over placed children; null when none is placed. */
  meanDistanceKm: number | null;
  /** 90th percentile of that distance (simple-statistics quantileSorted); null when none is placed. */
  p90DistanceKm: number | null;
  /** Mean annual cost (fee + transport) of the top choices, GBP; null when none is placed. */
  meanAnnualCost: number | null;
  /** Share of all children whose top choice is a lot 1 school. */
  lot1Share: number;
  /** Share of all children with no eligible school. */
  noEligibleShare: number;
};

/** How often two strategies pick the same top choice. */
export type StrategyAgreement = {
  a: string;
  b: string;
  /** Share of children given the same top school by both (or no school by both). */
  share: number;
};

/** The result of compareStrategies. */
export type StrategyComparison = { children: number; outcomes: StrategyOutcome[]; agreement: StrategyAgreement[] };

/**
 * For analysts: ranks every child under each strategy and reports what giving each child its top
 * choice would mean — distances, costs, lot 1 share, children with no eligible school — and how
 * often each pair of strategies agrees on the top choice. The top choice ignores places running out
 * (every child gets its first choice); allocateCohort is the tool that shares out limited places.
 *
 * @param children the children (validated here; ids must be unique)
 * @param schools candidate schools (validated here)
 * @param strategies strategy names, or `{ name, policy }` for a whole policy each
 * @throws ValidationError listing every problem in the inputs
 * @example
 * // The 1,690 children and the schools in data/kent:
 * const { outcomes, agreement } = compareStrategies(children, schools, ['weighted-sum', 'topsis']);
 * outcomes[0]; // { name: 'weighted-sum', placed: 1652, meanDistanceKm: 15.11..., p90DistanceKm: 25.96..., meanAnnualCost: 57564.79..., lot1Share: 0.6876..., noEligibleShare: 0.0225... }
 * agreement[0]; // { a: 'weighted-sum', b: 'topsis', share: 0.9166... }
 */
export function compareStrategies(children: unknown, schools: unknown, strategies: readonly StrategySpec[]): StrategyComparison {
  const parsed = ChildListSchema.safeParse(children, { reportInput: true });
  if (!parsed.success) throw new ValidationError('children', fromZodIssues(parsed.error.issues));
  if (!Array.isArray(strategies) || strategies.length === 0) {
    throw new ValidationError('strategies', [{ path: 'strategies', message: 'give at least one strategy' }]);
  }
  const list = parsed.data;
  const named = strategies.map((s) => (typeof s === 'string' ? { name: s, policy: { strategy: s } } : s));
  const tops = named.map(({ policy }) => {
    const matcher = new Matcher(schools, policy);
    return list.map((child) => matcher.rankParsed(child, 1)[0] ?? null);
  });
  const outcomes = named.map(({ name }, k) => outcomeOf(name, tops[k], list));
  const agreement: StrategyAgreement[] = [];
  for (let a = 0; a < named.length; a++) {
    for (let b = a + 1; b < named.length; b++) {
      let same = 0;
      list.forEach((_, i) => {
        if ((tops[a][i]?.school.urn ?? null) === (tops[b][i]?.school.urn ?? null)) same++;
      });
      agreement.push({ a: named[a].name, b: named[b].name, share: list.length === 0 ? 1 : same / list.length });
    }
  }
  return { children: list.length, outcomes, agreement };
}

function outcomeOf(
  name: string,
  tops: readonly ({ distanceKm: number; annualCost: number; school: { lot: string } } | null)[],
  children: readonly Child[],
): StrategyOutcome {
  const placed = tops.filter((t) => t !== null);
  const distances = placed.map((t) => t.distanceKm).sort((x, y) => x - y);
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
  const n = children.length;
  return {
    name,
    placed: placed.length,
    meanDistanceKm: mean(distances),
    p90DistanceKm: distances.length === 0 ? null : quantileSorted(distances, 0.9),
    meanAnnualCost: mean(placed.map((t) => t.annualCost)),
    lot1Share: n === 0 ? 0 : placed.filter((t) => t.school.lot === 'lot1').length / n,
    noEligibleShare: n === 0 ? 0 : (n - placed.length) / n,
  };
}
