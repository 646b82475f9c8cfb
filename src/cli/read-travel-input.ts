import { travelTableIssues, type TravelEntry } from '../geo/travel-table.js';
import { unknownJourneys } from '../match/match-options.js';
import { decodeText, readTravelCsv, ValidationError } from '../index.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './input-error.js';
import { locateJsonLines } from './locate-json-lines.js';
import { readBytes, readJsonInput } from './read-input.js';

/** Warnings listed one by one for journeys nobody in the inputs takes; the rest are counted. */
const MAX_LISTED = 20;

/**
 * Reads `--travel FILE`: real journeys as CSV (`childId,urn,km,minutes`, `null` in both for no
 * route) or JSON (a list of `{ childId, urn, km, minutes }`), all or nothing like the other inputs:
 * a bad row is an InputError with its line and field. Journeys for a child or URN not in the other
 * inputs are left out, each with a warning naming its line (a county's table may cover more).
 *
 * @param children the children of the command, for their ids
 * @param schools the schools of the command, for their URNs
 * @example
 * const { travel, warnings } = await readTravelInput(io, 'travel.csv', children, schools);
 */
export async function readTravelInput(
  io: CliIo,
  file: string,
  children: readonly { id: string }[],
  schools: readonly { urn: string }[],
): Promise<{ travel: TravelEntry[]; warnings: string[] }> {
  const { entries, linesOf } = file.toLowerCase().endsWith('.json')
    ? await readJsonTable(io, file)
    : await readCsvTable(io, file);
  const unknown = unknownJourneys(entries, new Set(children.map((c) => c.id)), new Set(schools.map((s) => s.urn)));
  const skip = new Set(unknown.map((u) => u.at));
  const travel = entries.filter((_, at) => !skip.has(at));
  const listed = unknown.slice(0, MAX_LISTED);
  const lines = await linesOf(listed.map((u) => u.at));
  const warnings = listed.map((u, k) => `${file}: line ${lines[k]}: ${u.why}; ignored`);
  if (unknown.length > MAX_LISTED)
    warnings.push(`${file}: and ${unknown.length - MAX_LISTED} more journeys for children or URNs not given; ignored`);
  return { travel, warnings };
}

/** A table's entries, and a way to find the lines of some of them (for warnings only, so done on demand). */
type TableRead = { entries: TravelEntry[]; linesOf: (entries: number[]) => Promise<number[]> };

async function readCsvTable(io: CliIo, file: string): Promise<TableRead> {
  let result: ReturnType<typeof readTravelCsv>;
  try {
    result = readTravelCsv(await readBytes(io, file));
  } catch (error) {
    if (error instanceof ValidationError) throw new InputError(file, error.issues);
    throw error;
  }
  if (result.rejected.length > 0)
    throw new InputError(
      file,
      result.rejected.flatMap((row) =>
        row.problems.map((p) => ({ path: p.column, line: row.line, column: p.column, message: p.reason })),
      ),
    );
  const { lines } = result;
  return { entries: result.records, linesOf: async (entries) => entries.map((k) => lines[k]) };
}

async function readJsonTable(io: CliIo, file: string): Promise<TableRead> {
  const entries = await readJsonInput(io, file, (json) => {
    const { table, issues } = travelTableIssues(json, []);
    if (issues.length > 0) throw new ValidationError('travel table', issues);
    return table;
  });
  // Read again only when a warning needs a line: a table of a million journeys is not scanned for nothing.
  const linesOf = async (wanted: number[]) => {
    if (wanted.length === 0) return [];
    const paths = wanted.map((k) => `[${k}]`);
    const found = locateJsonLines(decodeText(await readBytes(io, file)), paths);
    return paths.map((path) => found.get(path) ?? 1);
  };
  return { entries, linesOf };
}
