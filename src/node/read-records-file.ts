import { readFileSync, statSync } from 'node:fs';
import * as z from 'zod/mini';
import { assertWithinLimit } from '../io/decode-text.js';
import { CSV_DEFAULTS, parseReadOptions, type CsvReadOptions } from '../io/options.js';
import { readRecords, type RecordKind, type RecordOf } from '../io/read-records.js';
import type { ReadResult } from '../io/read-result.js';
import { parseWith } from '../schema/common.js';

const PathSchema = z.string({ error: 'must be a file path' });

/**
 * Reads a children, schools or series file from disk (see readRecords in the core). The size limit
 * is checked on the file's size before anything is read, so a huge file fails at once.
 *
 * @param kind 'children', 'schools' or 'series'
 * @param path the file's path; `.json` is read as JSON, anything else as CSV
 * @param options CSV read options (`maxBytes`, `encoding`...)
 * @throws ValidationError when the kind or path is not valid or the file is over the size limit
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
  assertWithinLimit(statSync(path).size, parsed.maxBytes ?? CSV_DEFAULTS.maxBytes);
  return readRecords(kind, new Uint8Array(readFileSync(path)), path, parsed);
}
