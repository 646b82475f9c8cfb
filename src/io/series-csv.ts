import type { TextInput } from './options.js';
import * as z from 'zod/mini';
import { parseWith, unread } from '../schema/common.js';
import type { Loose } from '../schema/loose.js';
import { SERIES_VALUE_LIMIT, type Series } from '../schema/series.js';
import { ValidationError } from '../schema/validation-error.js';
import type { CsvReadOptions, CsvWriteOptions } from './options.js';
import type { ReadResult } from './read-result.js';
import { readTypedCsv, type RecordFormat } from './read-typed-csv.js';
import { writeCsv } from './write-csv.js';

/** One row of a series file: a year and its value. */
export type SeriesRow = { year: number; value: number };

const SeriesRowSchema = z.object({
  year: z.number({ error: 'must be a year' }).check(z.int({ error: 'must be a whole year' })),
  value: z
    .number({ error: 'must be a finite number' })
    .check(
      z.minimum(-SERIES_VALUE_LIMIT, { error: `must be at least -${SERIES_VALUE_LIMIT}` }),
      z.maximum(SERIES_VALUE_LIMIT, { error: `must be at most ${SERIES_VALUE_LIMIT}` }),
    ),
});

/**
 * A series to write: SeriesSchema's shape (a bare list starts in year 0), its values checked as a
 * file row's are, any number of them.
 */
const WrittenSeriesSchema = z.pipe(
  z.transform((input: unknown) => (Array.isArray(input) ? { start: 0, values: input } : unread(input))),
  z.object(
    {
      start: z.number({ error: 'start must be a year' }).check(z.int({ error: 'start must be a whole year' })),
      values: z.array(SeriesRowSchema.shape.value, { error: 'values must be a list of numbers' }),
    },
    { error: 'a series is { start, values } or a list of numbers' },
  ),
);

const SERIES_FORMAT: RecordFormat<SeriesRow> = {
  what: 'series row',
  layout: { fields: { year: 'year', value: 'number' } },
  schema: SeriesRowSchema,
  keyColumn: 'year',
  keyOf: (row) => String(row.year),
  keyLabel: 'year',
};

/**
 * Builds an annual series from year/value rows in any order. The years must be consecutive once
 * sorted: a gap is an error, because forecasting a series with a hidden hole would be wrong.
 *
 * @throws ValidationError naming the first missing year, or when there are no rows
 * @example
 * seriesFromRows([{ year: 2021, value: 6 }, { year: 2020, value: 5 }]); // { start: 2020, values: [5, 6] }
 */
export function seriesFromRows(rows: readonly SeriesRow[]): Series {
  if (rows.length === 0) throw new ValidationError('series', [{ path: '(root)', message: 'has no rows' }]);
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].year !== sorted[k - 1].year + 1) {
      const message =
        sorted[k].year === sorted[k - 1].year
          ? `year ${sorted[k].year} appears twice`
          : `year ${sorted[k - 1].year + 1} is missing: a series needs a value for every year from ` +
            `${sorted[0].year} to ${sorted[sorted.length - 1].year}`;
      throw new ValidationError('series', [{ path: 'year', message }]);
    }
  }
  return { start: sorted[0].year, values: sorted.map((row) => row.value) };
}

/**
 * Reads a series file (`year,value`, one row per year, any order). Rows are validated and repeated
 * years rejected with their line; `series` is the annual series when the imported years are
 * consecutive (otherwise absent, with a warning naming the gap, and `gapLine`: the line of the year
 * after it, where the series breaks).
 *
 * @example
 * readSeriesCsv('year,value\n2017,27.9\n2018,34.2\n').series; // { start: 2017, values: [27.9, 34.2] }
 * readSeriesCsv('year,value\n2017,1\n2019,2\n2020,3\n').gapLine; // 3: 2018 is missing before 2019's line
 */
export function readSeriesCsv(
  input: TextInput,
  options: CsvReadOptions = {},
): ReadResult<SeriesRow> & { series?: Series; gapLine?: number } {
  const result = readTypedCsv(input, SERIES_FORMAT, options);
  if (result.records.length === 0) return result;
  try {
    return { ...result, series: seriesFromRows(result.records) };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const order = result.records.map((_, i) => i).sort((a, b) => result.records[a].year - result.records[b].year);
    const breaks = order.findIndex((i, k) => k > 0 && result.records[i].year !== result.records[order[k - 1]].year + 1);
    const gapLine = result.lines[order[breaks > 0 ? breaks : order.length - 1]];
    return { ...result, gapLine, warnings: [...result.warnings, `not one series: ${e.issues[0].message}`] };
  }
}

/**
 * Writes a series as `year,value` CSV. The series is validated first (a bare list, as forecast
 * takes it, starts in year 0), so a missing start or a NaN is an error, never a file that
 * readSeriesCsv cannot read back.
 *
 * @throws ValidationError listing every problem in the series
 * @example
 * writeSeriesCsv({ start: 2020, values: [5, 6] }); // 'year,value\r\n2020,5\r\n2021,6\r\n'
 */
export function writeSeriesCsv(series: Loose<Series | readonly number[]>, options: CsvWriteOptions = {}): string {
  const { start, values } = parseWith(WrittenSeriesSchema, series, 'series');
  return writeCsv(
    values.map((value, k) => ({ year: start + k, value })),
    ['year', 'value'],
    options,
  );
}
