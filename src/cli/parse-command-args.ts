import { parseArgs } from 'node:util';
import type { Command } from './command.js';
import { OUTPUT_FORMATS, type OutputFormat } from './format-output.js';
import { UsageError } from './usage-error.js';

/**
 * Flags every command takes.
 *
 * @example
 * Object.keys(COMMON_OPTIONS); // ['format', 'out', 'help']
 */
export const COMMON_OPTIONS = {
  format: {
    type: 'string',
    value: 'table|csv|json',
    description: "output format (default: from --out's extension, else table on a terminal, JSON when piped)",
  },
  out: { type: 'string', value: 'FILE', description: 'write the output to FILE instead of standard output' },
  help: { type: 'boolean', description: 'show this help' },
} as const satisfies Command['options'];

/** A command's parsed flags, with typed readers that turn a bad value into a UsageError. */
export type CommandArgs = {
  /** A string flag, or undefined when absent. */
  string: (name: string) => string | undefined;
  /** A string flag the command cannot run without. */
  requiredString: (name: string) => string;
  /** Every value of a flag that may be repeated, in order; empty when absent. */
  strings: (name: string) => string[];
  /** A boolean flag. */
  flag: (name: string) => boolean;
  /** A whole-number flag within bounds, or `fallback` when absent. */
  integer: <F extends number | undefined>(
    name: string,
    bounds: { min: number; max?: number },
    fallback: F,
  ) => number | F;
  /** The output format asked for, if any. */
  format: OutputFormat | undefined;
  /** `--out`, if given. */
  out: string | undefined;
  /** Whether `--help` was given. */
  help: boolean;
};

/**
 * Parses a command's flags strictly (an unknown flag or a stray word is a usage error, so typos
 * never silently change a run), with node:util's parseArgs — no framework.
 *
 * @param command the command whose flags are parsed
 * @param argv the words after the command name
 * @example
 * const args = parseCommandArgs(rankCommand, ['--schools', 's.csv', '--child', 'c.json', '--limit', '5']);
 * args.integer('limit', { min: 1 }, 10); // 5
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): CommandArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries({ ...COMMON_OPTIONS, ...command.options })) {
    options[name] = {
      ...options[name],
      type: spec.type,
      ...('multiple' in spec && spec.multiple ? { multiple: true } : {}),
    };
  }
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
    values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  } catch (error) {
    throw new UsageError(cleanParseArgsMessage(error), command.name);
  }
  const strings = (name: string): string[] => {
    const v = values[name];
    const all = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    if (all.some((s) => s.trim() === '')) throw new UsageError(`--${name} must not be empty`, command.name);
    return all;
  };
  const string = (name: string) => {
    const v = Array.isArray(values[name]) ? strings(name).at(-1) : values[name];
    if (typeof v === 'string' && v.trim() === '') throw new UsageError(`--${name} must not be empty`, command.name);
    return typeof v === 'string' ? v : undefined;
  };
  const format = string('format');
  if (format !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}`, command.name);
  }
  return {
    string,
    requiredString(name) {
      const v = string(name);
      if (v === undefined) throw new UsageError(`--${name} is required`, command.name);
      return v;
    },
    strings,
    flag: (name) => values[name] === true,
    integer(name, bounds, fallback) {
      const v = string(name);
      if (v === undefined) return fallback;
      const n = /^[+-]?\d+$/.test(v.trim()) ? Number(v) : NaN;
      const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
      if (!Number.isSafeInteger(n) || n < bounds.min || n > max) {
        const range = bounds.max === undefined ? `at least ${bounds.min}` : `from ${bounds.min} to ${bounds.max}`;
        throw new UsageError(`--${name} must be a whole number ${range}`, command.name);
      }
      return n;
    },
    format: format as OutputFormat | undefined,
    out: string('out'),
    help: values.help === true,
  };
}

/** Node's messages carry a code and advice for script authors; keep the part a planner needs. */
function cleanParseArgsMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `unexpected argument ${positional[1]} (flags take the form --name value)`;
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const valued = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (valued) return `${valued[1]} does not take a value`;
  return message.split('\n')[0];
}
