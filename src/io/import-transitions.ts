import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { isMissing, issueMessage } from '../schema/describe-issue.js';
import type { NeedCode } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN, parseWith } from '../schema/common.js';
import { ValidationError } from '../schema/validation-error.js';
import { plainWord } from '../schema/nearest.js';
import { SETTINGS, TransitionSchema, type Setting, type Transition } from '../schema/transition.js';
import { readAcademicYearCell, readCalendarYearCell } from './read-cell.js';
import { nearestNeedCode, needCodeOf } from '../schema/need-code-of.js';
import {
  checkInput,
  CsvReadOptionsSchema,
  type CsvReadOptions,
  type CsvWriteOptions,
  type TextInput,
} from './options.js';
import { readCsv } from './read-csv.js';
import { writeCsv } from './write-csv.js';
import { rejection, type ReadResult, type Rejection, type RowProblem } from './read-result.js';

/** Options of importTransitions. */
export type TransitionOptions = CsvReadOptions & {
  /** The setting code of "no EHCP": a joiner's setting-1 and a leaver's setting-2. Default `NONSEND`. */
  nonSendCode?: string;
};

/** What importTransitions returns: the usual read result, plus the mapping file's own rejected rows. */
export type TransitionImport = ReadResult<Transition> & {
  /** Rows of the setting mapping that could not be read (lines of the mapping file). */
  settingsRejected: Rejection[];
  /**
   * Setting codes of the transitions file that the mapping lacks (in upper case), each with the rows
   * it rejected and where the first one is, most rows first: for a program to act on. Messages and
   * warnings never quote them (they are cells of a child-level file); they give the line and column.
   */
  unknownSettings: UnknownSetting[];
  /**
   * Need labels that are no SEN2 need (in upper case), each read as OTH: its cells, their `share` of
   * all non-empty need cells, where the first is and the SEN2 code `nearest` to it if one is near;
   * most cells first. As with setting codes, messages never quote the label.
   */
  unknownNeeds: UnknownNeed[];
};

/**
 * A setting code of the transitions file that the mapping lacks (see TransitionImport):
 * `joinersOrLeavers` of its rows have it where a joiner or leaver has the "no EHCP" code (setting-1
 * with no need or year before, or setting-2 with none after); `mappingLine`, the mapping's line that
 * has the code but was rejected.
 */
export type UnknownSetting = {
  code: string;
  rows: number;
  firstLine: number;
  column: string;
  joinersOrLeavers: number;
  mappingLine?: number;
};

/** A need label of the transitions file that is no SEN2 need (see TransitionImport). */
export type UnknownNeed = {
  code: string;
  cells: number;
  share: number;
  firstLine: number;
  column: string;
  nearest?: NeedCode;
};

/**
 * The defaults of importTransitions.
 *
 * @example
 * TRANSITION_DEFAULTS.nonSendCode; // 'NONSEND'
 */
export const TRANSITION_DEFAULTS = {
  /** The code the witan.send transitions layout uses for "not in the EHCP population". */
  nonSendCode: 'NONSEND',
  /** What an unknown need code becomes (with a warning). */
  unknownNeed: 'OTH' as NeedCode,
} as const;

const TransitionOptionsSchema = strictOptions(
  {
    ...CsvReadOptionsSchema.shape,
    nonSendCode: z.optional(
      z.string({ error: 'nonSendCode must be text' }).check(z.minLength(1, { error: 'nonSendCode must not be empty' })),
    ),
  },
  { error: 'options must be an object' },
);

/** The reason an academic year out of range is rejected, in the words of the file. */
const ACADEMIC_YEAR_RANGE = `must be an academic (NC) year from ${NC_YEAR_MIN} to ${NC_YEAR_MAX}: birth to 25`;

/**
 * The transitions file's column each Transition field comes from.
 *
 * @example
 * TRANSITION_COLUMN_OF.calendarYear; // 'calendar-year'
 */
