import * as z from 'zod/mini';
import { parseChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS } from './charts/chart-defaults.js';
import { lineChart } from './charts/line-chart.js';
import { formatCount, formatGbpWith } from './figure-format.js';
import { REPORT_DEFAULTS } from './report-defaults.js';

const Finite = z.number({ error: 'must be a finite number' });

/**
 * Input of frontierChart: a capacity plan's frontier as `planCapacity()` returns it (budget and saving of each
 * level), what the saving counts (`spend`, GBP, by default; or `independentPlacements`, place-years), a title and
 * the layout.
 *
 * @example
 * FrontierChartInputSchema.safeParse({ frontier: [{ budgetGbp: 1e6, saving: 8e6 }] }).success; // true
 * FrontierChartInputSchema.safeParse({ frontier: [] }).success; // false: needs at least one budget level
 */
export const FrontierChartInputSchema = z.object({
  frontier: z
    .array(
      z.looseObject({
        budgetGbp: Finite.check(z.minimum(0, { error: 'budgetGbp must be 0 or more' })),
        saving: Finite,
      }),
    )
    .check(z.minLength(1, { error: 'frontier needs at least one budget level (must not be empty)' })),
  objective: z.optional(
    z.enum(['spend', 'independentPlacements'], { error: 'objective must be spend or independentPlacements' }),
  ),
  title: z.optional(z.string({ error: 'must be text' })),
  layout: z.optional(z.enum(['wide', 'narrow'], { error: "layout must be 'wide' or 'narrow'" })),
});
/** What frontierChart takes (see FrontierChartInputSchema). */
export type FrontierChartInput = z.input<typeof FrontierChartInputSchema>;

/**
 * What each further million of capital buys: the best saving a capacity plan found at each budget level, from no
 * budget (no saving) to the whole budget, budgets in £m along the bottom axis. The line flattens where further
 * places save less (overflow stops once a need's demand is met); its last value is the plan's saving.
 *
 * @param input `frontier` (`planCapacity(...).frontier`), `objective` (default 'spend'), `title`, `layout`
 * @returns SVG markup
 * @example
 * const frontier = [{ budgetGbp: 6e6, saving: 48.49e6 }, { budgetGbp: 12e6, saving: 69.72e6 }];
 * const svg = await frontierChart({ frontier });
 * svg.includes('£69.72m'); // true
 */
export async function frontierChart(input: FrontierChartInput): Promise<string> {
  const {
    frontier,
    objective = 'spend',
    title = 'Saving by capital budget (£m)',
    layout = 'wide',
  } = parseChartInput(FrontierChartInputSchema, input, 'frontier chart');
  const spend = objective === 'spend';
  // £m as the plan's own summary writes them: £12.00m, not £12.0m beside its £11.99m.
  const gbp = formatGbpWith(REPORT_DEFAULTS.planMillionDecimals);
  return lineChart({
    title,
    valueTitle: spend ? 'Spend saved over the projection (£)' : 'Independent place-years saved',
    layout,
    xUnit: 'number',
    yUnit: spend ? 'gbp' : 'count',
    yZero: true,
    xTitle: 'Capital budget (£m)',
    formatX: (millions) => `budget ${gbp(millions * 1e6)}`,
    formatValue: spend ? gbp : formatCount,
    lines: [
      {
        label: 'Best saving found at each budget',
        color: CHART_DEFAULTS.palette[2],
        points: [{ x: 0, y: 0 }, ...frontier.map((f) => ({ x: f.budgetGbp / 1e6, y: f.saving }))],
      },
    ],
  });
}
