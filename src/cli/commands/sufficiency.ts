import { projectSufficiency } from '../../index.js';
import { simulateSufficiency } from '../../index.js';
import { parseScenario } from '../../index.js';
import { countNoun } from '../../report/count-noun.js';
import { formatCount, formatGbp } from '../../report/figure-format.js';
import { addsNoPlaces, leavesSpecialShort } from '../../report/sections/sufficiency-section.js';
import type { SufficiencyProjection, SufficiencyRow } from '../../sufficiency/project-sufficiency.js';
import type { SufficiencySimulation } from '../../sufficiency/simulate-sufficiency.js';
import type { Command } from '../command.js';
import { type Column, type Table, tableCsv } from '../format-output.js';
import { createProgressBar } from '../progress-bar.js';
import { readJsonInput } from '../read-input.js';
import { UsageError } from '../usage-error.js';
import { comparePlans } from './compare-plans.js';
import { scenarioWarnings } from '../scenario-warnings.js';
import { runsOf, SIMULATION_OPTIONS, SIMULATION_PERCENTILES } from '../simulation-flags.js';

/** Independent and non-maintained special school spend: what the council's papers call INMSS spend. */
const inmss = (r: Pick<SufficiencyRow, 'spendBySetting'>) =>
  (r.spendBySetting.independent ?? 0) + (r.spendBySetting['non-maintained'] ?? 0);

/** The children's columns, as a planner reads them: expected counts (whole in a table, to 0.1 in CSV). */
const CHILDREN_COLUMNS: Column[] = [
  'year',
  { key: 'independent', label: 'independent, plan', kind: 'count' },
  { key: 'independentWithout', label: 'independent, no new places', kind: 'count' },
  { key: 'newIndependent', label: 'new independent, plan', kind: 'count' },
  { key: 'srpPlaces', label: 'SRP places', kind: 'count' },
  { key: 'srpDemand', label: 'SRP demand', kind: 'count' },
  { key: 'srpShortfall', label: 'SRP shortfall', kind: 'count' },
];

/**
 * The maintained special school columns, shown when the plan leaves special schools short in some year (in a
 * council where they overflow, that shortfall drives independent placements as SRP's does; Kent's never is).
 */
const SPECIAL_COLUMNS: Column[] = [
  { key: 'specialPlaces', label: 'special school places', kind: 'count' },
  { key: 'specialDemand', label: 'special school demand', kind: 'count' },
  { key: 'specialShortfall', label: 'special school shortfall', kind: 'count' },
];

/** The spend columns: £ a year (£m in a table, whole pounds in CSV). */
const SPEND_COLUMNS: Column[] = [
  { key: 'inmss', label: 'spend £, independent and non-maintained', kind: 'gbp' },
  { key: 'inmssWithout', label: 'spend £, independent and non-maintained, no new places', kind: 'gbp' },
  { key: 'spend', label: 'spend £, all settings', kind: 'gbp' },
  { key: 'spendWithout', label: 'spend £, all settings, no new places', kind: 'gbp' },
  { key: 'saving', label: 'saving so far £, all settings', kind: 'gbp' },
];

/**
 * The summary's last clause, true whatever the plan does to spend: more without the plan (its saving, as the
 * README shows it), more with it (places dearer than the placements they replace), or the same, saying why when
 * the scenario adds no local places at all.
 */
function spendWords(projection: SufficiencyProjection): string {
  const saving = projection.summary.extraSpendWithoutPlan;
  const amount = formatGbp(Math.abs(saving));
  if (amount !== '£0')
    return `spend ${saving > 0 ? 'without' : 'with'} the plan ${amount} more over the period (all settings)`;
  return addsNoPlaces(projection)
    ? `the scenario adds no local places after ${projection.baseYear}, so spend is the same without a plan`
    : 'spend the same with and without the plan over the period (all settings)';
}

function rowsOf(projection: SufficiencyProjection, simulation: SufficiencySimulation | undefined): Table['rows'] {
  const without = new Map(projection.counterfactual.map((r) => [r.year, r]));
  const bands = new Map(simulation?.independentPlacements.map((b) => [b.year, b]));
  return projection.rows.map((r) => {
    const w = without.get(r.year);
    const band = bands.get(r.year);
    return {
      year: r.year,
      independent: r.independentPlacements,
      independentWithout: w?.independentPlacements,
      newIndependent: r.newIndependent,
      srpPlaces: r.srpPlaces,
      srpDemand: r.srpDemand,
      srpShortfall: r.srpShortfall,
      specialPlaces: r.specialPlaces,
      specialDemand: r.specialDemand,
      specialShortfall: r.specialShortfall,
      inmss: inmss(r),
      inmssWithout: w && inmss(w),
      spend: r.spend,
      spendWithout: w?.spend,
      saving: r.cumulativeSaving,
      ...Object.fromEntries(SIMULATION_PERCENTILES.map((p) => [`p${p}`, band?.[`p${p}`]])),
    };
  });
}

