import type { Command } from './command.js';
import { allocateCommand } from './commands/allocate.js';
import { backtestCommand } from './commands/backtest.js';
import { backtestProjectionCommand } from './commands/backtest-projection.js';
import { consultCommand } from './commands/consult.js';
import { estimateCommand } from './commands/estimate.js';
import { forecastCommand } from './commands/forecast.js';
import { planCapacityCommand } from './commands/plan-capacity.js';
import { importGiasCommand, importSen2Command, importTransitionsCommand } from './commands/import.js';
import { rankCommand } from './commands/rank.js';
import { reportCommand } from './commands/report.js';
import { sufficiencyCommand } from './commands/sufficiency.js';

/**
 * Every command of `send-placement`, in the order `--help` lists them.
 *
 * @example
 * COMMANDS.map((c) => c.name); // ['rank', 'allocate', 'consult', 'forecast', 'backtest', 'sufficiency',
 *   'estimate', 'backtest-projection', 'plan-capacity', 'report', 'import gias', 'import sen2', 'import transitions']
 */
export const COMMANDS: readonly Command[] = [
  rankCommand,
  allocateCommand,
  consultCommand,
  forecastCommand,
  backtestCommand,
  sufficiencyCommand,
  estimateCommand,
  backtestProjectionCommand,
  planCapacityCommand,
  reportCommand,
  importGiasCommand,
  importSen2Command,
  importTransitionsCommand,
];
