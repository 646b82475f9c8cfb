import { ChildListSchema, ChildSchema, type Child } from '../schema/child.js';
import { PolicySchema, type Policy } from '../schema/policy.js';
import { SchoolListSchema, type School } from '../schema/school.js';
import { ValidationError, fromZodIssues, type ValidationIssueInput } from '../schema/validation-error.js';
import type { TravelEntry } from '../geo/travel-table.js';
import { matchOptionsOf } from './match-options.js';

/**
 * Validates the pieces a matching entry point takes — any of a child, a list of children, a school
 * list, a policy and the options (MatchOptions) — and throws one ValidationError listing every
 * problem in all of them, with paths such as `child.ncYear`, `children[2].id`,
 * `schools[3].vacancies`, `policy.weights.cost`, `options.travel[4].km`. Messages never echo a
 * child's values. The pieces not given come back undefined (the policy always comes back, with its
 * defaults).
 *
 * @example
 * const { child, schools, policy } = parseRankInput({ child: c, schools: list, policy: undefined });
 * const { children } = parseRankInput({ children: cohort, schools: list, policy: { maxDistanceKm: 40 } });
 */
export function parseRankInput(input: {
  child?: unknown;
  children?: unknown;
  schools?: unknown;
  policy?: unknown;
  options?: unknown;
  what?: string;
}): { child: Child; children: Child[]; schools: School[]; policy: Policy; travel: TravelEntry[] | undefined } {
  const issues: ValidationIssueInput[] = [];
  let child: Child | undefined;
  let children: Child[] | undefined;
  let schools: School[] | undefined;
  if ('child' in input) {
    const r = ChildSchema.safeParse(input.child, { reportInput: true });
    if (r.success) child = r.data;
    else issues.push(...fromZodIssues(r.error.issues, ['child']));
  }
  if ('children' in input) {
    const r = ChildListSchema.safeParse(input.children, { reportInput: true });
    if (r.success) children = r.data;
    else issues.push(...fromZodIssues(r.error.issues, ['children']));
  }
  if ('schools' in input) {
    const r = SchoolListSchema.safeParse(input.schools, { reportInput: true });
    if (r.success) schools = r.data;
    else issues.push(...fromZodIssues(r.error.issues, ['schools']));
  }
  const p = PolicySchema.safeParse(input.policy, { reportInput: true });
  if (!p.success) issues.push(...fromZodIssues(p.error.issues, ['policy']));
  const travel = matchOptionsOf(input.options, issues);
  if (issues.length > 0) throw new ValidationError(input.what ?? 'ranking input', issues);
  return {
    child: child as Child,
    children: children as Child[],
    schools: schools as School[],
    policy: (p as { data: Policy }).data,
    travel,
  };
}
