import type { EstimatedTransitions, Scenario } from '../index.js';
import { formatCount } from '../report/figure-format.js';
import { SETTING_NAMES } from '../report/planner-words.js';
import { countNoun } from '../report/count-noun.js';

/** How many times its base-year census a capped setting's places may be before `estimate` warns. */
export const PLACES_PER_CHILD_WARNING = 3;

/**
 * How far a capped setting's base-year children may exceed its places before the command warns that it starts
 * over full: 5%, so a census one child over its places (181 children, 180 places) is not a warning.
 */
export const OVERFULL_WARNING = 0.05;

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

/**
 * Warnings for a scenario whose capped setting holds more children in its base year than it has places, by more
 * than OVERFULL_WARNING: stayers keep their places, so the setting admits no one until leavers bring it under its
 * places, and every child who would have moved in goes independent meanwhile. A plan's places counted at another
 * date, or for fewer settings, than the census is the usual cause; the projection then jumps in its first year.
 *
 * @param scenario a parsed scenario (an estimated one has the history's census as its stock)
 * @returns one warning per such setting, naming the places and the children
 *
 * @example
 * overfullSettingWarnings(scenario);
 * // ['maintained special: 280 places in 2023 for 358 maintained special children in the 2023 census: ...']
 */
export function overfullSettingWarnings(scenario: Scenario): string[] {
  const warnings: string[] = [];
  for (const setting of ['srp', 'maintained-special'] as const) {
    const places = scenario.capacity[setting]?.base.value;
    if (places === undefined) continue;
    const children = scenario.stock.filter((e) => e.setting === setting).reduce((t, e) => t + e.count, 0);
    if (children <= places * (1 + OVERFULL_WARNING)) continue;
    const name = SETTING_NAMES[setting] ?? setting;
    const year = scenario.baseYear;
    const census = countNoun(children, `${name} child`, `${name} children`);
    warnings.push(
      `${name}: ${countNoun(places, 'place')} in ${year} for ${census} ` +
        `in the ${year} census, so it starts over full: it admits no one until leavers bring it under its places, ` +
        'and every child who would have moved in goes independent meanwhile; check that the places and the ' +
        'census count the same settings at the same date',
    );
  }
  return warnings;
}
