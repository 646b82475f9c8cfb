import { AUTO_DESIGN, type AutoDesign, type AutoMemberName, type PointDesign } from './auto-design.js';
import type { Model } from './model.js';
import { MODELS } from './models.js';
import { combination } from './models/combination.js';
import { logScale } from './models/log-scale.js';
import { naive } from './models/naive.js';

/**
 * The model behind a member name of an AutoDesign: a model of MODELS, or with a 'log-' prefix the
 * same model fitted on the log scale (see logScale).
 *
 * @example
 * autoMember('log-damped').name; // 'log-damped'
 */
export function autoMember(name: AutoMemberName): Model {
  return name.startsWith('log-') ? logScale(MODELS[name.slice(4) as keyof typeof MODELS]) : MODELS[name as 'drift'];
}

/**
 * A PointDesign as a model: its members' weighted mean, year by year (a single member as it is).
 *
 * @param design the members and their weights
 * @param name the model's name
 * @example
 * pointModel({ members: ['naive', 'drift'], weights: [0.5, 0.5] }, 'half-drift').fit([1, 2, 3]).predict(1); // [3.5]
 */
export function pointModel(design: PointDesign, name: string): Model {
  const members = design.members.map(autoMember);
  return members.length === 1 ? members[0] : combination(name, members, 'mean', design.weights);
}

/**
 * Builds the automatic forecast from a design: for a series of 2 values the naive forecast, up to
 * `shortUpTo` values the short design, beyond it the long one. bench/forecast-select.ts builds every
 * candidate with it, so what was measured is what ships.
 *
 * @param design the design (intervals are sized by `forecast`)
 * @example
 * const model = autoFrom(AUTO_DESIGN);
 * model.fit([4, 6]).predict(2); // [6, 6]
 * autoFrom(AUTO_DESIGN).forLength(10).members; // ['robust-drift', 'optimised-theta']
 */
export function autoFrom(design: Omit<AutoDesign, 'intervals'>): Model & { forLength(n: number): Model } {
  const long = pointModel(design.long, 'auto');
  const short = pointModel(design.short, 'auto');
  const forLength = (n: number) => (n <= 2 ? naive : n <= design.shortUpTo ? short : long);
  return { name: 'auto', forLength, fit: (values) => forLength(values.length).fit(values) };
}

/**
 * The automatic forecast: AUTO_DESIGN's models for the series' length. `forLength(n)` gives the
 * model used for n values, with its members and weights. The design was chosen by code from fixed
 * candidate lists, on one benchmark family and measured on the other (bench/README.md).
 *
 * @example
 * auto.fit([10, 12, 14, 16, 18, 20, 22, 24]).predict(2).map((v) => Math.round(v)); // [26, 28]
 */
export const auto = autoFrom(AUTO_DESIGN);

/**
 * The members of the automatic forecast for a series longer than AUTO_DESIGN.shortUpTo values.
 *
 * @example
 * AUTO_MEMBERS.map((m) => m.name); // ['robust-drift', 'optimised-theta']
 */
export const AUTO_MEMBERS: readonly Model[] = AUTO_DESIGN.long.members.map(autoMember);
