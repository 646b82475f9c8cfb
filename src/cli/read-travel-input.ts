import { travelTableIssues, type TravelEntry } from '../geo/travel-table.js';
import { unknownJourneys } from '../match/match-options.js';
import { decodeText, readTravelCsv, ValidationError, type ValidationIssueInput } from '../index.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './input-error.js';
import { locateJsonLines } from './locate-json-lines.js';
import { readBytes, readJsonInput, rejectedIssues, skippedNote, type ReadInputOptions } from './read-input.js';
import { countNoun } from '../report/count-noun.js';

/** Warnings listed one by one for journeys nobody in the inputs takes; the rest are counted. */
const MAX_LISTED = 20;

/**
 * Reads `--travel FILE`: real journeys as CSV (`childId,urn,km,minutes`, `null` in both for no
 * route) or JSON (a list of `{ childId, urn, km, minutes }`), all or nothing like the other inputs:
 * a bad row is an InputError with its line and field. With `skipInvalid` (the commands'
 * `--skip-invalid`) bad rows are left out instead, each with a warning naming its line, and their
 * pairs' journeys are estimated; a table with no valid row left is still bad input. Journeys for a
 * child or URN not in the other inputs are left out, each with a warning naming its line (a
 * county's table may cover more).
 *
 * @param children the children of the command, for their ids
 * @param schools the schools of the command, for their URNs
 * @returns the journeys, the warnings, and how many rows were skipped as invalid (`skippedRows`)
 * @example
 * const { travel, warnings } = await readTravelInput(io, 'travel.csv', children, schools);
 */
export async function readTravelInput(
  io: CliIo,
  file: string,
  children: readonly { id: string }[],
  schools: readonly { urn: string }[],
  options: ReadInputOptions = {},
): Promise<{ travel: TravelEntry[]; warnings: string[]; skippedRows: number }> {
  const skipInvalid = options.skipInvalid ?? false;
  const { entries, linesOf, skipped, skippedRows, fileWarnings } = file.toLowerCase().endsWith('.json')
    ? await readJsonTable(io, file, skipInvalid)
    : await readCsvTable(io, file, skipInvalid);
  const unknown = unknownJourneys(entries, new Set(children.map((c) => c.id)), new Set(schools.map((s) => s.urn)));
  const skip = new Set(unknown.map((u) => u.at));
  const travel = entries.filter((_, at) => !skip.has(at));
  const listed = unknown.slice(0, MAX_LISTED);
  const lines = await linesOf(listed.map((u) => u.at));
  const warnings = fileWarnings.map((w) => `${file}: ${w}`);
  warnings.push(...skipped.map((i) => skippedNote(file, i, skippedOutcome(i))));
  warnings.push(...listed.map((u, k) => `${file}: line ${lines[k]}: ${u.why}; ignored`));
  if (unknown.length > MAX_LISTED)
    warnings.push(`${file}: and ${unknown.length - MAX_LISTED} more journeys for children or URNs not given; ignored`);
  if (skippedRows > 0) warnings.push(countNote(file, travel.length, skippedRows, unknown.length));
  if (travel.length === 0 && entries.length > 0)
    warnings.push(
      `${file}: none of its ${entries.length} journeys is for a child and a school given ` +
        '(a table for another cohort?); every journey is estimated',
    );
  return { travel, warnings, skippedRows };
}

/** A saved OSRM /table response given as the table: the ids of its rows and columns are not in it. */
const isOsrmResponse = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && !Array.isArray(json) && 'code' in json && 'durations' in json;

const OSRM_ISSUE: ValidationIssueInput = {
  path: '(root)',
  code: 'invalid_type',
  message:
    'is an OSRM /table response, not a travel table: it has no child ids or URNs; turn it into one with the ' +
    "library's importOsrmTable(json, { childIds, urns }), the ids in the order the request gave the homes " +
    'and schools (README, "Real journey times"), and save its travel list as CSV: childId,urn,km,minutes',
};

/**
 * A table's entries, a way to find the lines of some of them (for warnings only, so done on demand),
 * and the problems and number of the rows left out with skipInvalid.
 */
