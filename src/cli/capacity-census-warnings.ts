import type { EstimatedTransitions, Scenario } from '../index.js';
import { formatCount } from '../report/figure-format.js';
import { SETTING_NAMES } from '../report/planner-words.js';
import { countNoun } from '../report/count-noun.js';

/** How many times its base-year census a capped setting's places may be before `estimate` warns. */
export const PLACES_PER_CHILD_WARNING = 3;

/**
 * Warnings for a plan whose capacity dwarfs the history's census: a setting with more than three times as many
 * base places as children in it in the base year (the README's smallest plan, 180 SRP places, on a history with 13
 * SRP children) is never full, so every capacity candidate then saves nothing. Usually the plan and the history
 * count different things (the whole council against a sample, or another council's plan).
 *
 * @param scenario the scenario `estimate` made, parsed
 * @param est the estimate whose census (stock) it starts from
 * @returns one warning per such setting, naming the places and the census
 *
 * @example
 * capacityCensusWarnings(scenario, est);
 * // ['SRP: the plan has 180 places in 2025 but the history has 13 SRP children in its 2025 census ...']
 */
export function capacityCensusWarnings(scenario: Scenario, est: EstimatedTransitions): string[] {
  const warnings: string[] = [];
  for (const setting of ['srp', 'maintained-special'] as const) {
    const places = scenario.capacity[setting]?.base.value;
    if (places === undefined || places <= 0) continue;
    const children = est.stock.filter((e) => e.setting === setting).reduce((t, e) => t + e.count, 0);
    if (places <= PLACES_PER_CHILD_WARNING * children) continue;
    const name = SETTING_NAMES[setting] ?? setting;
    warnings.push(
      `${name}: the plan has ${formatCount(places)} places in ${est.baseYear} but the history has ` +
        `${countNoun(children, `${name} child`, `${name} children`)} in its ${est.baseYear} census ` +
        `(more than ${PLACES_PER_CHILD_WARNING} places a child), so these places never fill and added ones save ` +
        'nothing: check that the plan and the history count the same council',
    );
  }
  return warnings;
}
