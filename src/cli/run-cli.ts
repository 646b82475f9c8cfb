import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { EXIT_CODE } from './exit-code.js';
import { formatOutput, type OutputFormat } from './format-output.js';
import { commandHelp, globalHelp } from './help.js';
import { parseCommandArgs, type CommandArgs } from './parse-command-args.js';
import { flagError } from './flag-issues.js';
import { reportError } from './report-error.js';
import { UsageError } from './usage-error.js';
import { PACKAGE_VERSION } from './version.js';
import { checkOutExtension, checkOutFolder, checkOutNotInput, writeOut } from './write-out.js';

/**
 * Runs one invocation of `send-placement` and returns its exit code. Every error is caught here and
 * reported by reportError: no stack trace reaches a planner.
 *
 * @param argv the words after `send-placement`
 * @param io streams, environment and files (processIo() for the real process)
 * @param commands the commands on offer
 * @example
 * await runCli(['forecast', '--series', 'placements.csv', '--horizon', '5', '--format', 'csv'], processIo());
 * // prints year,mean,lower80,upper80,lower95,upper95 rows and returns 0
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly Command[]): Promise<number> {
  let command: Command | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(globalHelp(commands));
      return EXIT_CODE.badInput;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout(globalHelp(commands));
      return EXIT_CODE.ok;
    }
    // Bare, like node and npm print it, so a script can compare it without parsing.
    if (first === '--version' || first === '-v') {
      io.stdout(`${PACKAGE_VERSION}\n`);
      return EXIT_CODE.ok;
    }
    const group = commands.filter((c) => c.name.startsWith(`${first} `));
    command = commands.find((c) => c.name === first);
    let flags = rest;
    if (!command && group.length > 0) {
      const [sub, ...after] = rest;
      command = group.find((c) => c.name === `${first} ${sub}`);
      if (!command) {
        if (sub === '--help' || sub === '-h') {
          io.stdout(group.map(commandHelp).join('\n'));
          return EXIT_CODE.ok;
        }
        const names = group.map((c) => c.name.slice(first.length + 1)).join(', ');
        throw new UsageError(
          sub === undefined
            ? `${first} needs one of: ${names}`
            : `unknown ${first} kind "${sub}"; use one of: ${names}`,
          first,
        );
      }
      flags = after;
    }
    if (!command) throw new UsageError(`unknown command "${first}"`);

    const args = parseCommandArgs(command, flags);
    if (args.help) {
      io.stdout(commandHelp(command));
      return EXIT_CODE.ok;
    }
    if (args.out !== undefined) {
      checkOutExtension(args.out, args.format, command);
      await checkOutFolder(io, args.out, command.name);
      await checkOutNotInput(io, args.out, inputFiles(command, args), command.name);
    }
    const output = await command.run({ io, args });
    const text = formatOutput(output, outputFormat(args, io));
    for (const note of output.notes ?? []) io.stderr(`${note}\n`);
    if (args.out !== undefined) {
      await writeOut(io, args.out, text, command.name);
      io.stderr(`wrote ${args.out}\n`);
    } else {
      io.stdout(text);
    }
    return EXIT_CODE.ok;
  } catch (error) {
    return reportError(flagError(error, command), io);
  }
}

/** Every input file the command line names: the values of the command's FILE flags (--out is a common flag). */
function inputFiles(command: Command, args: CommandArgs): { flag: string; file: string }[] {
  return Object.entries(command.options)
    .filter(([, spec]) => spec.value === 'FILE')
    .flatMap(([flag]) => args.strings(flag).map((file) => ({ flag, file })));
}

/**
 * The format when --format is not given: the extension of --out (.csv, .json) if it names one,
 * else a table on a terminal and JSON when standard output is piped or redirected (JSON keeps every
 * field and nesting, so scripts lose nothing; ask for --format csv for a spreadsheet).
 */
function outputFormat(args: CommandArgs, io: CliIo): OutputFormat {
  if (args.format) return args.format;
  const ext = args.out?.toLowerCase().match(/\.(csv|json)$/)?.[1];
  if (ext === 'csv' || ext === 'json') return ext;
  if (args.out !== undefined) return 'table';
  return io.stdoutIsTty ? 'table' : 'json';
}
