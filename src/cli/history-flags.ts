import { DEFAULT_SUFFICIENCY, isValidationError } from '../index.js';
import type { Population, Transition } from '../index.js';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { flagMessage } from './flag-issues.js';
import { InputError } from './input-error.js';
import type { CommandArgs } from './parse-command-args.js';
import { type InputWithNotes, readHistoryInput, recordIssues } from './read-history-input.js';
import { readPopulationInput } from './read-population-input.js';
import { UsageError } from './usage-error.js';

const { joinerGrowthDamping: DAMPING, recencyDecay: RECENCY } = DEFAULT_SUFFICIENCY;

/** The options of fitting and backtesting that flags set: their problems are the flags'. */
const FIT_OPTIONS = ['growthDamping', 'recencyDecay', 'fitYears', 'testYears'];

/**
 * The flag for the setting code a CSV history uses for "no EHCP" (joiners' setting-1, leavers' setting-2).
 *
 * @example
 * NON_SEND_CODE_OPTION.value; // 'CODE'
 */
export const NON_SEND_CODE_OPTION = {
  type: 'string',
  value: 'CODE',
  description: 'the setting code of "no EHCP" (joiners and leavers) in a CSV history (default NONSEND)',
} as const satisfies Command['options'][string];

/**
 * The flags of the commands that fit the transition model to a child-level history (`estimate` and
 * `backtest-projection`): the history, its setting mapping, the population, and the two fitting choices.
 *
 * @example
 * Object.keys(HISTORY_OPTIONS); // ['history', 'settings', 'non-send-code', 'population', 'growth-damping', ...]
 */
export const HISTORY_OPTIONS = {
  history: { type: 'string', value: 'FILE', required: true, description: 'the transitions history, CSV or JSON' },
  settings: { type: 'string', value: 'FILE', description: 'the setting mapping CSV (code,setting), for a CSV history' },
  'non-send-code': NON_SEND_CODE_OPTION,
  population: { type: 'string', value: 'FILE', description: 'population by year and NC year, CSV' },
  'growth-damping': {
    type: 'string',
    value: 'D',
    description: `share of the joiner growth kept each further year, 0 to 1 (default ${DAMPING})`,
  },
  'recency-decay': {
    type: 'string',
    value: 'R',
    description: `weight of each record year against the next, above 0 to 1 (default ${RECENCY})`,
  },
} as const satisfies Command['options'];

/** A history read with its population and fitting choices, as the HISTORY_OPTIONS flags give them. */
export type HistoryInput = {
  historyFile: string;
  populationFile?: string;
  history: InputWithNotes<Transition[]>;
  population?: InputWithNotes<Population>;
  growthDamping?: number;
  recencyDecay?: number;
};

/**
 * Reads the HISTORY_OPTIONS flags: the history (with --settings for a CSV), the population if given,
 * and the fitting choices (their ranges are checked by the library; see historyError).
 *
 * @example
 * const input = await readHistoryFlags(io, args);
 * input.history.value.length; // transitions read
 */
export async function readHistoryFlags(io: CliIo, args: CommandArgs): Promise<HistoryInput> {
  const historyFile = args.requiredString('history');
  const populationFile = args.string('population');
  const growthDamping = args.decimal('growth-damping');
  const recencyDecay = args.decimal('recency-decay');
  const history = await readHistoryInput(io, historyFile, args.string('settings'), args.string('non-send-code'));
  const population = populationFile === undefined ? undefined : await readPopulationInput(io, populationFile);
  return { historyFile, populationFile, history, population, growthDamping, recencyDecay };
}

/**
 * The note that says which fitting choices were used.
 *
 * @example
 * fitNote({ growthDamping: 0.5 }); // 'fitted with joiner growth damping 0.5 and recency decay 1'
 */
export function fitNote(input: Pick<HistoryInput, 'growthDamping' | 'recencyDecay'>): string {
  const damping = input.growthDamping ?? DAMPING;
  return `fitted with joiner growth damping ${damping} and recency decay ${input.recencyDecay ?? RECENCY}`;
}

/**
 * Turns a library error from fitting into the CLI's: an error about a fitting or backtest option names its flag
 * (with the library's message, which states the range); one about the population names the
 * population file; anything else is the history's, a CSV record's with its line and column. Other errors are thrown
 * as they are.
 *
 * @example
 * try { estimateTransitions(history, { growthDamping: 2 }); } catch (e) { historyError(e, input, 'estimate'); }
 * // UsageError: --growth-damping: damping must be at most 1 (1 compounds the growth rate every year)
 * // (and testYears must be at least 1 reads --test-years must be at least 1)
 */
export function historyError(error: unknown, input: HistoryInput, command: string): never {
  if (!isValidationError(error)) throw error;
  const options = error.issues.filter((i) => FIT_OPTIONS.includes(i.path.replace(/^options\./, '')));
  if (options.length > 0) {
    const messages = options.map((i) => flagMessage(i.path.replace(/^options\./, ''), i.message));
    throw new UsageError([...new Set(messages)].join('; '), command);
  }
  const population = error.issues.filter((i) => i.path.startsWith('population'));
  if (input.populationFile !== undefined && population.length > 0)
    throw new InputError(input.populationFile, population);
  throw new InputError(input.historyFile, recordIssues(error.issues, input.history.lines));
}
