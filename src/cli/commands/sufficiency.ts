import { projectSufficiency } from '../../index.js';
import { simulateSufficiency } from '../../index.js';
import { createProgressBar } from '../progress-bar.js';
import { parseScenario } from '../../index.js';
import type { Command } from '../command.js';
import type { Table } from '../format-output.js';
import { UsageError } from '../usage-error.js';
import { readJsonInput } from '../read-input.js';

/**
 * `send-placement sufficiency`: projects independent placements, SRP places and demand, and spend
 * per year under a scenario's capacity plan, beside the same scenario with no new capacity.
 *
 * @example
 * // send-placement sufficiency --scenario data/kent/scenario-2025.json
 */
export const sufficiencyCommand: Command = {
  name: 'sufficiency',
  summary: 'Project independent placements and spend under a capacity plan, against no new capacity.',
  details: [
    'The scenario is JSON (see data/kent/scenario-2025.json): every assumption with its source.',
    'The table has one row per year, with the plan and without it (counterfactual).',
  ].join('\n'),
  options: {
    scenario: { type: 'string', value: 'FILE', required: true, description: 'the scenario, JSON' },
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
  ],
  async run({ io, args }) {
    const file = args.requiredString('scenario');
    const runs = args.integer('runs', { min: 1, max: 100_000 }, undefined);
    const seed = args.integer('seed', { min: 0 }, undefined);
    if ((runs === undefined) !== (seed === undefined))
      throw new UsageError('--runs and --seed go together', 'sufficiency');
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
