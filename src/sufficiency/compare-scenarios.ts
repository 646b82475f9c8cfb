import type { Loose } from '../schema/loose.js';
import * as z from 'zod/mini';
import { strictFields } from '../schema/strict-fields.js';
import { NonEmptyStringSchema } from '../schema/common.js';
import { ScenarioSchema, type ScenarioInput } from '../schema/scenario.js';
import { ValidationError, type ValidationIssueInput, fromZodIssues } from '../schema/validation-error.js';
import { type SufficiencyRow, projectValid } from './project-sufficiency.js';

/** One plan to compare: a name for the table and chart, and its scenario (validated here). */
export type PlanInput = { name: string; scenario: Loose<ScenarioInput> };

/** One plan in one year: the headline figures of its projection, and how they differ from the first plan's. */
export type ComparisonRow = {
  name: string;
  year: number;
  independentPlacements: number;
  newIndependent: number;
  /** SRP places; null when the plan puts no cap on SRP. */
  srpPlaces: number | null;
  srpDemand: number;
  srpShortfall: number;
  specialShortfall: number;
  /** Children with an EHCP in any setting. */
  total: number;
  /** Spend this year, GBP, and summed from the plan's base year to this one. */
  spend: number;
  cumulativeSpend: number;
  /** This plan minus the first plan in the same year (0 for the first plan); null when the first has no such year. */
  independentVsFirst: number | null;
  spendVsFirst: number | null;
};

/** Result of compareScenarios: the plans in the order given, and one row per plan and year. */
export type ScenarioComparison = {
  plans: Array<{ name: string; scenario: string; baseYear: number; endYear: number }>;
  rows: ComparisonRow[];
};

const PlansSchema = z
  .array(
    strictFields(
      { name: NonEmptyStringSchema, scenario: ScenarioSchema },
      { error: 'a plan must be an object: { name, scenario }' },
    ),
    { error: 'plans must be a list of { name, scenario }' },
  )
  .check(z.minLength(1, { error: 'plans must hold at least one plan' }));

/**
 * Plans whose name repeats an earlier plan's, read from the raw input so they are listed even when
 * a scenario is invalid (zod skips a list's own checks once an item fails).
 */
function repeatedNames(plans: unknown): ValidationIssueInput[] {
  if (!Array.isArray(plans)) return [];
  const first = new Map<string, number>();
  const issues: ValidationIssueInput[] = [];
  plans.forEach((p, i) => {
    const name = typeof p?.name === 'string' ? p.name.trim() : undefined;
    if (!name) return;
    const at = first.get(name);
    if (at === undefined) first.set(name, i);
    else
      issues.push({
        path: `[${i}].name`,
        message: `name repeats plan ${at}'s: each plan needs its own name in the table and chart`,
        code: 'duplicate',
      });
  });
  return issues;
}

/** Validates the plans, listing every problem of every plan and every repeated name. */
function parsePlans(plans: unknown): z.infer<typeof PlansSchema> {
  const result = z.safeParse(PlansSchema, plans, { reportInput: true });
  const issues = [...(result.success ? [] : fromZodIssues(result.error.issues)), ...repeatedNames(plans)];
  if (issues.length > 0 || !result.success) throw new ValidationError('plans', issues);
  return result.data;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function rowsOf(name: string, rows: SufficiencyRow[], first: Map<number, SufficiencyRow> | undefined): ComparisonRow[] {
  let cumulative = 0;
  return rows.map((r) => {
    cumulative += r.spend;
    const base = first?.get(r.year);
    return {
      name,
      year: r.year,
      independentPlacements: r.independentPlacements,
      newIndependent: r.newIndependent,
      srpPlaces: r.srpPlaces,
      srpDemand: r.srpDemand,
      srpShortfall: r.srpShortfall,
      specialShortfall: r.specialShortfall,
      total: r.total,
      spend: r.spend,
      cumulativeSpend: round(cumulative),
      independentVsFirst:
        first === undefined ? 0 : base ? round(r.independentPlacements - base.independentPlacements) : null,
      spendVsFirst: first === undefined ? 0 : base ? round(r.spend - base.spend) : null,
    };
  });
}

/**
 * Puts plans side by side: projects each scenario (see projectSufficiency) and gives one row per
 * plan and year with its independent placements, SRP places, demand and shortfall, spend (and spend
 * so far), and the difference from the first plan in the same year, so the first plan is the
 * reference the others are read against. Plans keep the order given; names must differ.
 *
 * @param plans `[{ name, scenario }, ...]`, at least one
 * @throws ValidationError listing every problem of every plan, with its path (`[1].scenario.stock[0].count`)
 * @example
 * // kent: data/kent/scenario-2025.json; the same plan, stopping after its 2027 additions
 * const stop = { ...kent, capacity: { ...kent.capacity, srp: { ...kent.capacity.srp,
 *   additions: kent.capacity.srp.additions.slice(0, 2) } } };
 * const { rows } = compareScenarios([{ name: 'plan', scenario: kent }, { name: 'stop in 2027', scenario: stop }]);
 * rows.filter((r) => r.year === 2030).map((r) => [r.name, Math.round(r.independentPlacements)]);
 * // [['plan', 909], ['stop in 2027', 1315]]
 */
export function compareScenarios(plans: Loose<readonly PlanInput[]>): ScenarioComparison {
  const valid = parsePlans(plans);
  const projections = valid.map((p) => projectValid(p.scenario));
  const first = new Map(projections[0].rows.map((r) => [r.year, r]));
  return {
    plans: valid.map((p, i) => ({
      name: p.name,
      scenario: p.scenario.name,
      baseYear: projections[i].baseYear,
      endYear: projections[i].endYear,
    })),
    rows: valid.flatMap((p, i) => rowsOf(p.name, projections[i].rows, i === 0 ? undefined : first)),
  };
}
