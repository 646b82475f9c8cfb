import type { Loose } from '../schema/loose.js';
import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { parseWith } from '../schema/common.js';
import type { Scenario, ScenarioInput } from '../schema/scenario.js';
import { parseWithScenario } from './parse-with-scenario.js';
import { listAssumptions } from './assumptions.js';
import { compileScenario } from './compile-scenario.js';
import { DEFAULT_SUFFICIENCY } from './defaults.js';
import { runTotals } from './project-sufficiency.js';

/** One bar of a tornado chart: an assumption at its low and high, and what that does to the year's outputs. */
export type SensitivityRow = {
  assumption: string;
  source: string;
  low: number;
  base: number;
  high: number;
  /** Independent placements in the year with the assumption at its low and high (others at base). */
  placementsAtLow: number;
  placementsAtHigh: number;
  /** |placementsAtHigh - placementsAtLow|: the bar's length. */
  placementsSwing: number;
  spendAtLow: number;
  spendAtHigh: number;
  spendSwing: number;
};

/** Result of sensitivity: the base outputs of the year and the bars, biggest placement swing first. */
export type SufficiencySensitivity = {
  year: number;
  basePlacements: number;
  baseSpend: number;
  rows: SensitivityRow[];
};

/**
 * Options of sensitivity: the year to read (default the scenario's end year) and the swing for numbers with no stated
 * range.
 */
export type SensitivityOptions = { year?: number; relativeSwing?: number };

const SWING_RANGE = 'relativeSwing must be from 0 to 1';
const OptionsSchema = strictOptions(
  {
    year: z.optional(z.number({ error: 'year must be a number' }).check(z.int({ error: 'year must be a whole year' }))),
    relativeSwing: z.optional(
      z
        .number({ error: 'relativeSwing must be a number' })
        .check(z.minimum(0, { error: SWING_RANGE }), z.maximum(1, { error: SWING_RANGE })),
    ),
  },
  { error: 'options must be an object: { year?, relativeSwing? }' },
);

/**
 * One-at-a-time sensitivity (a tornado chart's data): each assumption of the scenario is set to its
 * low and then its high (its stated range, or ± the relative swing, default 20%), all others at
 * base, and the year's independent placements and spend are read. An estimate's many joiner
 * entries of one need each move together, one bar per need (`joiners.byNeed.ASD.scale`, a share of
 * the estimate, 0.8 to 1.2 by default), and its many transition rules by setting and NC-year band
 * across needs (`transitions.byBand (mainstream, NC 7-11).to.independent.scale`). Sorted by
 * placement swing, then spend swing, then name, so the order is stable.
 *
 * @throws ValidationError for a bad scenario, options, or a year outside the projection
 * @example
 * const t = sensitivity(kent, { year: 2030 }); // kent: data/kent/scenario-2025.json
 * t.rows[0].assumption; // 'joiners.entries[0].count': new EHCPs move 2030's placements most
 * [Math.round(t.rows[0].placementsAtLow), Math.round(t.rows[0].placementsAtHigh)]; // [867, 1118]
 */
export function sensitivity(scenario: Loose<ScenarioInput>, options: SensitivityOptions = {}): SufficiencySensitivity {
  const [s, o] = parseWithScenario(scenario, options, (x, valid) =>
    parseWith(
      valid
        ? OptionsSchema.check(
            z.refine((y) => y.year === undefined || (y.year >= valid.baseYear && y.year <= valid.endYear), {
              error: `year must be from ${valid.baseYear} to ${valid.endYear}`,
              path: ['year'],
            }),
          )
        : OptionsSchema,
      x,
      'sensitivity options',
    ),
  );
  const year = o.year ?? s.endYear;
  const k = year - s.baseYear;
  const at = (x: Scenario) => {
    const t = runTotals(compileScenario(x));
    return { placements: t.independent[k], spend: t.spend[k] };
  };
  const base = at(s);
  const rows: SensitivityRow[] = listAssumptions(s, o.relativeSwing ?? DEFAULT_SUFFICIENCY.relativeSwing).map((a) => {
    const lowCopy: Scenario = structuredClone(s);
    a.set(lowCopy, a.low);
    const highCopy: Scenario = structuredClone(s);
    a.set(highCopy, a.high);
    const lo = at(lowCopy);
    const hi = at(highCopy);
    return {
      assumption: a.path,
      source: a.source,
      low: a.low,
      base: a.value,
      high: a.high,
      placementsAtLow: lo.placements,
      placementsAtHigh: hi.placements,
      placementsSwing: Math.abs(hi.placements - lo.placements),
      spendAtLow: lo.spend,
      spendAtHigh: hi.spend,
      spendSwing: Math.abs(hi.spend - lo.spend),
    };
  });
  rows.sort(
    (a, b) =>
      b.placementsSwing - a.placementsSwing ||
      b.spendSwing - a.spendSwing ||
      (a.assumption < b.assumption ? -1 : a.assumption > b.assumption ? 1 : 0),
  );
  return { year, basePlacements: base.placements, baseSpend: base.spend, rows };
}
