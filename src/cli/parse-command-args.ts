import { parseArgs } from 'node:util';
import { parseNumberCell, parseRateCell } from '../io/read-cell.js';
import { nearestWord } from '../schema/nearest.js';
import type { Command, OptionSpec } from './command.js';
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
  out: { type: 'string', value: 'FILE', description: 'write the output to FILE (- for standard output, the default)' },
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
  /** A whole-number flag within bounds, or `fallback` when absent; written as a CSV cell may be (`£12,000,000`). */
  integer: <F extends number | undefined>(
    name: string,
    bounds: { min: number; max?: number },
    fallback: F,
  ) => number | F;
  /**
   * A decimal-number flag (`0.5`, `.5`, `1`, or a percentage as a rate cell may be, `50%`), or undefined when
   * absent; its range is the library's to check, so that the bound is stated in one place.
   */
  decimal: (name: string) => number | undefined;
  /** The output format asked for, if any. */
  format: OutputFormat | undefined;
  /** `--out`, if given. */
  out: string | undefined;
  /** Whether `--help` was given. */
  help: boolean;
};

/**
 * Parses a command's flags strictly (an unknown flag or a stray word is a usage error, so typos never silently
 * change a run), with node:util's parseArgs — no framework. Node's own messages are written for script authors,
 * so the command reads parseArgs' tokens and says what is wrong in its own words, never by parsing Node's text.
 *
 * @param command the command whose flags are parsed
 * @param argv the words after the command name
 * @example
 * const args = parseCommandArgs(rankCommand, ['--schools', 's.csv', '--child', 'c.json', '--limit', '5']);
 * args.integer('limit', { min: 1 }, 10); // 5
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): CommandArgs {
  const specs: Record<string, OptionSpec> = { ...COMMON_OPTIONS, ...command.options };
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(specs))
    options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) };
  options.help = { type: 'boolean', short: 'h' };
  const { values, tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) checkToken(token, options, command.name);
  checkRepeated(tokens, specs, command.name);
  const strings = (name: string): string[] => {
    const v = values[name];
    const all = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
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
      const n = parseNumberCell(v) ?? Number.NaN;
      const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
      if (!Number.isSafeInteger(n) || n < bounds.min || n > max) {
        const range = bounds.max === undefined ? `at least ${bounds.min}` : `from ${bounds.min} to ${bounds.max}`;
        throw new UsageError(`--${name} must be a whole number ${range}`, command.name);
      }
      return n;
    },
    decimal(name) {
      const v = string(name);
      if (v === undefined) return undefined;
      const n = parseRateCell(v);
      if (n === undefined) throw new UsageError(`--${name} must be a number, like 0.5 or 50%`, command.name);
      return n;
    },
    format: format as OutputFormat | undefined,
    // `-` is standard output, as other commands take it.
    out: string('out') === '-' ? undefined : string('out'),
    help: values.help === true,
  };
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

/** One word of the command line against the command's flags: what a planner typed wrong, in a planner's words. */
function checkToken(token: Token, options: Record<string, { type: 'string' | 'boolean' }>, command: string): void {
  if (token.kind === 'positional')
    throw new UsageError(`unexpected argument ${token.value} (flags take the form --name value)`, command);
  if (token.kind === 'option-terminator') throw new UsageError('unexpected argument --', command);
  const spec = options[token.name];
  if (!spec) {
    const near = token.rawName.startsWith('--') ? nearestWord(token.name, Object.keys(options)) : undefined;
    throw new UsageError(`unknown option ${token.rawName}${near ? `; did you mean --${near}?` : ''}`, command);
  }
  if (spec.type === 'boolean' && token.value !== undefined)
    throw new UsageError(`${token.rawName} does not take a value`, command);
  // A value that is itself a flag (`--out --format csv`) means the value was forgotten; -1 is a value.
  if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))))
    throw new UsageError(`${token.rawName} needs a value`, command);
}

/**
 * A flag given twice that takes one value (`--schools a.csv --schools b.csv`) is a mistake: only one would be used,
 * and which is a guess. Flags that may repeat (`--scenario`) and switches, which say the same twice, are let be.
 */
function checkRepeated(tokens: readonly Token[], specs: Record<string, OptionSpec>, command: string): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (spec?.type !== 'string' || spec.multiple) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give it once`, command);
    seen.add(token.name);
  }
}