export const TRANSITION_COLUMN_OF: Record<string, string> = {
  calendarYear: 'calendar-year',
  setting1: 'setting-1',
  need1: 'need-1',
  ncYear1: 'academic-year-1',
  setting2: 'setting-2',
  need2: 'need-2',
  ncYear2: 'academic-year-2',
};

/** Each setting by plainWord, so that the mapping may write `Maintained Special`, `SRP` or `Independent`. */
const SETTING_BY_WORD = new Map(SETTINGS.map((setting) => [plainWord(setting), setting]));

/**
 * Reads a setting mapping (`code,setting`): the council's setting codes and the setting each one is
 * (mainstream, srp, maintained-special, independent, non-maintained, other; in any case or spacing).
 * Codes match in any case. `rejectedCodes` gives the line of each code whose row was rejected.
 *
 * @example
 * readSettingMapping('code,setting\nMMS,mainstream\nISS,independent\n').mapping.get('ISS'); // 'independent'
 */
export function readSettingMapping(
  input: TextInput,
  options: CsvReadOptions = {},
): { mapping: Map<string, Setting>; rejected: Rejection[]; rejectedCodes: Map<string, number>; warnings: string[] } {
  const raw = readCsv(input, options);
  const mapping = new Map<string, Setting>();
  const firstLine = new Map<string, number>();
  const rejected = [...raw.rejected];
  const rejectedCodes = new Map<string, number>();
  raw.records.forEach((row, r) => {
    const line = raw.lines[r];
    const code = (row.code ?? '').trim().toUpperCase();
    const text = (row.setting ?? '').trim();
    const setting = SETTING_BY_WORD.get(plainWord(text));
    const problems: RowProblem[] = [];
    if (code === '') problems.push({ column: 'code', reason: 'is required', code: 'required' });
    if (setting === undefined) {
      // The mapping is no child-level file: its cells may be quoted.
      const reason = `setting ${text === '' ? 'is required:' : `"${text}" is not`} one of ${SETTINGS.join(', ')}`;
      problems.push({ column: 'setting', reason, code: text === '' ? 'required' : 'invalid_value' });
    }
    const first = firstLine.get(code);
    if (problems.length === 0 && first !== undefined)
      problems.push({
        column: 'code',
        reason: `duplicate setting code ${code} (first on line ${first})`,
        code: 'duplicate',
      });
    if (problems.length > 0) {
      rejected.push(rejection(line, problems));
      if (code !== '' && !rejectedCodes.has(code)) rejectedCodes.set(code, line);
      return;
    }
    firstLine.set(code, line);
    mapping.set(code, setting as Setting);
  });
  return { mapping, rejected: rejected.sort((a, b) => a.line - b.line), rejectedCodes, warnings: raw.warnings };
}

/** Need labels that are not SEN2 needs, by label, counted (never echoed) with the first cell; and all need cells. */
type UnknownNeeds = { byLabel: Map<string, { cells: number; firstLine: number; column: string }>; needCells: number };

/** Setting codes the mapping lacks, by code, with their rows and where the first one is. */
type UnknownSettings = Map<
  string,
  { rows: number; firstLine: number; column: string; lastLine: number; joinersOrLeavers: number }
>;

/** What reading a row needs besides the row: the "no EHCP" code, the mapping, the unknown tallies. */
type RowContext = {
  nonSend: string;
  mapping: Map<string, Setting>;
  unknownNeeds: UnknownNeeds;
  unknownSettings: UnknownSettings;
};

/**
 * A row's cells as a candidate Transition, with the problems of cells that cannot be read: a year
 * that is not a whole number, a setting code the mapping lacks. Unknown need codes become OTH and
 * are counted. Child-level cells are never echoed.
 */
