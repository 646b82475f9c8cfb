import { decodeText, importTransitions, readSettingMapping, type TransitionImport } from '../index.js';
import type { ValidationIssueInput } from '../index.js';
import { unknownNeedNote, unknownSettingFix } from '../io/import-transitions.js';
import type { CliIo } from './cli-io.js';
import { InputError, readingFile } from './input-error.js';
import { type ExpectedLayout, layoutIssue, nothingImported } from './nothing-imported.js';
import { readBytes, rejectedIssues } from './read-input.js';

const TRANSITIONS_LAYOUT: ExpectedLayout = {
  required: ['calendar-year', 'setting-1', 'setting-2'],
  what: 'a transitions file',
  childLevel: true,
  instead:
    'give the child-level transitions CSV: ' +
    'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2',
};

const SETTINGS_LAYOUT: ExpectedLayout = {
  required: ['code', 'setting'],
  what: 'a setting mapping',
  instead:
    "give a CSV of code,setting: each of the transitions file's setting codes and its setting (mainstream, srp, " +
    'maintained-special, independent, non-maintained or other)',
};

/**
 * Reads a transitions CSV with its setting mapping, as `import transitions` and a CSV `--history` do. The mapping is
 * read on its own first, so that a problem of it (any row it cannot read) is reported against it; setting codes
 * the mapping lacks stop the
 * read (throwIfCodesUnmapped), and so does a need label that is no SEN2 need in over 1% of the need cells
 * (throwIfNeedsUnknown); a file that gives nothing (empty, another layout, every row rejected) is bad input
 * naming the file and why, never an empty history.
 *
 * @throws InputError naming the transitions or the settings file
 * @example
 * const result = await readTransitionsInput(io, 'data/kent/transitions-history.csv', 'data/kent/setting-codes.csv');
 * result.records.length; // 16031
 */
export async function readTransitionsInput(
  io: CliIo,
  file: string,
  settings: string,
  nonSendCode?: string,
): Promise<TransitionImport> {
  const [input, mapping] = [await readBytes(io, file), await readBytes(io, settings)];
  const codes = readingFile(settings, () => readSettingMapping(mapping));
  if (codes.mapping.size === 0) {
    const layout = layoutIssue(mapping, SETTINGS_LAYOUT);
    throw layout ? new InputError(settings, [layout]) : nothingImported(settings, codes.rejected, undefined);
  }
  // A mapping row left out would turn every history row with its code into an "unmapped code": say which row.
  if (codes.rejected.length > 0) throw new InputError(settings, rejectedIssues(codes.rejected));
  const result = readingFile(file, () => importTransitions(input, mapping, nonSendCode ? { nonSendCode } : {}));
  throwIfCodesUnmapped(file, settings, result);
  throwIfNeedsUnknown(file, result);
  if (result.records.length === 0) {
    const layout = mappedHistoryIssue(input) ?? layoutIssue(input, TRANSITIONS_LAYOUT);
    throw layout ? new InputError(file, [layout]) : nothingImported(file, result.rejected, undefined);
  }
  return result;
}

/**
 * The issue for a CSV in the library's own layout (`calendarYear,setting1,...`), the CSV `import transitions` writes
 * for a spreadsheet with the settings already mapped: it is no council transitions file, and the model reads such a
 * history as JSON. Undefined for any other header.
 *
 * @example
 * mappedHistoryIssue(new TextEncoder().encode('calendarYear,setting1,need1\n2024,new,\n'))?.message;
 * // 'is a history import transitions has already mapped (calendarYear,setting1,...), the CSV it writes for a
 * //  spreadsheet: give the history as JSON instead, written by import transitions --file FILE --settings FILE
 * //  --out history.json'
 */
export function mappedHistoryIssue(bytes: Uint8Array): ValidationIssueInput | undefined {
  const header = decodeText(bytes).split(/\r?\n/, 1)[0].split(',');
  if (!header.includes('calendarYear') || !header.includes('setting1')) return undefined;
  return {
    path: '(file)',
    line: 1,
    code: 'mapped_history',
    message:
      'is a history import transitions has already mapped (calendarYear,setting1,...), the CSV it writes for a ' +
      'spreadsheet: give the history as JSON instead, written by import transitions --file FILE --settings FILE ' +
      '--out history.json',
  };
}

/**
 * Stops when the history uses setting codes the mapping lacks, naming each with the rows it holds:
 * their rows are children the model would never see (a missing `ISS` takes the whole independent
 * sector out of the census), so the run does not go on with a warning per row.
 *
 * @throws InputError naming the mapping file, one issue per code
 */
function throwIfCodesUnmapped(
  file: string,
  settings: string,
  result: Pick<ReturnType<typeof importTransitions>, 'unknownSettings'>,
): void {
  if (result.unknownSettings.length === 0) return;
  throw new InputError(
    settings,
    result.unknownSettings.map((unknown) => ({
      path: '(file)',
      code: 'unknown_code',
      message:
        `the setting code of ${file} line ${unknown.firstLine} (${unknown.column}) is not in this mapping, and ` +
        `${unknown.rows === 1 ? 'that row' : `${unknown.rows} rows`} of ${file} ` +
        `${unknown.rows === 1 ? 'has' : 'have'} it: ` +
        unknownSettingFix(unknown, '--non-send-code CODE'),
    })),
  );
}

/**
 * The share of the need cells above which one unknown need label stops the read: a stray typo is a
 * warning, but a label a whole need is written with (`Autism` for every ASD child) would move that
 * need into OTH for the whole model.
 */
const UNKNOWN_NEED_SHARE_MAX = 0.01;

/**
 * Stops when a need label that is no SEN2 need covers more than UNKNOWN_NEED_SHARE_MAX of the need
 * cells, one issue per such label (where it first is, never the label: a child-level cell).
 *
 * @throws InputError naming the transitions file
 */
function throwIfNeedsUnknown(file: string, result: Pick<TransitionImport, 'unknownNeeds'>): void {
  const many = result.unknownNeeds.filter((u) => u.share > UNKNOWN_NEED_SHARE_MAX);
  if (many.length === 0) return;
  throw new InputError(
    file,
    many.map((u) => ({
      path: '(file)',
      code: 'unknown_need',
      message: `${unknownNeedNote(u).replace(/(are|is) read as OTH/, 'would be read as OTH')}, then run again`,
    })),
  );
}
