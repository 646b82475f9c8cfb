import type { ChildInput } from '../schema/child.js';
import type { Loose } from '../schema/loose.js';
import type { SchoolInput } from '../schema/school.js';
import { quantileSorted } from 'simple-statistics';
import * as z from 'zod/mini';
import { strictFields } from '../schema/strict-fields.js';
import { ChildListSchema, type Child } from '../schema/child.js';
import { NonEmptyStringSchema } from '../schema/common.js';
import { nearestWord } from '../schema/nearest.js';
import { PolicySchema, type Policy } from '../schema/policy.js';
import { SchoolListSchema, type School } from '../schema/school.js';
import { ValidationError, formatPath, fromZodIssues, type ValidationIssueInput } from '../schema/validation-error.js';
import { Matcher } from './matcher.js';

/**
 * The ranking strategies a policy can name, which compareStrategies accepts by name alone.
 *
 * @example
 * STRATEGY_NAMES; // ['weighted-sum', 'topsis', 'framework-first-nearest']
 */
export const STRATEGY_NAMES = [
  'weighted-sum',
  'topsis',
  'framework-first-nearest',
] as const satisfies readonly Policy['strategy'][];

/**
 * A strategy to compare: a strategy name (with the default policy otherwise), or a named policy
 * (a partial policy; missing fields take DEFAULT_POLICY, and a missing policy is the default one).
 */
export type StrategySpec = (typeof STRATEGY_NAMES)[number] | { name: string; policy?: unknown };

/** An unknown name is told the nearest valid one (`Topsis`: did you mean topsis?) and all of them. */
const StrategyNameSchema = z.enum(STRATEGY_NAMES, {
  error: (issue) => {
    const near = typeof issue.input === 'string' ? nearestWord(issue.input, STRATEGY_NAMES) : undefined;
    const valid = STRATEGY_NAMES.join(', ');
    return near === undefined
      ? `unknown strategy; valid names are ${valid}, or give { name, policy }`
      : `unknown strategy; did you mean ${near}? Valid names are ${valid}, or give { name, policy }`;
  },
});
/** Unknown keys are rejected so that a misspelt `polcy` does not silently compare the default policy. */
const NamedStrategySchema = strictFields({
  name: z.pipe(
    NonEmptyStringSchema,
    z.string().check(z.maxLength(200, { error: 'name must be at most 200 characters' })),
  ),
  policy: PolicySchema,
});

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
 * @param strategies at least one: strategy names, or `{ name, policy }` for a whole policy each.
 *   Names must be unique, a bare name counting as the strategy's name: outcomes and agreements are
 *   reported by name, so two strategies with one name could not be told apart.
 * @throws ValidationError listing every problem in all three inputs, with paths such as
 *   `children[3].ncYear`, `schools[0].urn`, `strategies[1].policy.maxDistanceKm`
 * @example
 * // The 1,690 children and the schools in data/kent:
 * const { outcomes, agreement } = compareStrategies(children, schools, ['weighted-sum', 'topsis']);
 * outcomes[0]; // { name: 'weighted-sum', placed: 1652, meanDistanceKm: 15.11..., p90DistanceKm: 25.96...,
 *   meanAnnualCost: 57564.79..., lot1Share: 0.6876..., noEligibleShare: 0.0225... }
 * agreement[0]; // { a: 'weighted-sum', b: 'topsis', share: 0.9166... }
 */
export function compareStrategies(
  children: Loose<readonly ChildInput[]>,
  schools: Loose<readonly SchoolInput[]>,
  strategies: readonly StrategySpec[],
): StrategyComparison {
  const issues: ValidationIssueInput[] = [];
  const parsedChildren = ChildListSchema.safeParse(children, { reportInput: true });
  if (!parsedChildren.success) issues.push(...fromZodIssues(parsedChildren.error.issues, ['children']));
  const parsedSchools = SchoolListSchema.safeParse(schools, { reportInput: true });
  if (!parsedSchools.success) issues.push(...fromZodIssues(parsedSchools.error.issues, ['schools']));
  const named = parseStrategies(strategies, issues);
  if (issues.length > 0) throw new ValidationError('strategy comparison input', issues);
  const list = parsedChildren.data as Child[];
  const validSchools = parsedSchools.data as School[];
  const tops = named.map(({ policy }) => {
    const matcher = new Matcher(validSchools, policy);
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

/**
 * Validates the strategy list, adding its problems to `issues` (paths `strategies[i]...`), and
 * returns each strategy as a name and a whole policy. Reads the list by index, so a hole in a
 * sparse list is reported, not skipped.
 */
function parseStrategies(input: unknown, issues: ValidationIssueInput[]): { name: string; policy: Policy }[] {
  if (!Array.isArray(input) || input.length === 0) {
    issues.push({
      path: 'strategies',
      message: `give at least one strategy: a list of names (${STRATEGY_NAMES.join(', ')}) or { name, policy }`,
    });
    return [];
  }
  const named: { name: string; policy: Policy }[] = [];
  const firstAt = new Map<string, number>();
  for (let i = 0; i < input.length; i++) {
    const spec: unknown = input[i];
    let entry: { name: string; policy: Policy } | undefined;
    let namePath: PropertyKey[] = ['strategies', i];
    if (typeof spec === 'string') {
      const r = StrategyNameSchema.safeParse(spec, { reportInput: true });
      if (r.success) entry = { name: r.data, policy: PolicySchema.parse({ strategy: r.data }) as Policy };
      else issues.push(...fromZodIssues(r.error.issues, ['strategies', i]));
    } else if (spec !== null && typeof spec === 'object' && !Array.isArray(spec)) {
      const r = NamedStrategySchema.safeParse(spec, { reportInput: true });
      if (r.success) entry = { name: r.data.name, policy: r.data.policy as Policy };
      else issues.push(...fromZodIssues(r.error.issues, ['strategies', i]));
      namePath = ['strategies', i, 'name'];
    } else {
      const what = spec === undefined ? 'is missing (a hole in the list?): give' : 'must be';
      issues.push({
        path: formatPath(['strategies', i]),
        message: `${what} a strategy name (${STRATEGY_NAMES.join(', ')}) or { name, policy }`,
      });
    }
    // A name is checked for duplicates even when its policy is bad, so one pass lists every problem.
    const name = entry?.name ?? (spec as { name?: unknown } | null)?.name;
    if (typeof name === 'string') {
      const first = firstAt.get(name);
      if (first === undefined) firstAt.set(name, i);
      else
        issues.push({
          path: formatPath(namePath),
          message: `duplicate strategy name '${name}' (first at strategies[${first}])`,
        });
    }
    if (entry !== undefined) named.push(entry);
  }
  return named;
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