function readRow(
  cell: (column: string) => string,
  line: number,
  ctx: RowContext,
): { candidate: Record<string, unknown>; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const academicYear = (column: string) => readAcademicYearCell(cell(column), column, problems);
  const setting = (column: string, none: 'new' | 'left') => {
    const code = cell(column).toUpperCase();
    if (code === '') return undefined;
    if (code === ctx.nonSend) return none;
    const mapped = ctx.mapping.get(code);
    if (mapped === undefined) {
      const reason = 'setting code is not in the setting mapping: add it there (code,setting)';
      problems.push({ column, reason, code: 'unknown_code' });
      // Where a joiner or leaver has the "no EHCP" code: no need or year on that side of the row.
      const blank = (c: string) => /^(NA)?$/i.test(cell(column.replace('setting', c)));
      const noEhcp = blank('need') && blank('academic-year') ? 1 : 0;
      const tally = ctx.unknownSettings.get(code);
      // A row counts once for a code, even when both its settings are that code.
      if (tally === undefined)
        ctx.unknownSettings.set(code, { rows: 1, firstLine: line, column, lastLine: line, joinersOrLeavers: noEhcp });
      else if (tally.lastLine !== line) {
        tally.rows++;
        tally.lastLine = line;
        tally.joinersOrLeavers += noEhcp;
      }
    }
    return mapped;
  };
  const need = (column: string): NeedCode | undefined => {
    const text = cell(column);
    if (text === '') return undefined;
    ctx.unknownNeeds.needCells++;
    // A code in any case, a former code (BESD), or the need's name (Autistic Spectrum Disorder).
    const code = needCodeOf(text);
    if (code !== undefined) return code;
    const tally = ctx.unknownNeeds.byLabel.get(text.toUpperCase());
    if (tally === undefined) ctx.unknownNeeds.byLabel.set(text.toUpperCase(), { cells: 1, firstLine: line, column });
    else tally.cells++;
    return TRANSITION_DEFAULTS.unknownNeed;
  };
  const setting1 = setting('setting-1', 'new');
  const setting2 = setting('setting-2', 'left');
  // A joiner has no need or year before; a leaver none after: those cells are ignored, not checked.
  const before = setting1 === 'new' ? {} : { need1: need('need-1'), ncYear1: academicYear('academic-year-1') };
  const after = setting2 === 'left' ? {} : { need2: need('need-2'), ncYear2: academicYear('academic-year-2') };
  const candidate: Record<string, unknown> = {
    calendarYear: readCalendarYearCell(cell('calendar-year'), 'calendar-year', problems),
    setting1,
    ...before,
    setting2,
    ...after,
  };
  for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
  return { candidate, problems };
}

/** Validates a candidate with TransitionSchema, adding one problem per column not already reported. */
function validateRow(candidate: Record<string, unknown>, problems: RowProblem[]): Transition | undefined {
  const result = TransitionSchema.safeParse(candidate, { reportInput: true });
  if (result.success) return problems.length === 0 ? result.data : undefined;
  const seen = new Set(problems.map((p) => p.column));
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]);
    const column = TRANSITION_COLUMN_OF[field] ?? '(row)';
    if (seen.has(column)) continue;
    seen.add(column);
    const missing = isMissing(issue);
    const range = field.startsWith('ncYear') && (issue.code === 'too_small' || issue.code === 'too_big');
    problems.push({
      column,
      reason: range ? ACADEMIC_YEAR_RANGE : issueMessage(issue),
      code: missing ? 'required' : issue.code,
    });
  }
  return undefined;
}

/** The file-level note of the mapping's unreadable rows, if any. */
function mappingNotes(settingsRejected: number): string[] {
  const rows = settingsRejected === 1 ? 'unreadable row' : 'unreadable rows';
  return settingsRejected > 0 ? [`the setting mapping has ${settingsRejected} ${rows}, left out`] : [];
}

/**
 * One line for a need label that is no SEN2 need: where it first is, its cells and their share of
 * the need cells, and the nearest SEN2 code, without quoting it (a cell of a child-level file).
 *
 * @example
 * unknownNeedNote({ code: 'AUTISM', cells: 10608, share: 0.331, firstLine: 2, column: 'need-1' });
 * // 'the need label on line 2 (need-1) is not a SEN2 need: 10,608 cells have it and are read as OTH
 * //  (33.1% of the need cells); write the SEN2 code or name (e.g. ASD or "Autistic Spectrum Disorder")'
 */
