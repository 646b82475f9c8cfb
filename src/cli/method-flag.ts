import { METHOD_LIST } from '../forecast/method.js';
import { MODEL_ALIASES, MODEL_NAMES } from '../forecast/models.js';
import type { MethodName } from '../index.js';
import { nearestWord } from '../schema/nearest.js';
import type { Command } from './command.js';
import type { CommandArgs } from './parse-command-args.js';
import { UsageError } from './usage-error.js';

/** Every name --method takes, in lower case as the library writes them. */
const NAMES: readonly string[] = ['auto', ...MODEL_NAMES, ...Object.keys(MODEL_ALIASES)];

/**
 * The --method flag of forecast and backtest, in any case (`Theta` is theta), 'auto' when absent. An unknown name
 * is a usage error with the nearest method and the list of them.
 *
 * @example
 * methodOf(parseCommandArgs(forecastCommand, ['--series', 's.csv', '--method', 'Theta']), 'forecast'); // 'theta'
 * methodOf(parseCommandArgs(forecastCommand, ['--series', 's.csv', '--method', 'thetta']), 'forecast');
 * // throws UsageError: --method: unknown method "thetta"; did you mean theta? The methods are auto, naive, ...
 */
export function methodOf(args: CommandArgs, command: string): MethodName {
  const given = args.string('method');
  if (given === undefined) return 'auto';
  const name = given.trim().toLowerCase();
  if (NAMES.includes(name)) return name as MethodName;
  const near = nearestWord(name, NAMES);
  throw new UsageError(
    `--method: unknown method "${given}"; ${near ? `did you mean ${near}? ` : ''}The methods are ` +
      `${METHOD_LIST.join(', ')}`,
    command,
  );
}

/**
 * The --method flag's help line, listing every method.
 *
 * @example
 * METHOD_OPTION.method.value; // 'NAME'
 */
export const METHOD_OPTION = {
  method: { type: 'string', value: 'NAME', description: `one of ${METHOD_LIST.join(', ')} (default auto)` },
} as const satisfies Command['options'];
