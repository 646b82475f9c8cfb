import { formatBytes, isWorkbook } from '../io/decode-text.js';
import { CSV_DEFAULTS } from '../io/options.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './input-error.js';

/** What a file-system error code means to a planner: the file named cannot be read, and why. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'the path loops through links',
  ENAMETOOLONG: 'the path is too long',
};

/** Whether a file is a spreadsheet workbook rather than text: by its extension, or by its first bytes. */
function isWorkbookFile(file: string, bytes: Uint8Array): boolean {
  return /\.(xlsx|xlsm|xlsb|xls|ods)$/i.test(file) || isWorkbook(bytes);
}

/**
 * Reads a file's bytes; a missing or unreadable file is bad input (exit 2), said in one line from the error's
 * `code` (ENOENT, EISDIR, EACCES...). The size is checked against the readers' limit (CSV_DEFAULTS.maxBytes,
 * 256 MiB) before reading, so a wrong file (a database dump) fails at once; and an Excel workbook is named as one,
 * with how to save it as CSV, instead of failing as a CSV that "holds no schools".
 *
 * @example
 * await readBytes(io, 'no-such.csv'); // throws InputError: no-such.csv: no such file
 * await readBytes(io, 'schools.xlsx'); // throws InputError: schools.xlsx: is an Excel workbook, not a CSV file; ...
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
    const why = (code && READ_ERRORS[code]) ?? 'cannot be read';
    throw new InputError(file, [{ path: '(file)', message: why, code: 'unreadable' }]);
  }
  // Again on what was read: a file that grew after the check, or a file system that cannot say its size.
  checkSize(file, bytes.length, maxBytes);
  if (isWorkbookFile(file, bytes)) {
    const message =
      'is an Excel workbook, not a CSV file: open it in Excel, choose File > Save As > "CSV UTF-8 (Comma ' +
      'delimited) (*.csv)", and give that file instead';
    throw new InputError(file, [{ path: '(file)', message, code: 'spreadsheet' }]);
  }
  return bytes;
}

/** The one message for a file over the limit: its size, the limit and what to do. The CLI has no flag to raise it. */
function checkSize(file: string, size: number, maxBytes: number): void {
  if (size <= maxBytes) return;
  const message =
    `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for an input file; split ` +
    `it, or read it with the library's readers and a larger maxBytes`;
  throw new InputError(file, [{ path: '(file)', message, code: 'too_large_input' }]);
}
