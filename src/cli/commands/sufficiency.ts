import { compareScenarios, projectSufficiency } from '../../index.js';
import { simulateSufficiency } from '../../index.js';
import { createProgressBar } from '../progress-bar.js';
import { parseScenario, type Scenario } from '../../index.js';
import type { CliIo } from '../cli-io.js';
import type { Command } from '../command.js';
import type { CommandOutput, Table } from '../format-output.js';
import { UsageError } from '../usage-error.js';
import { readJsonInput } from '../read-input.js';

/** Plans side by side: one row per plan and year, the first plan the reference the others are read against. */
async function comparePlans(io: CliIo, files: string[]): Promise<CommandOutput> {
  const scenarios: Scenario[] = [];
  for (const file of files) scenarios.push(await readJsonInput(io, file, parseScenario));
  // A plan is named by its scenario's name, and by its place and file as well where two scenarios share one.
  const names = scenarios.map((s, i) =>
    scenarios.filter((t) => t.name === s.name).length > 1 ? `${s.name} (plan ${i + 1}, ${files[i]})` : s.name,
  );
  const comparison = compareScenarios(scenarios.map((scenario, i) => ({ name: names[i], scenario })));
  const rows = comparison.rows.map((r) => ({
    plan: r.name,
    year: r.year,
    independentPlacements: r.independentPlacements,
    independentVsFirst: r.independentVsFirst,
    srpPlaces: r.srpPlaces,
    srpShortfall: r.srpShortfall,
    spend: r.spend,
    spendVsFirst: r.spendVsFirst,
    cumulativeSpend: r.cumulativeSpend,
  }));
  const notes = comparison.plans.map((plan) => {
    const r = comparison.rows.filter((row) => row.name === plan.name).at(-1);
    const placements = `${Math.round(r?.independentPlacements ?? 0)} independent placements in ${plan.endYear}`;
    const spent = `£${((r?.cumulativeSpend ?? 0) / 1e6).toFixed(1)}m spent ${plan.baseYear}-${plan.endYear}`;
    return `${plan.name}: ${placements}, ${spent}`;
  });
  return {
    json: comparison,
    tables: [
      { title: `${names.length} plans side by side (against ${names[0]})`, columns: Object.keys(rows[0]), rows },
    ],
    notes,
  };
}

/**
 * `send-placement sufficiency`: projects independent placements, SRP places and demand, and spend
 * per year under a scenario's capacity plan, beside the same scenario with no new capacity; with
 * `--scenario` given more than once, puts the plans side by side instead (compareScenarios).
 *
 * @example
 * // send-placement sufficiency --scenario data/kent/scenario-2025.json
 * // send-placement sufficiency --scenario plan-a.json --scenario plan-b.json
 */
export const sufficiencyCommand: Command = {
  name: 'sufficiency',
  summary: 'Project independent placements and spend under a capacity plan, against no new capacity.',
  details: [
    'The scenario is JSON (see data/kent/scenario-2025.json): every assumption with its source.',
    'The table has one row per year, with the plan and without it (counterfactual).',
    'Give --scenario more than once to put plans side by side: one row per plan and year, each read',
    'against the first (independent placements, SRP places and shortfall, spend and spend so far).',
  ].join('\n'),
  options: {
    scenario: {
      type: 'string',
      value: 'FILE',
      required: true,
      multiple: true,
      description: 'the scenario, JSON; again for each plan to compare',
    },
    runs: { type: 'string', value: 'N', description: 'Monte Carlo runs for percentile bands (with --seed)' },
    seed: {
      type: 'string',
      value: 'N',
      description: 'seed of the Monte Carlo runs; the same seed gives the same bands',
    },
  },
  examples: [
    'send-placement sufficiency --scenario data/kent/scenario-2025.json',
    'send-placement sufficiency --scenario data/kent/scenario-2025.json --runs 500 --seed 1',
    'send-placement sufficiency --scenario plan-a.json --scenario plan-b.json --format csv --out plans.csv',
  ],
  async run({ io, args }) {
    const files = args.strings('scenario');
    if (files.length === 0) throw new UsageError('--scenario is required', 'sufficiency');
    const runs = args.integer('runs', { min: 1, max: 100_000 }, undefined);
    const seed = args.integer('seed', { min: 0 }, undefined);
    if ((runs === undefined) !== (seed === undefined))
      throw new UsageError('--runs and --seed go together', 'sufficiency');
    if (files.length > 1) {
      if (runs !== undefined) throw new UsageError('--runs and --seed take one --scenario', 'sufficiency');
      return comparePlans(io, files);
    }
    const [file] = files;
    const scenario = await readJsonInput(io, file, parseScenario);
    const projection = projectSufficiency(scenario);
    const without = new Map(projection.counterfactual.map((r) => [r.year, r]));
    const rows = projection.rows.map((r) => ({
      year: r.year,
      independentPlacements: r.independentPlacements,
      withoutPlan: without.get(r.year)?.independentPlacements,
      newIndependent: r.newIndependent,
      srpPlaces: r.srpPlaces,
      srpDemand: r.srpDemand,
      srpShortfall: r.srpShortfall,
      spend: r.spend,
      spendWithoutPlan: without.get(r.year)?.spend,
      cumulativeSaving: r.cumulativeSaving,
    }));
    const s = projection.summary;
    const tables: Table[] = [
      { title: `Scenario: ${projection.scenario}`, columns: Object.keys(rows[0] ?? { year: 0 }), rows },
    ];
    let simulation: ReturnType<typeof simulateSufficiency> | undefined;
    if (runs !== undefined && seed !== undefined) {
      // One library call does every run; the bar shows that the Monte Carlo is under way.
      const bar = createProgressBar(io, `simulating ${runs} runs`, 1);
      try {
        simulation = simulateSufficiency(scenario, { runs, seed });
        bar.tick();
      } finally {
        bar.done();
      }
      const keys = Object.keys(simulation.independentPlacements[0] ?? {}).filter((k) => k !== 'year');
      tables.push({
        title: `Independent placements: Monte Carlo bands (${runs} runs, seed ${seed})`,
        columns: ['year', ...keys],
        rows: simulation.independentPlacements.map((b) => ({ ...b })),
      });
    }
    return {
      json: simulation ? { projection, simulation } : projection,
      tables,
      notes: [
        `independent placements ${Math.round(s.independentFirst)} in ${projection.baseYear} -> ` +
          `${Math.round(s.independentLast)} in ${projection.endYear} with the plan, ` +
          `${Math.round(s.counterfactualLast)} without; extra spend without the plan ` +
          `£${(s.extraSpendWithoutPlan / 1e6).toFixed(1)}m`,
      ],
    };
  },
};