export function unknownNeedNote({ cells, share, firstLine, column, nearest }: UnknownNeed): string {
  const percent = share < 0.01 ? (share * 100).toFixed(2) : (share * 100).toFixed(1);
  const have = cells === 1 ? 'cell has it and is' : 'cells have it and are';
  const near = nearest === undefined ? '' : `; the nearest SEN2 code is ${nearest}`;
  return (
    `the need label on line ${firstLine} (${column}) is not a SEN2 need: ` +
    `${cells.toLocaleString('en-GB')} ${have} read as OTH ` +
    `(${percent}% of the need cells); ` +
    `write the SEN2 code or name (e.g. ASD or "Autistic Spectrum Disorder")${near}`
  );
}

/**
 * One line for a setting code the mapping lacks: where it first is and how many rows it rejected,
 * without quoting it (a cell of a child-level file).
 *
 * @example
 * unknownSettingNote({ code: 'ISS', rows: 829, firstLine: 507, column: 'setting-2', joinersOrLeavers: 0 });
 * // 'the setting code on line 507 (setting-2) is not in the setting mapping: 829 rows have it and were rejected;
 * //  add it to the mapping (code,setting)'
 */
export function unknownSettingNote(unknown: UnknownSetting): string {
  const { rows, firstLine, column } = unknown;
  const have = rows === 1 ? 'that row was rejected' : `${rows} rows have it and were rejected`;
  return (
    `the setting code on line ${firstLine} (${column}) is not in the setting mapping: ${have}; ` +
    `${unknownSettingFix(unknown, 'the nonSendCode option')}`
  );
}

/**
 * What to do about a setting code the mapping lacks: fix the mapping's rejected row that has it,
 * give it as the "no EHCP" code when its rows look like joiners and leavers, else add it.
 *
 * @param nonSendOption how the caller sets the "no EHCP" code (`--non-send-code` in the CLI)
 * @example
 * unknownSettingFix({ code: 'X', rows: 3, firstLine: 2, column: 'setting-1', joinersOrLeavers: 3 }, '--non-send-code');
 * // 'its rows look like joiners and leavers: if it is the code for no EHCP, give it with --non-send-code;
 * //  else add it to the mapping (code,setting)'
 */
export function unknownSettingFix(unknown: UnknownSetting, nonSendOption: string): string {
  if (unknown.mappingLine !== undefined)
    return `the mapping has it on line ${unknown.mappingLine}, but that row was rejected: fix that row`;
  const look =
    unknown.joinersOrLeavers * 2 > unknown.rows
      ? `its rows look like joiners and leavers: if it is the code for no EHCP, give it with ${nonSendOption}; else `
      : '';
  return `${look}add it to the mapping (code,setting)`;
}

/**
 * Imports a child-level transitions file in the witan.send layout
 * (`calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2`, one row per
 * child per year) as Transition records for estimateTransitions. Setting codes are mapped with the
 * council's mapping file (`code,setting`; post-16 and post-19 codes too: an FE college is usually
 * `other`, a specialist post-16 institution `independent`); a joiner's setting-1 and a leaver's
 * setting-2 are `NONSEND`, which become `new` and `left`. A setting code the mapping lacks rejects
 * its row (naming the column: add the code to the mapping), and each such code is listed once in
 * `unknownSettings` and the warnings, with its rows; a mapping with no usable row is a
 * ValidationError. Needs are read as codes in any case,
 * former codes (`BESD`) or names (`Autistic Spectrum Disorder`); an unknown one becomes `OTH`, listed
 * once in `unknownNeeds` and the warnings with its cells and their share of the need cells.
 * Academic years are NC years, whole numbers from -5 (birth) to 20
 * (age 25), also written `Y6`, `Year 6` or `R`. Every record is validated with TransitionSchema;
 * a bad row is rejected with its line, column and reason, the rest are imported, and no cell is
 * ever echoed.
 *
 * @param input the transitions file's bytes or text
 * @param settings the setting mapping file's bytes or text
 * @example
 * const t = importTransitions(
 *   'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n2024,MMS,ASD,6,ISS,ASD,7\n',
 *   'code,setting\nMMS,mainstream\nISS,independent\n',
 * );
 * t.records; // [{ calendarYear: 2024, setting1: 'mainstream', need1: 'ASD', ncYear1: 6, setting2: 'independent',
 *   need2: 'ASD', ncYear2: 7 }]
 */
