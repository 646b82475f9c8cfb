import { NEED_CODES, type NeedCode } from '../needs.js';
import { SETTINGS, TransitionSchema, type Setting, type Transition } from '../schema/transition.js';
import { parseNumberCell } from './flatten.js';
import { z } from 'zod';
import {
  checkInput,
  CsvReadOptionsSchema,
  parseReadOptions,
  type CsvReadOptions,
  type CsvWriteOptions,
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
  /** What an unmapped setting code becomes (with a warning). */
  unknownSetting: 'other' as Setting,
  /** What an unknown need code becomes (with a warning). */
  unknownNeed: 'OTH' as NeedCode,
} as const;

const TransitionOptionsSchema = z.object({
  ...CsvReadOptionsSchema.shape,
  nonSendCode: z
    .string({ error: 'nonSendCode must be text' })
    .min(1, { error: 'nonSendCode must not be empty' })
    .optional(),
});

/** The transitions file's column each Transition field comes from. */
const COLUMN_OF: Record<string, string> = {
  calendarYear: 'calendar-year',
  setting1: 'setting-1',
  need1: 'need-1',
  ncYear1: 'academic-year-1',
  setting2: 'setting-2',
  need2: 'need-2',
  ncYear2: 'academic-year-2',
};

/**
 * Reads a setting mapping (`code,setting`): the council's setting codes and the setting each one is
 * (mainstream, srp, maintained-special, independent, non-maintained, other). Codes match in any case.
 *
 * @example
 * readSettingMapping('code,setting\nMMS,mainstream\nISS,independent\n').mapping.get('ISS'); // 'independent'
 */
export function readSettingMapping(
  input: string | Uint8Array,
  options: CsvReadOptions = {},
): { mapping: Map<string, Setting>; rejected: Rejection[]; warnings: string[] } {
  const raw = readCsv(input, options);
  const mapping = new Map<string, Setting>();
  const firstLine = new Map<string, number>();
  const rejected = [...raw.rejected];
  raw.records.forEach((row, r) => {
    const line = raw.lines[r];
    const code = (row.code ?? '').trim().toUpperCase();
    const setting = (row.setting ?? '').trim().toLowerCase();
    const problems: RowProblem[] = [];
    if (code === '') problems.push({ column: 'code', reason: 'is required' });
    if (!(SETTINGS as readonly string[]).includes(setting))
      problems.push({ column: 'setting', reason: `setting must be one of ${SETTINGS.join(', ')}` });
    const first = firstLine.get(code);
    if (problems.length === 0 && first !== undefined)
      problems.push({ column: 'code', reason: `duplicate setting code ${code} (first on line ${first})` });
    if (problems.length > 0) {
      rejected.push(rejection(line, problems));
      return;
    }
    firstLine.set(code, line);
    mapping.set(code, setting as Setting);
  });
  return { mapping, rejected: rejected.sort((a, b) => a.line - b.line), warnings: raw.warnings };
}

