import { parseScenario, projectSufficiency } from '../../index.js';
import type { CapacityPlan } from '../../index.js';
import { CAPACITY_PLAN_OPTIONS, capacityPlanOf, withoutPlannedAdditions } from '../capacity-plan-flags.js';
import type { Command } from '../command.js';
import type { Table } from '../format-output.js';
import { readJsonInput } from '../read-input.js';
import { SIMULATION_OPTIONS, runsOf } from '../simulation-flags.js';
import { SETTING_NAMES } from '../../report/planner-words.js';
import { countNoun } from '../../report/count-noun.js';
import { uncostedSettingsWarning } from '../uncosted-settings.js';

/** The uncertainty table's columns: the saving's mean, 5th, 50th and 95th percentiles, named as forecast bounds are. */
const PERCENTILE_LABELS = [
  ['mean', 'mean'],
  ['p5', '5% low'],
  ['p50', 'median'],
  ['p95', '95% high'],
] as const;

/**
 * The frontier's levels as the table writes them: one row per budget in whole pounds (the last level of each, the
 * most found for it), so a budget of £0, or of a few pounds, is not eight rows that print the same.
 */
function distinctBudgets(frontier: CapacityPlan['frontier']): CapacityPlan['frontier'] {
  return frontier.filter(
    (f, k) => k + 1 === frontier.length || Math.round(frontier[k + 1].budgetGbp) !== Math.round(f.budgetGbp),
  );
}

/** The plan as tables: chosen places (the CSV), the frontier, every candidate's reason, the uncertainty. */
function tablesOf(plan: CapacityPlan): Table[] {
  const saving = plan.objective === 'spend' ? 'gbp' : 'count';
  const unit = plan.objective === 'spend' ? '£' : 'place-years';
  // The objective as the summary says it, not its option name (independentPlacements).
  const objectiveWords = plan.objective === 'spend' ? '£ of spend' : 'place-years of independent placements';
  const tables: Table[] = [
    {
      title: `Chosen places: what each saves over the scenario's years (${objectiveWords})`,
      columns: [
        { key: 'id', label: 'candidate' },
        'setting',
        'need',
        { key: 'year', kind: 'year' },
        { key: 'places', kind: 'count' },
        { key: 'capitalGbp', label: 'capital £', kind: 'gbp' },
        { key: 'saving', label: `saving ${unit}`, kind: saving },
      ],
      rows: plan.chosen.map((c) => ({ ...c, setting: SETTING_NAMES[c.setting] ?? c.setting, need: c.need ?? 'any' })),
    },
    {
      title: 'Frontier: the best saving found at each budget',
      // To the £10,000, as the summary writes them: a plan £40,000 short of its budget does not read as spending all.
      millionsDecimals: 2,
      columns: [
        { key: 'budgetGbp', label: 'budget £', kind: 'gbp' },
        { key: 'capitalGbp', label: 'capital £', kind: 'gbp' },
        { key: 'saving', label: `saving ${unit}`, kind: saving },
        { key: 'extraSaving', label: `extra saving ${unit}`, kind: saving },
      ],
      rows: distinctBudgets(plan.frontier).map((f, k, rows) => ({
        ...f,
        extraSaving: f.saving - (k > 0 ? rows[k - 1].saving : 0),
      })),
    },
    {
      title: 'Candidates',
      columns: [
        { key: 'id', label: 'candidate' },
        { key: 'places', label: 'places bought', kind: 'count' },
        { key: 'maxPlaces', label: 'offered', kind: 'count' },
        { key: 'reason', label: 'why' },
      ],
      rows: plan.why.candidates,
    },
  ];
  const u = plan.uncertainty;
  if (u)
    tables.push({
      title:
        `Saving across ${countNoun(u.runs, 'simulated run')} (seed ${u.seed}), ` +
        'paired with the scenario without the plan',
      columns: PERCENTILE_LABELS.map(([key, label]) => ({ key, label: `${label} ${unit}`, kind: saving })),
      rows: [{ mean: u.mean, p5: u.p5, p50: u.p50, p95: u.p95 }],
    });
  return tables;
}

/**
 * `send-placement plan-capacity`: where a capital budget's places should go, among candidate places
 * read from CSV, and what each further share of the budget saves.
 *
 * @example
 * // send-placement plan-capacity --scenario s.json --candidates c.csv --budget 12000000
 */
export const planCapacityCommand: Command = {
  name: 'plan-capacity',
  summary: 'Choose where a capital budget adds SRP and special school places, and what each further million saves.',
  details: [
    'Candidates are CSV: id,setting,need,year,maxPlaces,capitalGbpPerPlace,source (setting srp or',
    'maintained-special; an empty need is places for any need). The plan buys the places that cut the',
    "scenario's total spend (or --objective independentPlacements) most over its years; the frontier",
    "gives the best saving found at eight budget levels. --without-plan leaves out the scenario's own",
    'planned additions, so the candidates are the plan. --format csv writes the chosen places. --runs adds',
    "the saving's 5th, 50th and 95th percentiles over simulated runs, paired with the scenario without the plan.",
  ].join('\n'),
  options: {
    scenario: { type: 'string', value: 'FILE', required: true, description: 'the sufficiency scenario, JSON' },
    candidates: { ...CAPACITY_PLAN_OPTIONS.candidates, required: true },
    budget: { ...CAPACITY_PLAN_OPTIONS.budget, required: true },
    objective: CAPACITY_PLAN_OPTIONS.objective,
    step: CAPACITY_PLAN_OPTIONS.step,
    'without-plan': CAPACITY_PLAN_OPTIONS['without-plan'],
    ...SIMULATION_OPTIONS,
  },
  examples: [
    'send-placement plan-capacity --scenario data/kent/scenario-2025.json --candidates ' +
      'data/kent/capacity-candidates.csv --budget 12000000 --without-plan',
    'send-placement plan-capacity --scenario s.json --candidates c.csv --budget 12000000 --runs 500',
  ],
  async run({ io, args }) {
    const scenarioFile = args.requiredString('scenario');
    const simulate = runsOf(args, 'plan-capacity');
    const read = await readJsonInput(io, scenarioFile, parseScenario);
    const scenario = args.flag('without-plan') ? withoutPlannedAdditions(read) : read;
    const { plan, warnings } = await capacityPlanOf(io, args, scenario, simulate, 'plan-capacity');
    // A saving in spend leaves out the settings with no costs: say which, as sufficiency does.
    const uncosted = plan.objective === 'spend' && uncostedSettingsWarning(scenario, projectSufficiency(scenario).rows);
    const costs = uncosted ? [`warning: ${scenarioFile}: ${uncosted}`] : [];
    return { json: plan, tables: tablesOf(plan), notes: [...warnings, ...costs, plan.why.summary] };
  },
};
