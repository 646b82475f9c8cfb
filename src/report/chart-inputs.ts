import * as z from 'zod/mini';
import { LatLonSchema } from '../schema/common.js';
import { SeriesSchema } from '../schema/series.js';
import { ValidationError, fromZodIssues } from '../schema/validation-error.js';

const Finite = z.number({ error: 'must be a finite number' });
const Text = z.string({ error: 'must be text' });
const Label = z.string({ error: 'must be text' }).check(z.minLength(1, { error: 'must not be empty' }));
const Year = z.number({ error: 'must be a year' }).check(z.int({ error: 'must be a whole year' }));
const Layout = z.enum(['wide', 'narrow'], { error: "layout must be 'wide' or 'narrow'" });

/** The fields of a forecast chart's input, before the check that bands match the mean (shared with the report).
 *
 * @example
 * ForecastChartFields.safeParse({ history: [1, 2], forecast: { mean: [3], lower: {}, upper: {} } }).success; // true
 */
export const ForecastChartFields = z.object({
  history: SeriesSchema,
  forecast: z.object({
    mean: z.array(Finite).check(z.minLength(1, { error: 'needs at least one forecast year' })),
    lower: z.record(z.string(), z.array(Finite)),
    upper: z.record(z.string(), z.array(Finite)),
    method: z.optional(Text),
    /** Why forecast() chose what it did; the report quotes its summary beside the method. */
    why: z.optional(z.looseObject({ summary: z.optional(Text) })),
  }),
  /** The chart's title: the series' name (default 'Forecast'). */
  title: z.optional(Text),
  /** The value axis' title (default: from `unit`, else 'value'). */
  valueLabel: z.optional(Text),
  /** What the values count: 'GBP' writes them as money; other text (e.g. 'children') names the axis. */
  unit: z.optional(Text),
  /**
   * Whether the years are academic or financial years, each given as the year it ends in (2025 for 2024/25, as
   * series files written `2024/25` are read): the axis, and the report's text and table, write them so.
   */
  academicYears: z.optional(z.boolean({ error: 'academicYears must be true or false' })),
  layout: z.optional(Layout),
});

/** Every interval band must have a value per forecast year, like the mean.
 *
 * @example
 * ForecastChartFields.check(bandsMatchMean); // ForecastChartInputSchema
 */
export const bandsMatchMean = z.superRefine(
  (input: { forecast: { mean: number[]; lower: Record<string, number[]>; upper: Record<string, number[]> } }, ctx) => {
    const h = input.forecast.mean.length;
    for (const side of ['lower', 'upper'] as const) {
      for (const [level, values] of Object.entries(input.forecast[side])) {
        if (values.length !== h)
          ctx.addIssue({
            code: 'custom',
            path: ['forecast', side, level],
            message: `must have ${h} values, like mean`,
          });
      }
    }
  },
);

/**
 * Input of forecastChart: the history and a forecast as `forecast()` returns it; bands as long as the mean.
 *
 * @example
 * ForecastChartInputSchema.safeParse({ history: [1, 2], forecast: { mean: [3], lower: { 80: [2] }, upper: { 80: [4] } }
 *   }).success; // true
 */
export const ForecastChartInputSchema = ForecastChartFields.check(bandsMatchMean);
/** What forecastChart takes (see ForecastChartInputSchema). */
export type ForecastChartInput = z.input<typeof ForecastChartInputSchema>;

const ProjectionRow = z.looseObject({ year: Year, independentPlacements: Finite });
/**
 * Input of sufficiencyChart: a projection as `projectSufficiency()` returns it (only years and independent placements
 * are read).
 *
 * @example
 * SufficiencyChartInputSchema.safeParse({ projection: { rows: [{ year: 2025, independentPlacements: 1172 }],
 *   counterfactual: [] } }).success; // true
 */