/**
 * `send-placement sufficiency`: projects independent placements, SRP places and demand, and spend per year under a
 * scenario's capacity plan, beside the same scenario with no new capacity; with --runs, the simulated p5, p50 and
 * p95 of independent placements as columns of the same table (so CSV and JSON keep them); with --scenario more than
 * once, the plans side by side (see comparePlans).
 *
 * @example
 * // send-placement sufficiency --scenario data/kent/scenario-2025.json --runs 500
 * // send-placement sufficiency --scenario plan-a.json --scenario plan-b.json
 */
export const sufficiencyCommand: Command = {
  name: 'sufficiency',
  summary: 'Project independent placements and spend under a capacity plan, against no new capacity.',
  details: [
    'The scenario is JSON (see data/kent/scenario-2025.json): every assumption with its source.',
    'One row per year, with the plan and with no new places; maintained special school places, demand and',
    'shortfall too when the plan leaves them short in some year. Children are expected counts (whole in the',
    'table, to 0.1 under 10 where rounding would hide them, e.g. 5.7; to 0.1 in CSV); spend is £ a year.',
    '--runs (with one --scenario) adds the simulated 5th, 50th and 95th percentiles of independent placements',
    'as columns p5, p50 and p95 (seed 1 unless --seed says otherwise; the same seed gives the same bands).',
    'Give --scenario more than once to put plans side by side: one row per plan and year, each read against',
    'the first (independent placements, SRP places and shortfall, spend and spend so far; special school',
    'shortfall too when a plan leaves special schools short).',
  ].join('\n'),
  options: {
    scenario: {
      type: 'string',
      value: 'FILE',
      required: true,
      multiple: true,
      description: 'the scenario, JSON; again for each plan to put side by side',
    },
    ...SIMULATION_OPTIONS,
  },
  examples: [
    'send-placement sufficiency --scenario data/kent/scenario-2025.json',
    'send-placement sufficiency --scenario data/kent/scenario-2025.json --runs 500 --format csv --out kent.csv',
    'send-placement sufficiency --scenario plan-a.json --scenario plan-b.json --format csv --out plans.csv',
  ],
  async run({ io, args }) {
    const files = args.strings('scenario');
    if (files.length === 0) throw new UsageError('--scenario is required', 'sufficiency');
    const simulate = runsOf(args, 'sufficiency');
    if (files.length > 1) {
      if (simulate)
        throw new UsageError(
          '--runs takes one --scenario: simulate each plan on its own, or put the plans side by side without --runs',
          'sufficiency',
        );
      return comparePlans(io, files);
    }
    const [file] = files;
    const scenario = await readJsonInput(io, file, parseScenario);
    const projection = projectSufficiency(scenario);
    let simulation: SufficiencySimulation | undefined;
    if (simulate) {
      // One library call does every run; the bar shows that the Monte Carlo is under way.
      const bar = createProgressBar(io, `simulating ${simulate.runs} runs`, 1);
      try {
        simulation = simulateSufficiency(scenario, { ...simulate, percentiles: [...SIMULATION_PERCENTILES] });
        bar.tick();
      } finally {
        bar.done();
      }
    }
    const bandColumns: Column[] = simulation
      ? SIMULATION_PERCENTILES.map((p) => ({ key: `p${p}`, label: `independent, p${p}`, kind: 'count' }))
      : [];
    const s = projection.summary;
    const rows = rowsOf(projection, simulation);
    const children = [...CHILDREN_COLUMNS, ...(leavesSpecialShort(projection) ? SPECIAL_COLUMNS : []), ...bandColumns];
    // The terminal shows children and spend as two tables of readable width; CSV keeps every column in one.
    return {
      json: simulation ? { projection, simulation } : projection,
      tables: [
        { title: `${projection.scenario}: children`, columns: children, rows },
        {
          title: `${projection.scenario}: spend £ a year`,
          // The title says spend £: the headings drop it, so the table stays narrow.
          columns: [
            'year',
            ...SPEND_COLUMNS.map((c) =>
              typeof c === 'string' ? c : { ...c, label: c.label?.replace(/^spend £, /, '').replace(' £,', ',') },
            ),
          ],
          rows,
        },
      ],
      csv: tableCsv({ columns: [...children, ...SPEND_COLUMNS], rows }),
      notes: [
        ...scenarioWarnings(file, scenario, projection),
        `independent placements ${formatCount(s.independentFirst)} in ${projection.baseYear} -> ` +
          `${formatCount(s.independentLast)} in ${projection.endYear} with the plan, ` +
          `${formatCount(s.counterfactualLast)} with no new places; ${spendWords(projection)}`,
        ...(simulate ? [`${countNoun(simulate.runs, 'simulated run')}, seed ${simulate.seed}`] : []),
      ],
    };
  },
};