type TableRead = {
  entries: TravelEntry[];
  linesOf: (entries: number[]) => Promise<number[]>;
  skipped: ValidationIssueInput[];
  skippedRows: number;
  /** The file's own warnings (a CSV column that is not a field, ignored). */
  fileWarnings: string[];
};

/** What became of a row left out: a repeated journey's first row is used; any other pair's journey is estimated. */
const skippedOutcome = (issue: ValidationIssueInput) =>
  issue.code === 'duplicate' ? 'skipped; the first one is used' : 'skipped; the journey is estimated';

/** The count after the warnings: journeys used (applied), rows skipped, journeys ignored (nobody given takes them). */
function countNote(file: string, used: number, skipped: number, ignored: number): string {
  const also = ignored > 0 ? `, ${countNoun(ignored, 'journey')} ignored` : '';
  return `${file}: ${countNoun(used, 'journey')} used, ${countNoun(skipped, 'row')} skipped${also}`;
}

/** What is left when every row was bad: the problems, and one more saying so. */
function nothingLeft(file: string, issues: ValidationIssueInput[]): InputError {
  return new InputError(file, [
    ...issues,
    { path: '(file)', code: 'no_valid_rows', message: 'no valid journeys left after skipping' },
  ]);
}

async function readCsvTable(io: CliIo, file: string, skipInvalid: boolean): Promise<TableRead> {
  let result: ReturnType<typeof readTravelCsv>;
  try {
    result = readTravelCsv(await readBytes(io, file));
  } catch (error) {
    if (error instanceof ValidationError) throw new InputError(file, error.issues);
    throw error;
  }
  const problems = rejectedIssues(result.rejected);
  if (problems.length > 0 && !skipInvalid) throw new InputError(file, problems);
  if (problems.length > 0 && result.records.length === 0) throw nothingLeft(file, problems);
  const { lines } = result;
  return {
    entries: result.records,
    linesOf: async (entries) => entries.map((k) => lines[k]),
    skipped: problems,
    skippedRows: result.rejected.length,
    fileWarnings: result.warnings,
  };
}

async function readJsonTable(io: CliIo, file: string, skipInvalid: boolean): Promise<TableRead> {
  let skipped: ValidationIssueInput[] = [];
  let skippedRows = 0;
  const entries = await readJsonInput(io, file, (json) => {
    const { table, issues } = travelTableIssues(json, []);
    if (issues.length === 0) return table;
    if (isOsrmResponse(json)) throw new ValidationError('travel table', [OSRM_ISSUE]);
    if (!skipInvalid || !Array.isArray(json)) throw new ValidationError('travel table', issues);
    const kept = validEntries(json, issues);
    if (kept.length === 0) throw new ValidationError('travel table', issues);
    skipped = issues;
    skippedRows = json.length - kept.length;
    return kept;
  });
  if (skipped.length > 0) {
    const text = decodeText(await readBytes(io, file));
    const found = locateJsonLines(
      text,
      skipped.map((i) => i.path),
    );
    skipped = skipped.map((i) => ({ ...i, line: found.get(i.path) }));
  }
  // Read again only when a warning needs a line: a table of a million journeys is not scanned for nothing.
  const linesOf = async (wanted: number[]) => {
    if (wanted.length === 0) return [];
    const paths = wanted.map((k) => `[${k}]`);
    const found = locateJsonLines(decodeText(await readBytes(io, file)), paths);
    return paths.map((path) => found.get(path) ?? 1);
  };
  return { entries, linesOf, skipped, skippedRows, fileWarnings: [] };
}

/**
 * The entries of a JSON table that no issue points at (an issue's path starts with its entry's
 * position), validated again on their own. A repeated journey is flagged at its second entry, so the
 * first is kept.
 */
function validEntries(json: readonly unknown[], issues: readonly ValidationIssueInput[]): TravelEntry[] {
  const bad = new Set(issues.map((i) => /^\[(\d+)\]/.exec(i.path)?.[1]).map(Number));
  const { table } = travelTableIssues(
    json.filter((_, at) => !bad.has(at)),
    [],
  );
  return table;
}
