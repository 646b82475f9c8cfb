import { readCsvTable } from '../io/read-csv-table.js';
import type { Rejection } from '../io/read-result.js';
import { nearestWord } from '../schema/nearest.js';
import type { ValidationIssueInput } from '../index.js';
import { InputError } from './input-error.js';
import { rejectedIssues } from './read-input.js';

/** What an import expects of its file, for saying why a file gave nothing. */
export type ExpectedLayout = {
  /** The columns the import cannot do without. */
  required: readonly string[];
  /** What the file should be, after "is not": 'a GIAS establishment download'. */
  what: string;
  /** What to do instead, said after the columns: where to get such a file, or the command to use. */
  instead: string;
  /** Whether column names match in any case (the GIAS importer's rule); else exactly. */
  anyCase?: boolean;
  /**
   * Whether the rows are children's records: the header is then counted, never quoted, since a file saved without
   * its header has a child's row on line 1.
   */
  childLevel?: boolean;
};

/** The first columns of a header, for a message: enough to recognise the file, never a whole wide header. */
function someColumns(header: readonly string[], childLevel = false): string {
  // Line 1 of a child-level file saved without its header is a child's row.
  if (childLevel) return `its line 1 has ${header.length} ${header.length === 1 ? 'cell' : 'cells'}, not shown here`;
  const shown = header.slice(0, 6).join(', ');
  return `its columns are ${header.length > 6 ? `${shown} and ${header.length - 6} more` : shown}`;
}

/**
 * Why a file an import read gave nothing, when the reason is the file as a whole: it is empty (or only a header),
 * or it lacks a column the import needs, so it is some other file. Undefined when the layout is right (then the
 * rows themselves are the problem).
 *
 * @example
 * layoutIssue(new TextEncoder().encode('urn,name\n1,Oak\n'), { required: ['time_period'], what: 'a SEN2 file',
 *   instead: 'download it again' });
 * // { path: '(file)', line: 1, message: 'is not a SEN2 file: it has no column time_period (its columns are urn,
 * //   name); download it again' }
 */
export function layoutIssue(bytes: Uint8Array, expected: ExpectedLayout): ValidationIssueInput | undefined {
  let header: string[];
  let rows: number;
  try {
    const table = readCsvTable(bytes);
    header = table.header;
    rows = table.summary.read;
  } catch {
    return undefined; // a header the reader refuses has been reported by the import itself
  }
  if (rows === 0)
    return {
      path: '(file)',
      message: `holds no rows: the file is ${header.length === 0 ? 'empty' : 'only a header'}; ${expected.instead}`,
    };
  const has = (column: string) =>
    expected.anyCase ? header.some((h) => h.toLowerCase() === column.toLowerCase()) : header.includes(column);
  const missing = expected.required.filter((column) => !has(column));
  if (missing.length === 0) return undefined;
  const near = missing.map((column) => nearestWord(column, header)).filter((h) => h !== undefined);
  const meant = near.length > 0 ? `; is ${near.join(', ')} meant?` : '';
  return {
    path: '(file)',
    line: 1,
    message:
      `is not ${expected.what}: it has no column ${missing.join(', ')} (${someColumns(header, expected.childLevel)})` +
      `${meant}; ${expected.instead}`,
  };
}

/**
 * The error for an import of a file of the right layout that imported nothing (see layoutIssue for the wrong
 * layout), so that nothing is written and the exit code says so: every rejected row's problems, and one line
 * saying why the rest were left out.
 *
 * @param leftOut why rows that were not rejected were not imported either ('3 closed, 1 not yet open'), if any
 * @example
 * nothingImported('gg.csv', [], '2 closed').issues[0].message; // 'nothing imported: 2 closed'
 */
export function nothingImported(file: string, rejected: readonly Rejection[], leftOut: string | undefined): InputError {
  const problems = `${rejected.length} ${rejected.length === 1 ? 'row' : 'rows'} with a problem (above)`;
  const why =
    rejected.length === 0 ? (leftOut ?? 'no rows') : leftOut ? `${problems}, ${leftOut}` : 'every row has a problem';
  const summary = `nothing imported: ${why}`;
  return new InputError(file, [...rejectedIssues(rejected), { path: '(file)', message: summary }]);
}

/**
 * A did-you-mean for a name the user filtered on that matched nothing (`--la Kentt`), from the names the file has:
 * the nearest, else a few of them so the spelling can be checked.
 *
 * @example
 * nameHint('Kentt', ['Kent', 'Medway']); // 'did you mean "Kent"?'
 * nameHint('Surrey', ['Kent', 'Medway']); // 'the file has Kent, Medway'
 */
export function nameHint(name: string, names: readonly string[]): string {
  const distinct = [...new Set(names.filter((n) => n.trim() !== ''))].sort();
  const near = nearestWord(name.trim(), distinct, 3);
  if (near !== undefined) return `did you mean "${near}"?`;
  if (distinct.length === 0) return 'the file names no area';
  const shown = distinct.slice(0, 8).join(', ');
  return `the file has ${shown}${distinct.length > 8 ? ` and ${distinct.length - 8} more` : ''}`;
}
