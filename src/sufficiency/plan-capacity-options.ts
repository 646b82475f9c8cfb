import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import {
  CAPACITY_PLAN_LIMITS,
  type CapacityCandidate,
  CapacityCandidateSchema,
  type CapacityCandidateInput,
} from '../schema/capacity-candidate.js';
import type { Scenario } from '../schema/scenario.js';
import { ValidationError, type ValidationIssueInput, fromZodIssues } from '../schema/validation-error.js';

/**
 * The defaults of planCapacity, each with its reason. Nothing else in the plan's search hard-codes
 * a tuning number.
 *
 * @example
 * DEFAULT_PLAN_CAPACITY.step; // 10
 */
export const DEFAULT_PLAN_CAPACITY = {
  /** What a plan minimises: spend, because the planner's question is what each further million buys. */
  objective: 'spend' as PlanObjective,
  /**
   * Places the search adds at a time: 10, a small resourced base's size; on Kent's candidates steps
   * of 1 find the same plan in about four times the time (bench/README.md, "Capacity plans").
   */
  step: 10,
  /** Budget levels of the frontier (budget × 1/8 ... 8/8): 8, enough to draw its curve (the issue asks for 5+). */
  frontierLevels: 8,
  /**
   * Passes of exchanges after the greedy search (each tries one more step of every candidate, paid
   * for by the others): 10; on random small instances they stop improving after two or three.
   */
  swapPasses: 10,
  /** Seed of the Monte Carlo runs, as simulateSufficiency's: the same call gives the same percentiles. */
  seed: 1,
  /** Percentiles of the saving reported with `runs`: a 90% interval and the median. */
  percentiles: [5, 50, 95] as number[],
  /**
   * A step whose saving is below this share of the objective is rounding noise, not a saving: a
   * billionth is pence on Kent's £2bn of spend over six years.
   */
  noiseShare: 1e-9,
};

/** What a plan minimises over the scenario's years: total spend (GBP) or independent placements (place-years). */
export type PlanObjective = 'spend' | 'independentPlacements';

/** Options of planCapacity, as a caller writes them; defaults in DEFAULT_PLAN_CAPACITY. */
export type PlanCapacityOptions = {
  /** Capital to spend, GBP. */
  budgetGbp: number;
  candidates: CapacityCandidateInput[];
  objective?: PlanObjective;
  /** Places added at a time (the last step of a candidate, or of the budget, may be smaller). */
  step?: number;
  /** Monte Carlo runs evaluating the chosen plan's saving with simulateSufficiency (none without). */
  runs?: number;
  seed?: number;
};

/** Validated options, defaults filled in. */
export type ParsedPlanOptions = {
  budgetGbp: number;
  candidates: CapacityCandidate[];
  objective: PlanObjective;
  step: number;
  runs?: number;
  seed: number;
};

const L = CAPACITY_PLAN_LIMITS;
const fmt = (x: number) => x.toLocaleString('en-GB');

const OptionsSchema = strictOptions({
  budgetGbp: z
    .number({ error: 'budgetGbp must be a finite number' })
    .check(
      z.minimum(0, { error: 'budgetGbp must be 0 or more' }),
      z.maximum(L.maxBudgetGbp, { error: `budgetGbp must be at most £${fmt(L.maxBudgetGbp)}` }),
    ),
  candidates: z.array(CapacityCandidateSchema, { error: 'candidates must be a list' }).check(
    z.maxLength(L.maxCandidates, {
      error: `candidates must list at most ${L.maxCandidates}`,
    }),
  ),
  objective: z.optional(
    z.enum(['spend', 'independentPlacements'], { error: 'objective must be spend or independentPlacements' }),
  ),
  step: z.optional(
    z
      .number({ error: 'step must be a number' })
      .check(
        z.int({ error: 'step must be a whole number of places' }),
        z.minimum(1, { error: 'step must be at least 1 place' }),
        z.maximum(L.maxPlaces, { error: `step must be at most ${fmt(L.maxPlaces)} places` }),
      ),
  ),
  runs: z.optional(
    z
      .number({ error: 'runs must be a number' })
      .check(
        z.int({ error: 'runs must be a whole number' }),
        z.minimum(1, { error: 'runs must be at least 1' }),
        z.maximum(100_000, { error: 'runs must be at most 100,000' }),
      ),
  ),
  seed: z.optional(z.number({ error: 'seed must be a number' }).check(z.int({ error: 'seed must be a whole number' }))),
});

type RawCandidate = { id?: unknown; setting?: unknown; year?: unknown; maxPlaces?: unknown };

