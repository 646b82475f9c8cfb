import type { Command } from './command.js';
import type { CommandArgs } from './parse-command-args.js';
import { UsageError } from './usage-error.js';

/**
 * The seed used when --runs is given without --seed: 1, as the library's simulateSufficiency defaults to, so a
 * planner who never sets a seed still gets the same bands every run, and the notes say which seed it was.
 *
 * @example
 * DEFAULT_SEED; // 1
 */
export const DEFAULT_SEED = 1;

/**
 * The largest seed: 4,294,967,295 (2^32 - 1). The generator keeps 32 bits of its seed, so a larger one would give
 * the bands of a smaller seed while the notes echo the seed as typed.
 */
const MAX_SEED = 2 ** 32 - 1;

/**
 * The percentiles the command reports: the 90% band (p5 to p95) and its median, one column each.
 *
 * @example
 * SIMULATION_PERCENTILES; // [5, 50, 95]
 */
export const SIMULATION_PERCENTILES = [5, 50, 95] as const;

/**
 * The Monte Carlo flags shared by `sufficiency` and `report`.
 *
 * @example
 * Object.keys(SIMULATION_OPTIONS); // ['runs', 'seed']
 */
export const SIMULATION_OPTIONS = {
  runs: { type: 'string', value: 'N', description: 'Monte Carlo runs for percentile bands (1 to 100,000)' },
  seed: {
    type: 'string',
    value: 'N',
    description: `seed of the runs, 0 to ${MAX_SEED} (default ${DEFAULT_SEED}; echoed in the output)`,
  },
} as const satisfies Command['options'];

/**
 * The runs and seed asked for, or undefined without --runs; --seed alone is a usage error (it would do nothing).
 *
 * @example
 * runsOf(parseCommandArgs(sufficiencyCommand, ['--scenario', 's.json', '--runs', '500']), 'sufficiency');
 * // { runs: 500, seed: 1 }
 */
export function runsOf(args: CommandArgs, command: string): { runs: number; seed: number } | undefined {
  const runs = args.integer('runs', { min: 1, max: 100_000 }, undefined);
  const seed = args.integer('seed', { min: 0, max: MAX_SEED }, undefined);
  if (runs === undefined) {
    if (seed !== undefined) throw new UsageError('--seed needs --runs (the seed of the simulated runs)', command);
    return undefined;
  }
  return { runs, seed: seed ?? DEFAULT_SEED };
}