export const SufficiencyChartInputSchema = z.object({
  projection: z.looseObject({
    rows: z.array(ProjectionRow).check(z.minLength(1, { error: 'needs at least one year' })),
    counterfactual: z.array(ProjectionRow),
  }),
  title: z.optional(Text),
  /**
   * An uncertainty band around the plan (e.g. the 5th to 95th percentile of simulateSufficiency), drawn behind the
   * lines.
   */
  band: z.optional(z.array(z.object({ year: Year, low: Finite, high: Finite }))),
  /** The band's legend label (default 'Plan: 90% of simulated runs'). */
  bandLabel: z.optional(Text),
  planLabel: z.optional(Text),
  counterfactualLabel: z.optional(Text),
  layout: z.optional(Layout),
});
/** What sufficiencyChart takes. */
export type SufficiencyChartInput = z.input<typeof SufficiencyChartInputSchema>;

/**
 * One bar of a tornado chart: an assumption, the outcome at its low and high setting, and optionally the input
 * values of those settings as a reader should see them (`inputLow: '1,600'`).
 *
 * @example
 * TornadoBarSchema.safeParse({ assumption: 'New EHCPs a year', low: 850, high: 980, inputLow: '1,600', inputHigh:
 *   '2,400' }).success; // true
 */
export const TornadoBarSchema = z.object({
  assumption: Label,
  low: Finite,
  high: Finite,
  inputLow: z.optional(Text),
  inputHigh: z.optional(Text),
});
/**
 * Input of tornadoChart: the bars and the base case.
 *
 * @example
 * TornadoChartInputSchema.safeParse({ base: 900, bars: [] }).success; // false: needs at least one assumption
 */
export const TornadoChartInputSchema = z.object({
  bars: z.array(TornadoBarSchema).check(z.minLength(1, { error: 'needs at least one assumption' })),
  base: Finite,
  title: z.optional(Text),
  valueLabel: z.optional(Text),
  /** What the outcome counts: 'GBP' writes it as money; anything else as a count (default). */
  unit: z.optional(Text),
  layout: z.optional(Layout),
});
/** What tornadoChart takes. */
export type TornadoChartInput = z.input<typeof TornadoChartInputSchema>;

/**
 * Input of rankingChart: ranked schools as `rankSchools()` returns them.
 *
 * @example
 * RankingChartInputSchema.safeParse({ ranked: [{ rank: 1, score: 0.5, school: { urn: '1', name: 'A' }, contributions: {
 *   need: 0.5 } }] }).success; // true
 */
export const RankingChartInputSchema = z.object({
  ranked: z
    .array(
      z.looseObject({
        school: z.looseObject({ urn: Text, name: Text }),
        rank: z.number({ error: 'must be a number' }).check(z.int({ error: 'rank must be a whole number' })),
        score: Finite,
        contributions: z.record(z.string(), Finite),
      }),
    )
    .check(z.minLength(1, { error: 'needs at least one ranked school' })),
  title: z.optional(Text),
  limit: z.optional(
    z
      .number({ error: 'must be a number' })
      .check(z.int({ error: 'limit must be a whole number' }), z.minimum(1, { error: 'limit must be at least 1' })),
  ),
  layout: z.optional(Layout),
});
/** What rankingChart takes. */
export type RankingChartInput = z.input<typeof RankingChartInputSchema>;

/**
 * Input of mapChart: the child's home and the candidate schools, optionally with their rank.
 *
 * @example
 * MapChartInputSchema.safeParse({ home: { lat: 51.3, lon: 1.1 }, schools: [] }).success; // true
 */
export const MapChartInputSchema = z.object({
  home: LatLonSchema,
  schools: z.array(
    z.looseObject({
      urn: Text,
      name: Text,
      location: LatLonSchema,
      rank: z.optional(z.number({ error: 'must be a number' }).check(z.int({ error: 'rank must be a whole number' }))),
    }),
  ),
  title: z.optional(Text),
  layout: z.optional(Layout),
});
/** What mapChart takes. */
export type MapChartInput = z.input<typeof MapChartInputSchema>;

/**
 * Validates a chart's input; a ValidationError lists every problem with its path and code.
 *
 * @example
 * parseChartInput(TornadoBarSchema, { assumption: 'A', low: 1, high: 2 }, 'tornado bar').high; // 2
 */
export function parseChartInput<S extends z.ZodMiniType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(what, fromZodIssues(result.error.issues));
}