/** The candidates as given, read defensively: the checks against the scenario run even when some fields are bad. */
function rawCandidates(options: unknown): RawCandidate[] {
  const list = (options as { candidates?: unknown } | null)?.candidates;
  if (!Array.isArray(list)) return [];
  return list.map((c) => (c !== null && typeof c === 'object' ? (c as RawCandidate) : {}));
}

/**
 * Problems only the scenario or the whole list can show: ids used twice, years outside the
 * projection, settings the scenario puts no cap on, more steps than the search takes.
 */
function againstScenario(options: unknown, s: Scenario, step: number | undefined): ValidationIssueInput[] {
  const issues: ValidationIssueInput[] = [];
  const first = new Map<string, number>();
  const [from, to] = [s.baseYear + 1, s.endYear];
  let steps = 0;
  rawCandidates(options).forEach((c, i) => {
    const at = `candidates[${i}]`;
    const id = typeof c.id === 'string' ? c.id.trim() : undefined;
    const seen = id ? first.get(id) : undefined;
    if (id && seen === undefined) first.set(id, i);
    else if (id)
      issues.push({
        path: `${at}.id`,
        code: 'duplicate',
        message: `duplicate id ${id} (first at candidates[${seen}])`,
      });
    if (Number.isInteger(c.year) && ((c.year as number) < from || (c.year as number) > to))
      issues.push({
        path: `${at}.year`,
        code: (c.year as number) < from ? 'too_small' : 'too_big',
        message:
          `year must be from ${from} to ${to}: a year of the scenario after its base year ` +
          `(${s.baseYear} is the census)`,
      });
    if ((c.setting === 'srp' || c.setting === 'maintained-special') && !s.capacity[c.setting])
      issues.push({
        path: `${at}.setting`,
        code: 'uncapped_setting',
        message:
          `the scenario puts no cap on ${c.setting} places, so adding some changes nothing; ` +
          `give it capacity.${c.setting}`,
      });
    if (step !== undefined && Number.isInteger(c.maxPlaces) && (c.maxPlaces as number) > 0)
      steps += Math.ceil((c.maxPlaces as number) / step);
  });
  if (step !== undefined && steps > L.maxSteps)
    issues.push({
      path: 'step',
      code: 'too_large_input',
      message:
        `the candidates make ${fmt(steps)} steps of ${step} places, over the ${fmt(L.maxSteps)} the search ` +
        'takes; use a larger step',
    });
  return issues;
}

/** The position of an issue's path in the input, so problems are listed candidate by candidate. */
function candidateIndex(path: string): number {
  const m = /^candidates\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : -1;
}

/**
 * Validates planCapacity's options against a validated scenario, listing every problem with its
 * path: each candidate's fields, ids used twice, years outside the scenario's projection, settings
 * the scenario puts no cap on, and the budget.
 *
 * @throws ValidationError listing every problem
 * @example
 * const kent = parseScenario(kentJson); // data/kent/scenario-2025.json
 * parsePlanOptions({ budgetGbp: 1e6, candidates: [] }, kent).step; // 10
 * parsePlanOptions({ budgetGbp: -1, candidates: [] }, kent);
 * // throws ValidationError: budgetGbp: budgetGbp must be 0 or more
 */
export function parsePlanOptions(options: unknown, s?: Scenario): ParsedPlanOptions {
  const result = z.safeParse(OptionsSchema, options, { reportInput: true });
  // The step count is only checked with a valid step: a bad one is reported by the schema.
  const step = result.success ? (result.data.step ?? DEFAULT_PLAN_CAPACITY.step) : undefined;
  const issues = [
    ...(result.success ? [] : fromZodIssues(result.error.issues)),
    ...(s ? againstScenario(options, s, step) : []),
  ];
  if (!result.success || step === undefined || issues.length > 0) {
    // Stable sort: the options' own fields first, then candidate by candidate in the schema's field order.
    const sorted = issues.map((issue, k) => ({ issue, k, at: candidateIndex(issue.path) }));
    sorted.sort((a, b) => a.at - b.at || a.k - b.k);
    throw new ValidationError(
      'planCapacity options',
      sorted.map((x) => x.issue),
    );
  }
  const o = result.data;
  return {
    budgetGbp: o.budgetGbp,
    candidates: o.candidates,
    objective: o.objective ?? DEFAULT_PLAN_CAPACITY.objective,
    step,
    runs: o.runs,
    seed: o.seed ?? DEFAULT_PLAN_CAPACITY.seed,
  };
}
