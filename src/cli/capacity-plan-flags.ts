import { isValidationError, planCapacity } from '../index.js';
import type { CapacityPlan, Scenario, ValidationIssueInput } from '../index.js';
import { parsePlanOptions } from '../sufficiency/plan-capacity-options.js';
import { CAPACITY_PLAN_LIMITS } from '../schema/capacity-candidate.js';
import { parseNumberCell } from '../io/read-cell.js';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { InputError } from './input-error.js';
import type { CommandArgs } from './parse-command-args.js';
import { createProgressBar } from './progress-bar.js';
import { candidateIssuesInFile, readCandidatesInput } from './read-candidates-input.js';
import { UsageError } from './usage-error.js';

const OBJECTIVES = ['spend', 'independentPlacements'] as const;

/**
 * The capacity plan's flags, shared by `plan-capacity` and `report` (where they add the "Where to add places" part).
 *
 * @example
 * Object.keys(CAPACITY_PLAN_OPTIONS); // ['candidates', 'budget', 'objective', 'step', 'without-plan']
 */
export const CAPACITY_PLAN_OPTIONS = {
  candidates: { type: 'string', value: 'FILE', description: 'candidate places, CSV' },
  budget: {
    type: 'string',
    value: 'GBP',
    description: 'capital budget in pounds: 12000000, £12,000,000, £12m or £500k',
  },
  objective: { type: 'string', value: 'NAME', description: 'spend (default) or independentPlacements' },
  step: { type: 'string', value: 'N', description: 'places the search adds at a time (default 10)' },
  'without-plan': {
    type: 'boolean',
    description: 'plan from the scenario without its own planned additions, so the candidates are the plan',
  },
} as const satisfies Command['options'];

/**
 * The scenario's base places only: its planned SRP and special school additions left out, so that the candidates
 * are the plan (--without-plan). A scenario whose plan already meets its demand leaves no candidate anything to save.
 *
 * @example
 * withoutPlannedAdditions(kent).capacity.srp?.additions; // []
 */
export function withoutPlannedAdditions(s: Scenario): Scenario {
  const capacity = { ...s.capacity };
  for (const key of ['srp', 'maintained-special'] as const) {
    const plan = capacity[key];
    if (plan) capacity[key] = { ...plan, additions: [] };
  }
  return { ...s, capacity };
}

const MILLIONS = /^£?\s*(\d+(?:\.\d+)?)\s*(m|k)$/i;

/**
 * --budget in whole pounds, written as a planner writes a budget: `12000000`, `£12,000,000`, `£12m`,
 * `£1.5m` or `£500k`.
 *
 * @throws UsageError saying how to write it, with the largest budget
 * @example
 * budgetFlag('£12m', 'plan-capacity'); // 12000000
 * budgetFlag('£500k', 'plan-capacity'); // 500000
 */
export function budgetFlag(text: string, command: string): number {
  const short = MILLIONS.exec(text.trim());
  const pounds = short
    ? Math.round(Number(short[1]) * (short[2].toLowerCase() === 'm' ? 1e6 : 1e3))
    : parseNumberCell(text);
  const max = CAPACITY_PLAN_LIMITS.maxBudgetGbp;
  if (pounds === undefined || !Number.isSafeInteger(pounds) || pounds < 0 || pounds > max)
    throw new UsageError(
      `--budget must be whole pounds from 0 to ${max.toLocaleString('en-GB')}, written as 12000000, £12,000,000, ` +
        `£12m or £500k, not "${text}"`,
      command,
    );
  return pounds;
}

/** What parsePlanOptions finds wrong with the candidates that read, or nothing. */
function scenarioProblems(scenario: Scenario, options: unknown): ValidationIssueInput[] {
  try {
    parsePlanOptions(options, scenario);
    return [];
  } catch (error) {
    if (isValidationError(error)) return error.issues;
    throw error;
  }
}

/**
 * Plans a capital budget from the command's flags: reads --candidates (CSV), --budget (whole pounds), --objective
 * and --step, and runs planCapacity on the scenario, with `simulate` runs for the saving's percentiles. A candidate
 * that does not fit the scenario (a year outside it, an uncapped setting) is reported as a bad row of the file.
 *
 * @throws UsageError for a missing or bad flag; InputError for a bad candidates file
 * @example
 * const { plan } = await capacityPlanOf(io, args, scenario, undefined, 'plan-capacity');
 * plan.frontier.length; // 8
 */
export async function capacityPlanOf(
  io: CliIo,
  args: CommandArgs,
  scenario: Scenario,
  simulate: { runs: number; seed: number } | undefined,
  command: string,
): Promise<{ plan: CapacityPlan; warnings: string[] }> {
  const file = args.requiredString('candidates');
  const budgetGbp = budgetFlag(args.requiredString('budget'), command);
  const objective = args.string('objective') ?? 'spend';
  if (!(OBJECTIVES as readonly string[]).includes(objective))
    throw new UsageError(`--objective must be one of ${OBJECTIVES.join(', ')}`, command);
  const step = args.integer('step', { min: 1, max: CAPACITY_PLAN_LIMITS.maxPlaces }, undefined);
  const candidates = await readCandidatesInput(io, file);
  if (candidates.problems.length > 0) {
    // Every problem at once: the rows that did not read, and what the scenario says of the rest.
    const more = scenarioProblems(scenario, { budgetGbp, candidates: candidates.records, objective, step });
    const { inFile, other } = candidateIssuesInFile(more, candidates.lines);
    const byLine = [...candidates.problems, ...inFile].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new InputError(file, [...byLine, ...other]);
  }
  const bar = createProgressBar(io, simulate ? `planning, then ${simulate.runs} simulated runs` : 'planning', 1);
  try {
    const plan = planCapacity(scenario, {
      budgetGbp,
      candidates: candidates.records,
      objective: objective as (typeof OBJECTIVES)[number],
      step,
      ...simulate,
    });
    bar.tick();
    return { plan, warnings: candidates.warnings };
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const { inFile, other } = candidateIssuesInFile(error.issues, candidates.lines);
    if (inFile.length > 0) throw new InputError(file, [...inFile, ...other]);
    throw error;
  } finally {
    bar.done();
  }
}
