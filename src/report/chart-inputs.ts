import { z } from 'zod';
import { LatLonSchema, parseWith } from '../schema/common.js';
import { SeriesSchema } from '../schema/series.js';

const Finite = z.number({ error: 'must be a finite number' });
const Label = z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' });

/**
 * Input of forecastChart: the history and a forecast as `forecast()` returns it; bands as long as the mean.
 *
 * @example
 * ForecastChartInputSchema.safeParse({ history: [1, 2], forecast: { mean: [3], lower: { 80: [2] }, upper: { 80: [4] } }
 *   }).success; // true
 */
export const ForecastChartInputSchema = z
  .object({
    history: SeriesSchema,
    forecast: z.object({
      mean: z.array(Finite).min(1, { error: 'needs at least one forecast year' }),
      lower: z.record(z.string(), z.array(Finite)),
      upper: z.record(z.string(), z.array(Finite)),
      method: z.string().optional(),
    }),
    title: z.string().optional(),
    valueLabel: z.string().optional(),
  })
  .superRefine((input, ctx) => {
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
  });
/** What forecastChart takes (see ForecastChartInputSchema). */
export type ForecastChartInput = z.input<typeof ForecastChartInputSchema>;

const ProjectionRow = z.object({ year: z.number().int(), independentPlacements: Finite }).loose();
/**
 * Input of sufficiencyChart: a projection as `projectSufficiency()` returns it (only years and independent placements
 * are read).
 *
 * @example
 * SufficiencyChartInputSchema.safeParse({ projection: { rows: [{ year: 2025, independentPlacements: 1172 }],
 *   counterfactual: [] } }).success; // true
 */
export const SufficiencyChartInputSchema = z.object({
  projection: z.object({ rows: z.array(ProjectionRow).min(1), counterfactual: z.array(ProjectionRow) }),
  title: z.string().optional(),
  /**
   * An uncertainty band around the plan (e.g. the 5th to 95th percentile of simulateSufficiency), drawn behind the
   * lines.
   */
  band: z.array(z.object({ year: z.number().int(), low: Finite, high: Finite })).optional(),
  /** The band's legend label (default 'Plan: 90% of simulated runs'). */
  bandLabel: z.string().optional(),
  planLabel: z.string().optional(),
  counterfactualLabel: z.string().optional(),
});
/** What sufficiencyChart takes. */
export type SufficiencyChartInput = z.input<typeof SufficiencyChartInputSchema>;

/**
 * One bar of a tornado chart: an assumption and the outcome at its low and high setting.
 *
 * @example
 * TornadoBarSchema.safeParse({ assumption: 'Joiners', low: 850, high: 980 }).success; // true
 */
export const TornadoBarSchema = z.object({ assumption: Label, low: Finite, high: Finite });
/**
 * Input of tornadoChart: the bars and the base case.
 *
 * @example
 * TornadoChartInputSchema.safeParse({ base: 900, bars: [] }).success; // false: needs at least one assumption
 */
export const TornadoChartInputSchema = z.object({
  bars: z.array(TornadoBarSchema).min(1, { error: 'needs at least one assumption' }),
  base: Finite,
  title: z.string().optional(),
  valueLabel: z.string().optional(),
});
/** What tornadoChart takes. */
export type TornadoChartInput = z.input<typeof TornadoChartInputSchema>;

const Contributions = z.record(z.string(), Finite);
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
      z
        .object({
          school: z.object({ urn: z.string(), name: z.string() }).loose(),
          rank: z.number().int(),
          score: Finite,
          contributions: Contributions,
        })
        .loose(),
    )
    .min(1, { error: 'needs at least one ranked school' }),
  title: z.string().optional(),
  limit: z.number().int().min(1).optional(),
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
    z.object({ urn: z.string(), name: z.string(), location: LatLonSchema, rank: z.number().int().optional() }).loose(),
  ),
  title: z.string().optional(),
});
/** What mapChart takes. */
export type MapChartInput = z.input<typeof MapChartInputSchema>;

/**
 * Validates a chart's input; a ValidationError lists every problem with its path.
 *
 * @example
 * parseChartInput(TornadoBarSchema, { assumption: 'A', low: 1, high: 2 }, 'tornado bar').high; // 2
 */
export function parseChartInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  return parseWith(schema, input, what);
}