/**
 * Imports a child-level transitions file in the witan.send layout
 * (`calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2`, one row per
 * child per year) as Transition records for estimateTransitions. Setting codes are mapped with the
 * council's mapping file (`code,setting`); a joiner's setting-1 and a leaver's setting-2 are
 * `NONSEND`, which become `new` and `left`. Unknown setting codes become `other`, unknown need codes
 * `OTH`, each with a warning saying how many rows; academic years are NC years and must be whole
 * numbers. Every record is validated with TransitionSchema; a bad row is rejected with its line,
 * column and reason, and never echoes a cell.
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
  input: string | Uint8Array,
  settings: string | Uint8Array,
  options: TransitionOptions = {},
): TransitionImport {
  const { nonSendCode, ...readOptions } = parseReadOptions(options, TransitionOptionsSchema);
  const nonSend = (nonSendCode ?? TRANSITION_DEFAULTS.nonSendCode).toUpperCase();
  const map = readSettingMapping(checkInput(settings, 'settings'), readOptions);
  const raw = readCsv(input, readOptions);
  const records: Transition[] = [];
  const lines: number[] = [];
  const rejected: Rejection[] = [...raw.rejected];
  // Child-level cells are never echoed, even in warnings: unknown codes are counted with the first line.
  const unknownSettings = { codes: new Set<string>(), rows: 0, first: 0 };
  const unknownNeeds = { codes: new Set<string>(), rows: 0, first: 0 };
  const note = (tally: typeof unknownSettings, code: string, line: number) => {
    tally.codes.add(code);
    if (tally.rows++ === 0) tally.first = line;
  };

  raw.records.forEach((row, r) => {
    const line = raw.lines[r];
    const cell = (column: string) => (row[column] ?? '').trim();
    const problems: RowProblem[] = [];
    const whole = (column: string): number | undefined => {
      const text = cell(column);
      if (text === '') return undefined;
      const n = parseNumberCell(text);
      if (n === undefined || !Number.isInteger(n)) problems.push({ column, reason: 'must be a whole number' });
      return n;
    };
    const setting = (column: string, none: 'new' | 'left') => {
      const code = cell(column).toUpperCase();
      if (code === '') return undefined;
      if (code === nonSend) return none;
      const mapped = map.mapping.get(code);
      if (mapped !== undefined) return mapped;
      note(unknownSettings, code, line);
      return TRANSITION_DEFAULTS.unknownSetting;
    };
    const need = (column: string): NeedCode | undefined => {
      const text = cell(column);
      if (text === '') return undefined;
      const code = NEED_CODES.find((c) => c.toUpperCase() === text.toUpperCase());
      if (code !== undefined) return code;
      note(unknownNeeds, text.toUpperCase(), line);
      return TRANSITION_DEFAULTS.unknownNeed;
    };
    const setting1 = setting('setting-1', 'new');
    const setting2 = setting('setting-2', 'left');
    // A joiner has no need or year before; a leaver none after: those cells are ignored, not checked.
    const before = setting1 === 'new' ? {} : { need1: need('need-1'), ncYear1: whole('academic-year-1') };
    const after = setting2 === 'left' ? {} : { need2: need('need-2'), ncYear2: whole('academic-year-2') };
    const candidate = { calendarYear: whole('calendar-year'), setting1, ...before, setting2, ...after };
    for (const key of Object.keys(candidate) as (keyof typeof candidate)[])
      if (candidate[key] === undefined) delete candidate[key];

    const result = TransitionSchema.safeParse(candidate, { reportInput: true });
    if (!result.success) {
      const seen = new Set(problems.map((p) => p.column));
      for (const issue of result.error.issues) {
        const column = COLUMN_OF[String(issue.path[0])] ?? '(row)';
        if (seen.has(column)) continue;
        seen.add(column);
        problems.push({
          column,
          reason: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
        });
      }
    }
    if (problems.length > 0 || !result.success) {
      rejected.push(rejection(line, problems));
      return;
    }
    records.push(result.data);
    lines.push(line);
  });

  const warnings = [...map.warnings, ...raw.warnings];
  if (map.rejected.length > 0)
    warnings.push(
      `the setting mapping has ${map.rejected.length} unreadable ${map.rejected.length === 1 ? 'row' : 'rows'} ` +
        `(see settingsRejected)`,
    );
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (unknownSettings.rows > 0) {
    warnings.push(
      `${plural(unknownSettings.codes.size, 'setting code is', 'setting codes are')} not in the mapping ` +
        `(${plural(unknownSettings.rows, 'cell', 'cells')}, the first on line ${unknownSettings.first}); mapped ` +
        `to other`,
    );
  }
  if (unknownNeeds.rows > 0) {
    warnings.push(
      `${plural(unknownNeeds.codes.size, 'need code is', 'need codes are')} not a SEN2 need ` +
        `(${plural(unknownNeeds.rows, 'cell', 'cells')}, the first on line ${unknownNeeds.first}); mapped to OTH`,
    );
  }
  rejected.sort((a, b) => a.line - b.line);
  return {
    records,
    lines,
    rejected,
    settingsRejected: map.rejected,
    warnings,
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
