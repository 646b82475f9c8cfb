import * as z from 'zod/mini';
import { parseWith, unread } from './common.js';

/**
 * Largest magnitude a series value may have: beyond it, squared errors overflow and no real count or spend is that big.
 *
 * @example
 * SERIES_VALUE_LIMIT; // 1e15
 */
export const SERIES_VALUE_LIMIT = 1e15;

const Value = z
  .number({ error: 'must be a finite number' })
  .check(
    z.minimum(-SERIES_VALUE_LIMIT, { error: `must be at least -${SERIES_VALUE_LIMIT}` }),
    z.maximum(SERIES_VALUE_LIMIT, { error: `must be at most ${SERIES_VALUE_LIMIT}` }),
  );

/**
 * The most values a series may hold: a thousand years of an annual series. The rolling-origin
 * backtests behind `forecast` and `backtest` grow with the square of the length (1,000 values take
 * about half a second to backtest, 5,000 took 12 s), so a longer list is a wrong input, not history.
 *
 * @example
 * MAX_SERIES_VALUES; // 1000
 */
export const MAX_SERIES_VALUES = 1000;

const Values = z.array(Value, { error: 'values must be a list of numbers' }).check(
  z.minLength(2, { error: 'a series needs at least 2 values to forecast from' }),
  z.maxLength(MAX_SERIES_VALUES, {
    error: `a series may have at most ${MAX_SERIES_VALUES} values (one a year); is this an annual series?`,
  }),
);

/**
 * An annual series: `start` is the first year. A bare list of numbers is accepted too (start 0); an
 * object must say its start, since years counted from 0 would label a forecast wrongly.
 *
 * @example
 * SeriesSchema.parse([1, 2]); // { start: 0, values: [1, 2] }
 */
export const SeriesSchema = z.pipe(
  z.transform((input: unknown) => (Array.isArray(input) ? { start: 0, values: input } : unread(input))),
  z.object(
    {
      start: z.number({ error: 'start must be a year' }).check(z.int({ error: 'start must be a whole year' })),
      values: Values,
    },
    { error: 'a series is { start, values } or a list of numbers' },
  ),
);

/** An annual series. */
export type Series = { start: number; values: number[] };

/**
 * Validates an annual series.
 *
 * @example
 * parseSeries([27.9, 34.2, 39.8, 49.2]); // { start: 0, values: [27.9, 34.2, 39.8, 49.2] }
 * parseSeries({ start: 2017, values: [1, 2] }).start; // 2017
 */
export function parseSeries(input: unknown): Series {
  return parseWith(SeriesSchema, input, 'series');
}
