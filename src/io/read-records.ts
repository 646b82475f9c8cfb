import * as z from 'zod/mini';
import { isMissing, issueMessage } from '../schema/describe-issue.js';
import { ChildSchema, type Child } from '../schema/child.js';
import { parseWith } from '../schema/common.js';
import { SchoolSchema, type School } from '../schema/school.js';
import { SeriesSchema, type Series } from '../schema/series.js';
import { ValidationError } from '../schema/validation-error.js';
import { CHILD_COLUMNS, readChildrenCsv } from './children-csv.js';
import type { ColumnLayout } from './flatten.js';
import { nearestWord } from '../schema/nearest.js';
import { decodeText } from './decode-text.js';
import { outsideBritainWarnings } from './outside-britain.js';
import { CSV_DEFAULTS, parseReadOptions, type CsvReadOptions, type TextInput } from './options.js';
import { rejection, type ReadResult, type Rejection, type RowProblem } from './read-result.js';
import { SCHOOL_LAYOUT, readSchoolsCsv } from './schools-csv.js';
import { readSeriesCsv } from './series-csv.js';

/** The record types a data file can hold. */
export type RecordKind = 'children' | 'schools' | 'series';

const KindSchema = z.enum(['children', 'schools', 'series'], {
  error: "kind must be 'children', 'schools' or 'series'",
});
const FileNameSchema = z.string({ error: 'must be a file name' });

/** What each kind of file reads into. */
export type RecordOf = { children: Child; schools: School; series: Series };

const JSON_SCHEMAS: {
  [K in RecordKind]: { schema: z.core.$ZodType<RecordOf[K]>; key?: (r: RecordOf[K]) => string; label: string };
} = {
  children: { schema: ChildSchema, key: (c) => c.id, label: 'child id' },
  schools: { schema: SchoolSchema, key: (s) => s.urn, label: 'URN' },
  series: { schema: SeriesSchema as z.core.$ZodType<Series>, label: 'series' },
};

/**
 * Reads children, schools or series from a file's content, as CSV or JSON by the file name's
 * extension (`.json` is JSON; anything else is CSV), returning the shape every CSV reader returns.
 *
 * JSON is a list of records (for series: one series, `{ start, values }` or a list of numbers, or a
 * list of series). JSON has no useful line numbers, so a rejection's `line` is the 1-based position
 * of the item in the list. A CSV series file (`year,value`) gives one series.
 *
 * @param kind 'children', 'schools' or 'series'
 * @param input the file's bytes or text
 * @param fileName used only for its extension
 * @example
 * readRecords('series', '[1, 2, 3]', 'spend.json').records; // [{ start: 0, values: [1, 2, 3] }]
 * readRecords('series', 'year,value\n2020,1\n2021,2\n', 'spend.csv').records; // [{ start: 2020, values: [1, 2] }]
 */
export function readRecords<K extends RecordKind>(
  kind: K,
  input: TextInput,
  fileName: string,
  options: CsvReadOptions = {},
): ReadResult<RecordOf[K]> {
  parseWith(KindSchema, kind, 'kind');
  parseWith(FileNameSchema, fileName, 'fileName');
  options = parseReadOptions(options);
  if (fileName.toLowerCase().endsWith('.json'))
    return readJsonRecords(kind, decodeText(input, options.maxBytes ?? CSV_DEFAULTS.maxBytes));
  if (kind === 'children') return readChildrenCsv(input, options) as ReadResult<RecordOf[K]>;
  if (kind === 'schools') return readSchoolsCsv(input, options) as ReadResult<RecordOf[K]>;
  const rows = readSeriesCsv(input, options);
  const warnings = rows.warnings;
  const records = rows.series ? [rows.series] : [];
  const rejected = [...rows.rejected];
  if (!rows.series && rows.records.length > 0) {
    // The rows were fine one by one but do not make one series: the file cannot be used as is.
    rejected.push(
      rejection(rows.gapLine ?? rows.lines[rows.lines.length - 1], [
        { column: 'year', reason: warnings[warnings.length - 1], code: 'missing_year' },
      ]),
    );
  }
  return {
    records: records as RecordOf[K][],
    lines: records.length > 0 ? [rows.lines[0]] : [],
    rejected,
    warnings,
    summary: rows.summary,
  };
}

