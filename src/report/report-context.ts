import * as z from 'zod/mini';
import { parseChildren, type Child } from '../schema/child.js';
import type { TravelEntry } from '../geo/travel-table.js';
import { matchOptionsOf } from '../match/match-options.js';
import { parsePolicy, type Policy } from '../schema/policy.js';
import { parseScenario, type Scenario } from '../schema/scenario.js';
import { parseSchools, type School } from '../schema/school.js';
import {
  ValidationError,
  fromZodIssues,
  isValidationError,
  type ValidationIssueInput,
} from '../schema/validation-error.js';
import { type ScenarioComparison, compareScenarios } from '../sufficiency/compare-scenarios.js';
import type { CapacityPlan } from '../sufficiency/plan-capacity.js';
import { projectSufficiency, type SufficiencyProjection } from '../sufficiency/project-sufficiency.js';
import type { SufficiencySimulation } from '../sufficiency/simulate-sufficiency.js';
import type { ForecastChartInput, TornadoChartInput } from './chart-inputs.js';
import { REPORT_DEFAULTS } from './report-defaults.js';
import { resultsMatchScenario } from './results-match-scenario.js';
import { type ReportInput, ReportInputSchema } from './report-input.js';

/**
 * Everything a report section may read: the inputs validated and parsed, with the defaults filled in. Sections
 * read it and never validate again (STYLE: validate at the door, trust inside).
 */
export type ReportContext = {
  title: string;
  scenario?: Scenario;
  projection?: SufficiencyProjection;
  /** The plans of `plans`, compared (compareScenarios). */
  comparison?: ScenarioComparison;
  simulation?: SufficiencySimulation;
  /** Tornado data given by the caller; `false` when the caller turned the tornado off. */
  sensitivity?: TornadoChartInput | false;
  capacityPlan?: CapacityPlan;
  forecasts: (ForecastChartInput & { label: string })[];
  schools?: School[];
  children?: Child[];
  policy?: Policy;
  /** The matching options (the travel table) for rankSchools and the allocation round. */
  match?: { travel: TravelEntry[] };
  /** Rows left out as invalid before the report (see ReportInput.skipped). */
  skipped: { children?: number; schools?: number; journeys?: number };
  maxChildren: number;
  limit: number;
  ncYear: number;
};

/** A ValidationError's issues with their paths under `prefix` (`[3].urn` under `schools` is `schools[3].urn`). */
function under(prefix: string, issues: readonly ValidationIssueInput[]): ValidationIssueInput[] {
  return issues.map((i) => ({
    ...i,
    path: i.path === '(root)' ? prefix : i.path.startsWith('[') ? `${prefix}${i.path}` : `${prefix}.${i.path}`,
  }));
}

/** Runs a parser, collecting its problems under `prefix` instead of throwing, so every input's problems are listed. */
function collect<T>(prefix: string, value: unknown, parse: (x: unknown) => T, issues: ValidationIssueInput[]) {
  if (value === undefined) return undefined;
  try {
    return parse(value);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    issues.push(...under(prefix, error.issues));
    return undefined;
  }
}

/**
 * A report's title when neither `title` nor a scenario gives one: what the report holds (the one forecast's label,
 * "Placement matching"), and 'send-placement report' only for a mix with no name.
 */
function defaultTitle(
  comparison: ScenarioComparison | undefined,
  options: { forecasts?: { label: string }[]; schools?: unknown; capacityPlan?: unknown; projection?: unknown },
): string {
  if (comparison) return 'Plans side by side';
  const forecasts = options.forecasts ?? [];
  const matching = options.schools !== undefined;
  const planned = options.capacityPlan !== undefined || options.projection !== undefined;
  if (planned) return 'send-placement report';
  if (forecasts.length > 0 && !matching) return forecasts.length === 1 ? forecasts[0].label : 'Forecasts';
  if (matching && forecasts.length === 0) return 'Placement matching';
  return 'send-placement report';
}

/**
 * Validates a report's input and builds what the sections read: one ValidationError lists every problem of every
 * input (options, scenario, schools, children, policy), each with its path and code.
 *
 * @throws ValidationError listing every problem
 *
 * @example
 * buildReportContext({ scenario: kent }).ncYear; // 7 (kent: data/kent/scenario-2025.json)
 * buildReportContext({ limit: Number.NaN }); // throws ValidationError: limit: limit must be a number ...
 */
export function buildReportContext(input: ReportInput): ReportContext {
  const issues: ValidationIssueInput[] = [];
  const checked = z.safeParse(ReportInputSchema, input, { reportInput: true });
  if (!checked.success) issues.push(...fromZodIssues(checked.error.issues));
  const options = checked.success ? checked.data : {};
  const raw = (input ?? {}) as ReportInput;
  const scenario = collect('scenario', raw.scenario, parseScenario, issues);
  const schools = collect('schools', raw.schools, parseSchools, issues);
  const children = collect('children', raw.children, parseChildren, issues);
  const policy = collect('policy', raw.policy, parsePolicy, issues);
  const comparison = collect('plans', raw.plans, compareScenarios, issues);
  const travelIssues: ValidationIssueInput[] = [];
  const travel = raw.travel === undefined ? undefined : matchOptionsOf({ travel: raw.travel }, travelIssues);
  issues.push(...travelIssues.map((i) => ({ ...i, path: i.path.replace(/^options\./, '') })));
  if ((raw.schools === undefined) !== (raw.children === undefined)) {
    issues.push({
      path: raw.schools === undefined ? 'schools' : 'children',
      code: 'required',
      message: 'the matching pages need both schools and children',
    });
  }
  const hasForecasts = (raw.forecasts?.length ?? 0) > 0;
  const nothing =
    raw.scenario === undefined &&
    raw.projection === undefined &&
    raw.plans === undefined &&
    raw.capacityPlan === undefined;
  if (nothing && !hasForecasts && raw.schools === undefined) {
    issues.push({
      path: '(root)',
      code: 'required',
      message: 'give a scenario, plans, a capacity plan, forecasts, or schools and children',
    });
  }
  if (checked.success) issues.push(...resultsMatchScenario(scenario, options));
  if (issues.length > 0) throw new ValidationError('report input', issues);
  return {
    title: options.title ?? scenario?.name ?? defaultTitle(comparison, options),
    scenario,
    projection: (options.projection as SufficiencyProjection | undefined) ?? (scenario && projectSufficiency(scenario)),
    comparison,
    simulation: options.simulation as SufficiencySimulation | undefined,
    sensitivity: options.sensitivity,
    capacityPlan: options.capacityPlan as CapacityPlan | undefined,
    forecasts: options.forecasts ?? [],
    schools,
    children,
    policy,
    match: travel ? { travel } : undefined,
    skipped: options.skipped ?? {},
    maxChildren: options.maxChildren ?? REPORT_DEFAULTS.maxChildren,
    limit: options.limit ?? REPORT_DEFAULTS.limit,
    ncYear: options.ncYear ?? REPORT_DEFAULTS.ncYear,
  };
}
