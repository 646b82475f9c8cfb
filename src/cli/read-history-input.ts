import { parseTransitions } from '../index.js';
import type { Rejection, Transition, ValidationIssueInput } from '../index.js';
import { TRANSITION_COLUMN_OF } from '../io/import-transitions.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './input-error.js';
import { readImported } from './read-imported.js';
import { readBytes, readJsonInput } from './read-input.js';
import { mappedHistoryIssue, readTransitionsInput } from './read-transitions-input.js';

/** What was read from a file, with the notes to pass on (rows not imported, warnings). */
export type InputWithNotes<T> = {
  value: T;
  notes: string[];
  /** For a CSV read as a list: the line each record comes from, parallel to `value` (see recordIssues). */
  lines?: number[];
};

/**
 * One note per problem of a row that was not imported: the file, line, column and reason.
 *
 * @example
 * rejectionNotes('p.csv', [{ line: 3, column: 'population', reason: 'must be 0 or more', problems: [...] }]);
 * // ['warning: p.csv line 3, population: must be 0 or more (row not imported)']
 */
export function rejectionNotes(file: string, rejected: readonly Rejection[]): string[] {
  return rejected.flatMap((r) =>
    r.problems.map((p) => `warning: ${file} line ${r.line}, ${p.column}: ${p.reason} (row not imported)`),
  );
}

/**
 * Reads a child-level transitions history: a JSON list of Transition records (as `import
 * transitions --out history.json` writes), or the transitions CSV itself
 * (`calendar-year,setting-1,...`) with the council's setting mapping. Rows that cannot be imported
 * are listed with their line and column and the rest are read, as `import transitions` does.
 *
 * @param settings the setting mapping CSV, required for a CSV history
 * @param nonSendCode a CSV history's code of "no EHCP" (default NONSEND)
 * @throws InputError for a JSON history with a bad record, a CSV without `--settings`, a CSV `import transitions`
 *   wrote (mappedHistoryIssue), or no records
 * @example
 * const { value } = await readHistoryInput(io, 'data/kent/transitions-history.csv', 'data/kent/setting-codes.csv');
 * value.length; // 16031
 */
export async function readHistoryInput(
  io: CliIo,
  file: string,
  settings: string | undefined,
  nonSendCode?: string,
): Promise<InputWithNotes<Transition[]>> {
  if (file.toLowerCase().endsWith('.json')) {
    const value = await readJsonInput(io, file, parseTransitions);
    return { value, notes: missingYearNotes(file, value) };
  }
  if (settings === undefined)
    throw new InputError(file, [
      mappedHistoryIssue(await readBytes(io, file)) ?? {
        path: '(file)',
        message: 'a transitions CSV needs its setting mapping: add --settings FILE (code,setting)',
      },
    ]);
  const result = await readTransitionsInput(io, file, settings, nonSendCode);
  const s = result.summary;
  return {
    value: result.records,
    lines: result.lines,
    notes: [
      ...rejectionNotes(settings, result.settingsRejected),
      ...rejectionNotes(file, result.rejected),
      ...result.warnings.map((w) => `warning: ${file}: ${w}`),
      ...(s.rejected > 0 ? [readImported(file, s)] : []),
      ...missingYearNotes(file, result.records),
    ],
  };
}

/**
 * A warning for each calendar year missing between a history's first and last: the model is fitted
 * on the years there are, but a planner should know that a year's moves are not in it (an export
 * that left out a year looks like a quiet year otherwise).
 *
 * @example
 * missingYearNotes('h.csv', [{ calendarYear: 2019 }, { calendarYear: 2021 }] as Transition[]);
 * // ['warning: h.csv: no transitions from 2020 (to the 2021 census); the model is fitted on the other years']
 */
export function missingYearNotes(file: string, records: readonly Pick<Transition, 'calendarYear'>[]): string[] {
  const years = new Set(records.map((r) => r.calendarYear));
  if (years.size === 0) return [];
  const sorted = [...years].sort((a, b) => a - b);
  const notes: string[] = [];
  for (let year = sorted[0] + 1; year < sorted[sorted.length - 1]; year++)
    if (!years.has(year))
      notes.push(
        `warning: ${file}: no transitions from ${year} (to the ${year + 1} census); ` +
          'the model is fitted on the other years',
      );
  return notes;
}

/**
 * The library's issues about records of a CSV history (`[0].calendarYear`) with the line each record comes
 * from and its column (`calendar-year`), as the CSV's own problems are given: the record's place in the list
 * means nothing to a planner with the file open. Other issues, and those of a JSON history, are kept as they are.
 *
 * @example
 * recordIssues([{ path: '[0].calendarYear', message: 'must be a year from 1900 to 2199' }], [2]);
 * // [{ path: 'calendar-year', line: 2, column: 'calendar-year', message: 'must be a year from 1900 to 2199' }]
 */
export function recordIssues(
  issues: readonly ValidationIssueInput[],
  lines: readonly number[] | undefined,
): ValidationIssueInput[] {
  return issues.map((issue) => {
    const record = /^\[(\d+)\]\.?(\w*)/.exec(issue.path);
    const line = record ? lines?.[Number(record[1])] : undefined;
    if (!record || line === undefined) return issue;
    const column = TRANSITION_COLUMN_OF[record[2]] ?? '(row)';
    return { ...issue, path: column, line, column };
  });
}
