import type { Command } from './command.js';
import { allocateCommand } from './commands/allocate.js';
import { backtestCommand } from './commands/backtest.js';
import { forecastCommand } from './commands/forecast.js';
import { rankCommand } from './commands/rank.js';
import { reportCommand } from './commands/report.js';
import { sufficiencyCommand } from './commands/sufficiency.js';

/**
 * Every command of `send-placement`, in the order `--help` lists them.
 *
 * @example
 * COMMANDS.map((c) => c.name); // ['rank', 'allocate', 'forecast', 'backtest', 'sufficiency', 'report']
 */
export const COMMANDS: readonly Command[] = [rankCommand, allocateCommand, forecastCommand, backtestCommand, sufficiencyCommand, reportCommand];
