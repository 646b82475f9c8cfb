import type { Command } from './command.js';
import { allocateCommand } from './commands/allocate.js';
import { rankCommand } from './commands/rank.js';
import { reportCommand } from './commands/report.js';
import { sufficiencyCommand } from './commands/sufficiency.js';

/**
 * Every command of `send-placement`, in the order `--help` lists them.
 *
 * @example
 * COMMANDS.map((c) => c.name); // ['rank', 'allocate', 'sufficiency', 'report']
 */
export const COMMANDS: readonly Command[] = [rankCommand, allocateCommand, sufficiencyCommand, reportCommand];
