import { importTransitions, parseTransitions } from '../index.js';
import type { Rejection, Transition } from '../index.js';
import { isValidationError } from '../index.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './input-error.js';
import { readBytes, readJsonInput } from './read-input.js';

/** What was read from a file, with the notes to pass on (rows not imported, warnings). */
export type InputWithNotes<T> = { value: T; notes: string[] };

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
 * @throws InputError for a JSON history with a bad record, a CSV without `--settings`, or no records
 * @example
 * const { value } = await readHistoryInput(io, 'data/kent/transitions-history.csv', 'data/kent/setting-codes.csv');
 * value.length; // 16031
 */
export async function readHistoryInput(
  io: CliIo,
  file: string,
  settings: string | undefined,
): Promise<InputWithNotes<Transition[]>> {
  if (file.toLowerCase().endsWith('.json'))
    return { value: await readJsonInput(io, file, parseTransitions), notes: [] };
  if (settings === undefined)
    throw new InputError(file, [
      { path: '(file)', message: 'a transitions CSV needs its setting mapping: add --settings FILE (code,setting)' },
    ]);
  const [input, mapping] = [await readBytes(io, file), await readBytes(io, settings)];
  let result: ReturnType<typeof importTransitions>;
  try {
    result = importTransitions(input, mapping);
  } catch (error) {
    if (isValidationError(error)) throw new InputError(file, error.issues);
    throw error;
  }
  if (result.records.length === 0) throw new InputError(file, [{ path: '(root)', message: 'holds no transitions' }]);
  const s = result.summary;
  return {
    value: result.records,
    notes: [
      ...rejectionNotes(settings, result.settingsRejected),
      ...rejectionNotes(file, result.rejected),
      ...result.warnings.map((w) => `warning: ${file}: ${w}`),
      ...(s.rejected > 0 ? [`${file}: ${s.read} rows read, ${s.imported} imported, ${s.rejected} rejected`] : []),
    ],
  };
}
