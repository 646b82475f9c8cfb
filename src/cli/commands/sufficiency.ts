import { projectSufficiency } from '../../sufficiency/project-sufficiency.js';
import { parseScenario } from '../../schema/scenario.js';
import type { Command } from '../command.js';
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
    seed: { type: 'string', value: 'N', description: 'seed of the Monte Carlo runs; the same seed gives the same bands' },
  },
  examples: ['send-placement sufficiency --scenario data/kent/scenario-2025.json', 'send-placement sufficiency --scenario data/kent/scenario-2025.json --runs 500 --seed 1'],
  async run({ io, args }) {
    const file = args.requiredString('scenario');
    const runs = args.integer('runs', { min: 1, max: 100_000 }, undefined);
    const seed = args.integer('seed', { min: 0 }, undefined);
    if ((runs === undefined) !== (seed === undefined)) throw new UsageError('--runs and --seed go together', 'sufficiency');
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
    return {
      json: projection,
      tables: [{ title: `Scenario: ${projection.scenario}`, columns: Object.keys(rows[0] ?? { year: 0 }), rows }],
      notes: [
        `independent placements ${Math.round(s.independentFirst)} in ${projection.baseYear} -> ${Math.round(s.independentLast)} in ${projection.endYear} with the plan, ${Math.round(s.counterfactualLast)} without; extra spend without the plan £${(s.extraSpendWithoutPlan / 1e6).toFixed(1)}m`,
      ],
    };
  },
};