export function importTransitions(
  input: TextInput,
  settings: TextInput,
  options: TransitionOptions = {},
): TransitionImport {
  const { nonSendCode, ...readOptions } = parseWith(TransitionOptionsSchema, options ?? {}, 'options');
  const map = readSettingMapping(checkInput(settings, 'settings'), readOptions);
  const raw = readCsv(input, readOptions);
  if (map.mapping.size === 0)
    throw new ValidationError('setting mapping', [
      {
        path: 'settings',
        code: 'empty',
        message: 'the setting mapping has no usable row: it needs one row per setting code (code,setting)',
      },
    ]);
  const ctx: RowContext = {
    nonSend: (nonSendCode ?? TRANSITION_DEFAULTS.nonSendCode).toUpperCase(),
    mapping: map.mapping,
    unknownNeeds: { byLabel: new Map(), needCells: 0 },
    unknownSettings: new Map(),
  };
  const records: Transition[] = [];
  const lines: number[] = [];
  const rejected: Rejection[] = [...raw.rejected];
  raw.records.forEach((row, r) => {
    const line = raw.lines[r];
    const { candidate, problems } = readRow((column) => (row[column] ?? '').trim(), line, ctx);
    const record = validateRow(candidate, problems);
    if (record === undefined) {
      rejected.push(rejection(line, problems));
      return;
    }
    records.push(record);
    lines.push(line);
  });
  rejected.sort((a, b) => a.line - b.line);
  const unknownSettings = [...ctx.unknownSettings]
    .map(([code, { rows, firstLine, column, joinersOrLeavers }]): UnknownSetting => {
      const mappingLine = map.rejectedCodes.get(code);
      return { code, rows, firstLine, column, joinersOrLeavers, ...(mappingLine === undefined ? {} : { mappingLine }) };
    })
    .sort((a, b) => b.rows - a.rows || a.firstLine - b.firstLine);
  const { byLabel, needCells } = ctx.unknownNeeds;
  const unknownNeeds = [...byLabel]
    .map(([code, t]): UnknownNeed => {
      const nearest = nearestNeedCode(code);
      return { code, ...t, share: t.cells / needCells, ...(nearest === undefined ? {} : { nearest }) };
    })
    .sort((a, b) => b.cells - a.cells || a.firstLine - b.firstLine);
  return {
    records,
    lines,
    rejected,
    settingsRejected: map.rejected,
    unknownSettings,
    unknownNeeds,
    warnings: [
      ...map.warnings,
      ...raw.warnings,
      ...mappingNotes(map.rejected.length),
      ...unknownNeeds.map(unknownNeedNote),
      ...unknownSettings.map(unknownSettingNote),
    ],
    summary: { read: raw.summary.read, imported: records.length, rejected: rejected.length },
  };
}

/**
 * Writes Transition records as CSV with their own field names
 * (`calendarYear,setting1,need1,ncYear1,setting2,need2,ncYear2`; absent fields are empty cells).
 *
 * @example
 * writeTransitionsCsv([{ calendarYear: 2024, setting1: 'new', setting2: 'srp', need2: 'ASD', ncYear2: 7 }]);
 * // 'calendarYear,setting1,need1,ncYear1,setting2,need2,ncYear2\r\n2024,new,,,srp,ASD,7\r\n'
 */
export function writeTransitionsCsv(transitions: readonly Transition[], options: CsvWriteOptions = {}): string {
  return writeCsv(
    transitions,
    ['calendarYear', 'setting1', 'need1', 'ncYear1', 'setting2', 'need2', 'ncYear2'],
    options,
  );
}
