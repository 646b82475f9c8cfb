import { resolve } from 'node:path';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import type { OutputFormat } from './format-output.js';
import { UsageError } from './usage-error.js';

/** What a file-system error code means when writing --out: where the fault is, in a planner's words. */
const WRITE_ERRORS: Record<string, (out: string, folder: string) => string> = {
  ENOENT: (_, folder) => `--out: the folder ${folder} does not exist; create it first, or write somewhere else`,
  ENOTDIR: (_, folder) => `--out: ${folder} is a file, not a folder`,
  EISDIR: (out) => `--out: ${out} is a folder; give the name of a file inside it`,
  EACCES: (out) => `--out: no permission to write ${out}`,
  EPERM: (out) => `--out: no permission to write ${out}`,
  EROFS: (out) => `--out: ${out} is on a read-only disk`,
  ENAMETOOLONG: () => '--out: the path is too long',
};

/** The folder part of a path, as the user wrote it; '.' when there is none. */
function folderOf(out: string): string {
  const cut = Math.max(out.lastIndexOf('/'), out.lastIndexOf('\\'));
  return cut < 0 ? '.' : cut === 0 ? out.slice(0, 1) : out.slice(0, cut);
}

/**
 * Checks, before a command runs, that --out names a file in a folder that exists, so a typo in a path fails at
 * once (exit 2, the folder named) instead of after a long run.
 *
 * @example
 * await checkOutFolder(io, 'no-such-folder/report.html'); // throws UsageError: --out: the folder no-such-folder ...
 */
export async function checkOutFolder(io: CliIo, out: string, command: string): Promise<void> {
  if (!io.isFolder) return;
  if (await io.isFolder(out)) throw new UsageError(WRITE_ERRORS.EISDIR(out, out), command);
  const folder = folderOf(out);
  if (folder !== '.' && !(await io.isFolder(folder))) throw new UsageError(WRITE_ERRORS.ENOENT(out, folder), command);
}

/**
 * Checks, before a command runs, that --out is none of its input files (by the file itself, so `./kids.csv` or a
 * link to it is caught too): writing there would replace the data the output was made from.
 *
 * @param inputs the input files as named on the command line, by their flag
 * @example
 * await checkOutNotInput(io, 'kids.csv', [{ flag: 'children', file: 'kids.csv' }], 'allocate');
 * // throws UsageError: --out kids.csv is the --children file; writing there would replace your input: ...
 */
export async function checkOutNotInput(
  io: CliIo,
  out: string,
  inputs: readonly { flag: string; file: string }[],
  command: string,
): Promise<void> {
  const idOf = async (path: string) => (io.fileId ? await io.fileId(path) : resolve(io.cwd, path));
  const outId = await idOf(out);
  if (outId === undefined) return;
  for (const { flag, file } of inputs) {
    if ((await idOf(file)) !== outId) continue;
    throw new UsageError(
      `--out ${out} is the --${flag} file; writing there would replace your input: give --out another file name`,
      command,
    );
  }
}

/** Spreadsheet workbooks: the command writes text (CSV opens in every spreadsheet), never one of these. */
const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

/**
 * Checks, before a command runs, that --out's extension agrees with what will be written, so a file is never given a
 * name that says another format: no Excel workbook (CSV opens in Excel), no HTML but the report's, the report's
 * HTML never in a .csv or .json, and no .csv or .json holding another --format.
 *
 * @param format --format as given, if it was
 * @example
 * checkOutExtension('out.xlsx', undefined, rankCommand);
 * // throws UsageError: --out out.xlsx: send-placement does not write Excel workbooks; write CSV, which Excel
 * //   opens: --out out.csv
 */
export function checkOutExtension(out: string, format: OutputFormat | undefined, command: Command): void {
  const refuse = (why: string) => {
    throw new UsageError(`--out ${out}: ${why}`, command.name);
  };
  const base = out.replace(/\.[^./\\]*$/, '');
  if (WORKBOOK.test(out))
    refuse(`send-placement does not write Excel workbooks; write CSV, which Excel opens: --out ${base}.csv`);
  const ext = /\.(csv|json|html?)$/i.exec(out)?.[1].toLowerCase();
  if (command.document === 'html') {
    if (ext === 'csv' || ext === 'json') refuse(`${command.name} writes an HTML page, not ${ext}: --out ${base}.html`);
    return;
  }
  if (ext === 'html' || ext === 'htm')
    refuse(`${command.name} writes ${format ?? 'a table'}, not HTML (the report command writes HTML)`);
  if (format !== undefined && (ext === 'csv' || ext === 'json') && ext !== format)
    refuse(`the name says ${ext} but --format is ${format}: give --out ${base}.${format === 'table' ? 'txt' : format}`);
}

/**
 * Writes the output to --out; a file-system refusal is bad usage (exit 2) said from the error's `code`, with the
 * file or folder named. Any other failure is passed on (exit 1).
 *
 * @example
 * await writeOut(io, 'reports/kent.html', html, 'report');
 */
export async function writeOut(io: CliIo, out: string, text: string, command: string): Promise<void> {
  try {
    await io.writeFile(out, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const say = code === undefined ? undefined : WRITE_ERRORS[code];
    if (!say) throw error;
    throw new UsageError(say(out, folderOf(out)), command);
  }
}
