import { readFileSync, statSync, type Stats } from 'node:fs';
import * as z from 'zod/mini';
import { assertWithinLimit } from '../io/decode-text.js';
import { CSV_DEFAULTS, parseReadOptions, type CsvReadOptions } from '../io/options.js';
import { readRecords, type RecordKind, type RecordOf } from '../io/read-records.js';
import type { ReadResult } from '../io/read-result.js';
import { parseWith } from '../schema/common.js';
import { ValidationError } from '../schema/validation-error.js';

const PathSchema = z.string({ error: 'must be a file path' }).check(z.minLength(1, { error: 'must not be empty' }));

/** What a file system error says of the path, in words: Node's codes, for the errors a user can cause. */
const FILE_ERRORS: Record<string, { code: string; message: string }> = {
  ENOENT: { code: 'not_found', message: 'no such file' },
  ENOTDIR: { code: 'not_found', message: 'no such file (a part of the path is not a folder)' },
  EACCES: { code: 'no_access', message: 'the file may not be read (permission denied)' },
  EPERM: { code: 'no_access', message: 'the file may not be read (permission denied)' },
};

/**
 * The path's file status, or a ValidationError at `path` saying why it cannot be read: missing,
 * not readable, a folder, or not a regular file (a FIFO or a device has no size to check first, and
 * `/dev/zero` never ends).
 */
function regularFile(path: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const known = FILE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
    if (!known) throw error;
    throw new ValidationError('path', [{ path: 'path', ...known }]);
  }
  if (stats.isDirectory())
    throw new ValidationError('path', [{ path: 'path', code: 'is_directory', message: 'is a folder, not a file' }]);
  if (!stats.isFile())
    throw new ValidationError('path', [
      { path: 'path', code: 'not_a_file', message: 'is not a regular file (a pipe or a device): save it to a file' },
    ]);
  return stats;
}

/**
 * Reads a children, schools or series file from disk (see readRecords in the core). The size limit
 * is checked on the file's size before anything is read, so a huge file fails at once.
 *
 * @param kind 'children', 'schools' or 'series'
 * @param path the file's path; `.json` is read as JSON, anything else as CSV
 * @param options CSV read options (`maxBytes`, `encoding`...)
 * @throws ValidationError when the kind or path is not valid, the file is missing, unreadable, a
 *   folder or not a regular file (code `not_found`, `no_access`, `is_directory`, `not_a_file`), or it
 *   is over the size limit
 * @example
 * // spend.csv holds `year,value` rows 2017,27.9 and 2018,34.2
 * readRecordsFile('series', 'spend.csv').records; // [{ start: 2017, values: [27.9, 34.2] }]
 */
export function readRecordsFile<K extends RecordKind>(
  kind: K,
  path: string,
  options: CsvReadOptions = {},
): ReadResult<RecordOf[K]> {
  parseWith(PathSchema, path, 'path');
  const parsed = parseReadOptions(options);
  assertWithinLimit(regularFile(path).size, parsed.maxBytes ?? CSV_DEFAULTS.maxBytes);
  return readRecords(kind, new Uint8Array(readFileSync(path)), path, parsed);
}