function readJsonRecords<K extends RecordKind>(kind: K, text: string): ReadResult<RecordOf[K]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ValidationError(`${kind} file`, [{ path: '(root)', message: 'is not valid JSON' }]);
  }
  let items: unknown[];
  if (kind === 'series') {
    const isOne = !Array.isArray(data) || data.every((x) => typeof x === 'number');
    items = isOne ? [data] : (data as unknown[]);
  } else if (Array.isArray(data)) {
    items = data;
  } else {
    throw new ValidationError(`${kind} file`, [{ path: '(root)', message: `must be a list of ${kind}` }]);
  }
  const { schema, key, label } = JSON_SCHEMAS[kind] as unknown as {
    schema: z.core.$ZodType<RecordOf[K]>;
    key?: (r: RecordOf[K]) => string;
    label: string;
  };
  const records: RecordOf[K][] = [];
  const lines: number[] = [];
  const rejected: Rejection[] = [];
  const first = new Map<string, number>();
  const unknown = new Map<string, number>();
  const layout = kind === 'series' ? undefined : JSON_LAYOUTS[kind as 'children' | 'schools'];
  items.forEach((item, k) => {
    const position = k + 1;
    if (layout) for (const field of unknownFields(item, layout)) unknown.set(field, (unknown.get(field) ?? 0) + 1);
    const result = z.safeParse(schema, item, { reportInput: true });
    if (!result.success) {
      const problems: RowProblem[] = result.error.issues.map((issue) => ({
        column: issue.path.length === 0 ? '(row)' : issue.path.map(String).join('.'),
        reason: issueMessage(issue),
        code: isMissing(issue) ? 'required' : issue.code,
      }));
      rejected.push(rejection(position, problems));
      return;
    }
    const id = key?.(result.data);
    if (id !== undefined) {
      const seen = first.get(id);
      if (seen !== undefined) {
        rejected.push(
          rejection(position, [
            {
              column: kind === 'children' ? 'id' : 'urn',
              reason: `duplicate ${label} ${id} (first at item ${seen})`,
              code: 'duplicate',
            },
          ]),
        );
        return;
      }
      first.set(id, position);
    }
    records.push(result.data);
    lines.push(position);
  });
  return {
    records,
    lines,
    rejected,
    warnings: layout
      ? [
          ...unknownFieldWarnings(unknown, layout, kind === 'children' ? 'child' : 'school'),
          ...(kind === 'children'
            ? outsideBritainWarnings(
                (records as Child[]).map((c) => c.home),
                lines,
                "child's home",
                'item',
              )
            : outsideBritainWarnings(
                (records as School[]).map((s) => s.location),
                lines,
                "school's location",
                'item',
              )),
        ]
      : [],
    summary: { read: items.length, imported: records.length, rejected: rejected.length },
  };
}

/** The column layouts whose fields a JSON record may have (the CSV layouts, flattened the same way). */
const JSON_LAYOUTS: Record<'children' | 'schools', ColumnLayout> = {
  children: { fields: CHILD_COLUMNS },
  schools: SCHOOL_LAYOUT,
};

/**
 * The fields of a JSON record that its layout does not have, dotted (`home.latitude`). Only the
 * layout's own objects (`home`, `kpis`) are looked into: an unknown field is named, and the keys
 * of its value, which are data (`contacts: { "<a parent's name>": ... }`), are never read.
 */
function unknownFields(item: unknown, layout: ColumnLayout, prefix = '', out: string[] = []): string[] {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return out;
  // Walked in place, with the dotted names flattenRecord would give, but without building the flat record.
  for (const key of Object.keys(item)) {
    const field = prefix + key;
    const under = `${field}.`;
    if (Object.hasOwn(layout.fields, field) || Object.hasOwn(layout.prefixes ?? {}, under)) continue;
    // A known object of the wrong type (`home: "CT1 1AA"`) is the schema's to reject, not an unknown field.
    if (Object.keys(layout.fields).some((known) => known.startsWith(under)))
      unknownFields((item as Record<string, unknown>)[key], layout, under, out);
    else out.push(field);
  }
  return out;
}

/**
 * One warning per field the records have but the library does not read, with the field it may mean and
 * how many records have it: a misspelt optional field (`maxDistanceKM`) would otherwise be dropped
 * without a word, and a field such as a name is dropped on purpose but should be said to be. Names
 * the field, never its values.
 */
function unknownFieldWarnings(unknown: ReadonlyMap<string, number>, layout: ColumnLayout, what: string): string[] {
  const fields = Object.keys(layout.fields);
  return [...unknown].map(([field, count]) => {
    const near = nearestWord(field, fields);
    const meant = near === undefined ? '' : ` (did you mean ${near}?)`;
    const where = count === 1 ? '1 record' : `${count} records`;
    return `field ${field} is not a field of a ${what}${meant}; it was ignored (${where})`;
  });
}
