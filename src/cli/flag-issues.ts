import { isValidationError, type ValidationIssueInput } from '../index.js';
import type { Command } from './command.js';
import { InputError } from './input-error.js';
import { UsageError } from './usage-error.js';

/** A library option in a problem's path: `options.minTrain`, or `series "X" (item 1), options.method`. */
const OPTION_PATH = /(?:^|, )options\.([A-Za-z]+)/;

/**
 * The flag that sets a library option: the option's name in kebab case.
 *
 * @example
 * flagOf('minTrain'); // 'min-train'
 */
export function flagOf(option: string): string {
  return option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * A library problem with an option, said as the problem of the flag that set it: the option's name in the message
 * becomes the flag (`minTrain must be less than the series length (4)` reads `--min-train must be less than the
 * series length (4)`), else the flag leads the message. A name that is a plain word (method, horizon) is replaced
 * only where it opens the message, since elsewhere it is the word.
 *
 * @example
 * flagMessage('minTrain', 'minTrain must be at least 2'); // '--min-train must be at least 2'
 * flagMessage('method', 'unknown method'); // '--method: unknown method'
 */
export function flagMessage(option: string, message: string): string {
  const flag = `--${flagOf(option)}`;
  const name = /[A-Z]/.test(option) ? new RegExp(`\\b${option}\\b`, 'g') : new RegExp(`^${option}\\b`);
  return name.test(message) ? message.replace(name, flag) : `${flag}: ${message}`;
}

/**
 * Turns a library's problems with options the command set from its flags (`options.minTrain`) into a usage error
 * naming the flags, so a mistake on the command line is never reported as a fault of a data file or under the
 * library's internal names. Any other error is returned as it is; so is one whose options have no flag.
 *
 * @example
 * flagError(new InputError('spend.csv', [{ path: 'options.minTrain', message: 'minTrain must be at least 2' }]),
 *   backtestCommand);
 * // UsageError: --min-train must be at least 2
 */
export function flagError(error: unknown, command: Command | undefined): unknown {
  if (command === undefined || !(error instanceof InputError || isValidationError(error))) return error;
  const messages = new Set<string>();
  for (const issue of error.issues as ValidationIssueInput[]) {
    const option = OPTION_PATH.exec(issue.path)?.[1];
    if (option !== undefined && flagOf(option) in command.options) messages.add(flagMessage(option, issue.message));
  }
  return messages.size === 0 ? error : new UsageError([...messages].join('; '), command.name);
}
