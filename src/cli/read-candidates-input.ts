import { readCapacityCandidatesCsv } from '../index.js';
import type { CapacityCandidate, ValidationIssueInput } from '../index.js';
import type { CliIo } from './cli-io.js';
import { InputError, readingFile } from './input-error.js';
import { readBytes, rejectedIssues } from './read-input.js';

/**
 * Candidates read from a file, with the line each came from (for messages about them later), and
 * the problems of the rows that could not be read (the caller adds what only the scenario shows,
 * then refuses the file: all or nothing).
 */
export type CandidatesInput = {
  records: CapacityCandidate[];
  lines: number[];
  warnings: string[];
  problems: ValidationIssueInput[];
};

/**
 * Reads capacity candidates from a CSV file (`id,setting,need,year,maxPlaces,capitalGbpPerPlace,source`):
 * the rows that read, and every problem of those that do not, with its line and column.
 *
 * @throws InputError for a JSON file, a header without a column every candidate needs, or a file with no candidates
 * @example
 * const { records, problems } = await readCandidatesInput(io, 'data/kent/capacity-candidates.csv');
 * [records.length, problems.length]; // [10, 0]
 */
export async function readCandidatesInput(io: CliIo, file: string): Promise<CandidatesInput> {
  if (file.toLowerCase().endsWith('.json'))
    throw new InputError(file, [{ path: '(root)', message: 'candidates are read from CSV (a .csv file)' }]);
  const bytes = await readBytes(io, file);
  const result = readingFile(file, () => readCapacityCandidatesCsv(bytes));
  const problems = rejectedIssues(result.rejected);
  if (result.records.length === 0 && problems.length === 0)
    throw new InputError(file, [{ path: '(root)', message: 'holds no candidates' }]);
  const warnings = result.warnings.map((w) => `${file}: ${w}`);
  return { records: result.records, lines: result.lines, warnings, problems };
}

/**
 * Points the library's problems with `candidates[i].field` at the file's line and column, so a
 * year outside the scenario is reported like a bad cell; other problems are returned as they are.
 *
 * @example
 * candidateIssuesInFile([{ path: 'candidates[2].year', message: 'year must be from 2026 to 2030' }], [2, 3, 4]);
 * // { inFile: [{ path: 'year', line: 4, column: 'year', message: 'year must be from 2026 to 2030' }], other: [] }
 */
export function candidateIssuesInFile(
  issues: readonly ValidationIssueInput[],
  lines: readonly number[],
): { inFile: ValidationIssueInput[]; other: ValidationIssueInput[] } {
  const inFile: ValidationIssueInput[] = [];
  const other: ValidationIssueInput[] = [];
  for (const issue of issues) {
    const m = /^candidates\[(\d+)\]\.(.+)$/.exec(issue.path);
    if (m && lines[Number(m[1])] !== undefined)
      inFile.push({ ...issue, path: m[2], line: lines[Number(m[1])], column: m[2] });
    else other.push(issue);
  }
  return { inFile, other };
}
