import * as z from 'zod/mini';
import { strictFields } from './strict-fields.js';
import { NcYearSchema, parseWith } from './common.js';
import { runsText } from './runs-text.js';
import { ChildrenSchema, SourceSchema, YearSchema } from './sourced-number.js';
import type { ValidationIssueInput } from './validation-error.js';

/**
 * The population of one NC year in one calendar year: the children and young people of that age
 * living in the area (ONS mid-year estimates or subnational projections, reshaped to NC years), the
 * layout SEND models use (`calendar-year,academic-year,population`).
 *
 * @example
 * PopulationRecordSchema.safeParse({ calendarYear: 2026, ncYear: 0, count: 17850 }).success; // true
 * PopulationRecordSchema.safeParse({ calendarYear: 2026, ncYear: 21, count: 17850 }).success; // false: past 25
 */
export const PopulationRecordSchema = strictFields(
  { calendarYear: YearSchema, ncYear: NcYearSchema, count: ChildrenSchema },
  { error: 'a population record must be an object: { calendarYear, ncYear, count }' },
);
/** One population record. */
export type PopulationRecord = z.infer<typeof PopulationRecordSchema>;

/** The key of a record's (calendar year, NC year). */
const keyOf = (r: { calendarYear: number; ncYear: number }) => `${r.calendarYear}|${r.ncYear}`;

/**
 * A population with its source: the records, each (calendar year, NC year) at most once.
 *
 * @example
 * PopulationSchema.safeParse({ source: 'ONS 2022-based projections', records: [] }).success; // true
 */
export const PopulationSchema = strictFields(
  {
    source: SourceSchema,
    records: z.array(PopulationRecordSchema, { error: 'records must be a list of population records' }),
  },
  { error: 'population must be an object: { source, records }' },
).check(
  z.superRefine((p, ctx) => {
    const first = new Map<string, number>();
    p.records.forEach((r, i) => {
      const at = first.get(keyOf(r));
      if (at === undefined) first.set(keyOf(r), i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['records', i],
          message: `${r.calendarYear}, NC year ${r.ncYear} appears twice (first at records[${at}])`,
          input: r,
          params: { code: 'duplicate' },
        });
    });
  }),
);
/** A population with its source (see PopulationSchema). */
export type Population = z.infer<typeof PopulationSchema>;

/**
 * Validates a population, listing every problem with its path.
 *
 * @throws ValidationError
 * @example
 * const p = parsePopulation({ source: 'synthetic', records: [{ calendarYear: 2026, ncYear: 0, count: 100 }] });
 * p.records.length; // 1
 */
export function parsePopulation(input: unknown): Population {
  return parseWith(PopulationSchema, input, 'population');
}

/**
 * The issues for the (calendar year, NC year) pairs a projection needs but the records lack: one
 * issue per run of consecutive calendar years missing the same NC years, naming them, each with the
 * code `missing_population`. Internal: the scenario, estimateTransitions and backtestProjection
 * report gaps with it.
 *
 * @example
 * const records = [{ calendarYear: 2026, ncYear: 0, count: 9 }];
 * missingPopulation(records, [2026, 2027, 2028], [0, 1], 'p').map((i) => i.message);
 * // ['no population for 2026, NC year 1', 'no population for 2027 to 2028, NC years 0 to 1']
 */
export function missingPopulation(
  records: readonly PopulationRecord[],
  years: readonly number[],
  ncYears: readonly number[],
  path: string,
): ValidationIssueInput[] {
  const have = new Set(records.map(keyOf));
  const wanted = [...new Set(ncYears)].sort((a, b) => a - b);
  // Consecutive years missing the same NC years are one issue ("2036 to 2040"): a projection that
  // runs past the population's last year is one problem, not one a year.
  const gaps: { from: number; to: number; ncYears: string }[] = [];
  for (const calendarYear of years) {
    const missing = wanted.filter((ncYear) => !have.has(keyOf({ calendarYear, ncYear })));
    if (missing.length === 0) continue;
    const ncYears = missing.length === 1 ? `NC year ${missing[0]}` : `NC years ${runsText(missing)}`;
    const last = gaps[gaps.length - 1];
    if (last && last.to === calendarYear - 1 && last.ncYears === ncYears) last.to = calendarYear;
    else gaps.push({ from: calendarYear, to: calendarYear, ncYears });
  }
  return gaps.map(({ from, to, ncYears }) => ({
    path,
    code: 'missing_population',
    message: `no population for ${from === to ? from : `${from} to ${to}`}, ${ncYears}`,
  }));
}

/**
 * A lookup of population by (calendar year, NC year); undefined where the records have none.
 *
 * @example
 * populationLookup([{ calendarYear: 2026, ncYear: 0, count: 9 }])(2026, 0); // 9
 */
export function populationLookup(
  records: readonly PopulationRecord[],
): (calendarYear: number, ncYear: number) => number | undefined {
  const byKey = new Map(records.map((r) => [keyOf(r), r.count]));
  return (calendarYear, ncYear) => byKey.get(keyOf({ calendarYear, ncYear }));
}
