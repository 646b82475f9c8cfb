import type { Command, OptionSpec } from './command.js';
import { COMMON_OPTIONS } from './parse-command-args.js';

/**
 * The text of `send-placement --help`: what the tool is for, every command with one line, the
 * common flags, exit codes and an example.
 *
 * @param commands the commands to list
 * @example
 * globalHelp(COMMANDS).split('\n')[0]; // 'send-placement — placement matching and sufficiency forecasting for SEND
 *   teams'
 */
export function globalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'send-placement — placement matching and sufficiency forecasting for SEND teams',
    '',
    'Usage: send-placement <command> [flags]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes:',
    ...optionLines(COMMON_OPTIONS),
    '',
    'Inputs are CSV or JSON, chosen by the file extension (.csv or .json), with the field names of the',
    'library (CSV: nested fields as dotted columns such as home.lat, lists separated by ";"). Cells may be',
    'written as spreadsheets and case management systems export them: "£52,000", 93%, Y8, R or N2, 7-13,',
    '2023/24, need names such as Autistic Spectrum Disorder, Male or M, Lot 1.',
    '',
    'Exit codes: 0 ok, 1 the run failed, 2 bad usage or bad input (every problem is listed with its',
    'file, line and field).',
    '',
    'Example:',
    '  send-placement rank --schools schools.csv --child child.json --limit 5',
    '',
    "Run 'send-placement <command> --help' for a command's flags and examples,",
    "and 'send-placement --version' (or -v) for the version.",
    '',
  ].join('\n');
}

/**
 * The text of `send-placement <command> --help`: usage, details, flags and examples.
 *
 * @example
 * commandHelp(rankCommand).startsWith('Usage: send-placement rank'); // true
 */
export function commandHelp(command: Command): string {
  const required = Object.entries(command.options)
    .filter(([, o]) => o.required)
    .map(([name, o]) => `--${name}${o.value ? ` ${o.value}` : ''}`);
  return [
    `Usage: send-placement ${command.name} ${[...required, '[flags]'].join(' ')}`,
    '',
    command.summary,
    ...(command.details ? ['', command.details] : []),
    '',
    'Flags:',
    ...optionLines(command.options),
    ...optionLines(COMMON_OPTIONS),
    '',
    command.examples.length === 1 ? 'Example:' : 'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const heads = Object.entries(options).map(([name, o]) => `--${name}${o.value ? ` ${o.value}` : ''}`);
  const width = Math.max(0, ...heads.map((h) => h.length));
  return Object.values(options).map((o, i) => {
    const marks = `${o.required ? '(required) ' : ''}${'multiple' in o && o.multiple ? '(repeatable) ' : ''}`;
    return `  ${heads[i].padEnd(width)}  ${marks}${o.description}`;
  });
}
