import type { CliIo } from './cli-io.js';
import type { CommandArgs } from './parse-command-args.js';
import type { CommandOutput } from './format-output.js';

/** One flag of a command, as `--help` shows it. */
export type OptionSpec = {
  type: 'string' | 'boolean';
  /** One line: what the flag does and its default. */
  description: string;
  /** Placeholder for the value in `--help` (`FILE`, `N`). */
  value?: string;
  /** Whether the command cannot run without it. */
  required?: boolean;
  /** Whether it may be given more than once (`--scenario a.json --scenario b.json`); read with `strings`. */
  multiple?: boolean;
};

/** What a command's `run` receives. */
export type CommandContext = {
  io: CliIo;
  args: CommandArgs;
};

/**
 * A command of `send-placement`: its name, help text and what it does. Every command also takes
 * `--format`, `--out` and `--help`, added by the argument parser.
 *
 * @example
 * const hello: Command = {
 *   name: 'hello', summary: 'Says hello.', options: {}, examples: ['send-placement hello'],
 *   run: async () => ({ json: 'hello', tables: [] }),
 * };
 */
export type Command = {
  /** `rank`, or `import gias` for a subcommand. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Paragraphs shown by `<command> --help` under the usage line. */
  details?: string;
  options: Record<string, OptionSpec>;
  /**
   * A document the command writes whatever --format says (the report: one HTML page), so that an --out whose
   * extension says otherwise (`report.csv`) is refused before it runs.
   */
  document?: 'html';
  /** Whole command lines a user can copy. */
  examples: string[];
  run: (context: CommandContext) => Promise<CommandOutput>;
};
