import { NC_YEAR_FORMS, parseNcYearCell } from '../io/read-cell.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../schema/common.js';
import type { CommandArgs } from './parse-command-args.js';
import { UsageError } from './usage-error.js';

/**
 * An NC-year flag read as the files' NC-year cells are (parseNcYearCell): `7`, `Y7`, `Year 7`, `R` for
 * Reception or `N2` for nursery, whole and from NC_YEAR_MIN to NC_YEAR_MAX; undefined when absent.
 *
 * @throws UsageError naming the flag, the range and the forms it takes
 *
 * @example
 * ncYearFlag(args, 'nc-year', 'report'); // 7 for --nc-year Y7, 0 for --nc-year R
 */
export function ncYearFlag(args: CommandArgs, name: string, command: string): number | undefined {
  const text = args.string(name);
  if (text === undefined) return undefined;
  const year = parseNcYearCell(text);
  if (year === undefined || !Number.isSafeInteger(year) || year < NC_YEAR_MIN || year > NC_YEAR_MAX)
    throw new UsageError(
      `--${name} must be an NC year from ${NC_YEAR_MIN} to ${NC_YEAR_MAX}, written as ${NC_YEAR_FORMS}, ` +
        `not "${text}"`,
      command,
    );
  return year;
}
