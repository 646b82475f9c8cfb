import { readRecords, type RecordKind, type RecordOf } from '../index.js';
import { decodeText } from '../index.js';
import { formatBytes } from '../io/decode-text.js';
import { CSV_DEFAULTS } from '../io/options.js';
import { isValidationError, type ValidationIssueInput } from '../index.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './input-error.js';
import { locateJsonLines } from './locate-json-lines.js';

/** Records read from one input file, with the file-level warnings to pass on to the user. */
export type InputRecords<T> = { records: T[]; warnings: string[] };

/**
 * Reads children, schools or series from a file the user named, CSV or JSON by its extension, all
 * or nothing: if any row is bad, an InputError lists every problem with its line and field (JSON
 * items are located to their real line too), and nothing runs on a half-read file.
 *
 * @param io the file system to read from
 * @param kind 'children', 'schools' or 'series'
 * @param file the file as named on the command line
 * @throws InputError for bad content; an Error saying the file cannot be read for a missing file
 * @example
 * const { records } = await readInput(io, 'schools', 'test/cli/fixtures/schools.csv');
 * records.length; // 6
 */
export async function readInput<K extends RecordKind>(
  io: CliIo,
  kind: K,
  file: string,
): Promise<InputRecords<RecordOf[K]>> {
  let bytes = await readBytes(io, file);
  const isJson = file.toLowerCase().endsWith('.json');
  // One child as a bare object (`--child child.json`) is a list of one; same line numbers.
  if (isJson && kind !== 'series' && decodeText(bytes).trimStart().startsWith('{'))
    bytes = new TextEncoder().encode(`[${decodeText(bytes)}]`);
  if (isJson) {
    // Say where the JSON breaks before the reader says only that it does.
    const text = decodeText(bytes);
    try {
      JSON.parse(text);
    } catch (error) {
      throw new InputError(file, [jsonSyntaxIssue(text, error)]);
    }
  }
  let result: ReturnType<typeof readRecords<K>>;
  try {
    result = readRecords(kind, bytes, file);
  } catch (error) {
    if (isValidationError(error)) throw new InputError(file, error.issues);
    throw error;
  }
  if (result.rejected.length > 0) {
    const issues: ValidationIssueInput[] = result.rejected.flatMap((row) =>
      row.problems.map((p) => ({ path: p.column, line: row.line, column: p.column, message: p.reason })),
    );
    throw new InputError(
      file,
      isJson ? withJsonLines(decodeText(bytes), issues, kind === 'series' && !looksLikeList(bytes)) : issues,
    );
  }
  if (result.records.length === 0) throw new InputError(file, [{ path: '(root)', message: `holds no ${kind}` }]);
  return { records: result.records, warnings: result.warnings.map((w) => `${file}: ${w}`) };
}

/**
 * Reads a JSON input that is one object (a policy, a scenario) and validates it with `parse`,
 * reporting every problem with its line.
 *
 * @param parse the library's validator for this kind of object (parsePolicy, parseScenario)
 * @example
 * const scenario = await readJsonInput(io, 'data/kent/scenario-2025.json', parseScenario);
 */
export async function readJsonInput<T>(io: CliIo, file: string, parse: (input: unknown) => T): Promise<T> {
  if (!file.toLowerCase().endsWith('.json'))
    throw new InputError(file, [{ path: '(root)', message: 'must be a .json file' }]);
  const text = decodeText(await readBytes(io, file));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, [jsonSyntaxIssue(text, error)]);
  }
  try {
    return parse(data);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const lines = locateJsonLines(
      text,
      error.issues.map((i) => i.path),
    );
    throw new InputError(
      file,
      error.issues.map((i) => ({ ...i, line: lines.get(i.path) })),
    );
  }
}

/**
 * Reads a file's bytes; a missing or unreadable file is bad input (exit 2), said in one line. The
 * file's size is checked against the readers' limit (CSV_DEFAULTS.maxBytes, 256 MiB) before it is
 * read, so a wrong file (a database dump, a disk image) fails at once instead of filling memory.
 *
 * @example
 * await readBytes(io, 'no-such.csv'); // throws InputError: no-such.csv: no such file
 * await readBytes(io, 'huge.csv'); // a 1 GiB file throws InputError: huge.csv: is 1024.0 MiB, over the 256.0 MiB limit
 *   for an input file; ...
 */
export async function readBytes(io: CliIo, file: string): Promise<Uint8Array> {
  const maxBytes = CSV_DEFAULTS.maxBytes;
  let bytes: Uint8Array;
  try {
    if (io.fileSize) checkSize(file, await io.fileSize(file), maxBytes);
    bytes = await io.readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new InputError(file, [{ path: '(file)', message: why }]);
  }
  // Again on what was read: a file that grew after the check, or a file system that cannot say its size.
  checkSize(file, bytes.length, maxBytes);
  return bytes;
}

/** The one message for a file over the limit: its size, the limit and what to do. The CLI has no flag to raise it. */
function checkSize(file: string, size: number, maxBytes: number): void {
  if (size <= maxBytes) return;
  const message =
    `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for an input file; split ` +
    `it, or read it with the library's readers and a larger maxBytes`;
  throw new InputError(file, [{ path: '(file)', message }]);
}

/** JSON rejections carry the item's position; turn it and the field into the item's real line. */
function withJsonLines(text: string, issues: ValidationIssueInput[], single: boolean): ValidationIssueInput[] {
  const pathOf = (issue: ValidationIssueInput) => {
    const item = single ? '' : `[${(issue.line ?? 1) - 1}]`;
    if (issue.column === undefined || issue.column === '(row)') return item || '(root)';
    const field = issue.column
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
      .join('');
    const path = `${item}${field}`;
    return path.startsWith('.') ? path.slice(1) : path;
  };
  const paths = issues.map(pathOf);
  const lines = locateJsonLines(text, paths);
  return issues.map((issue, k) => ({ ...issue, path: paths[k], column: undefined, line: lines.get(paths[k]) }));
}

/**
 * A JSON syntax error as an issue with its line. V8 gives either a position or a short excerpt
 * around the bad token (`Unexpected token ' ', ..."x": tru }" is not valid JSON`); the excerpt is
 * found in the text to recover the line, and never copied into the message (it may hold a child's data).
 */
function jsonSyntaxIssue(text: string, error: unknown): ValidationIssueInput {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message);
  let at: number | undefined = position ? Number(position[1]) : undefined;
  // V8 quotes ten characters either side of the error, marked "..." when cut; a short text is quoted whole.
  const excerpt = /, (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (at === undefined && excerpt && excerpt[2].length > 0) {
    const found = text.indexOf(excerpt[2]);
    const token = /^Unexpected token '([^']+)'/.exec(message)?.[1];
    if (found >= 0) at = excerpt[1] ? found + 10 : token ? found + Math.max(0, excerpt[2].indexOf(token)) : found;
  }
  if (at === undefined)
    return { path: '(root)', line: text.split('\n').length, message: 'is not valid JSON (it ends too soon)' };
  return { path: '(root)', line: text.slice(0, at).split('\n').length, message: 'is not valid JSON at this line' };
}

function looksLikeList(bytes: Uint8Array): boolean {
  const text = decodeText(bytes).trimStart();
  return text.startsWith('[') && !/^\[\s*(-?\d|\])/.test(text);
}
