import { InputError } from './input-error.js';
import { UsageError } from './usage-error.js';

/**
 * Runs the part of a command after its inputs are read, so that when it fails on bad input or usage the
 * inputs' notes (rows not imported, warnings) are printed before the error, as they are after a success: a
 * history whose 2022 rows were all rejected would otherwise fail with "holds 1 record year" and no word of why.
 *
 * @param notes the notes of the inputs read so far
 * @param run the rest of the command
 * @example
 * const run = async () => { throw new InputError('h.csv', [{ path: '(root)', message: 'holds 1 record year' }]); };
 * await keepingNotes(['warning: h.csv line 2, calendar-year: ... (row not imported)'], run).catch((e) => e.notes);
 * // ['warning: h.csv line 2, calendar-year: ... (row not imported)'], which reportError prints before the error
 */
export async function keepingNotes<T>(notes: readonly string[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) error.notes.unshift(...notes);
    throw error;
  }
}
