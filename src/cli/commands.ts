import type { Command } from './command.js';

/**
 * Every command of `send-placement`, in the order `--help` lists them.
 *
 * @example
 * COMMANDS.map((c) => c.name); // ['rank', 'allocate', ...]
 */
export const COMMANDS: readonly Command[] = [];
