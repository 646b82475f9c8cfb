import type { Scenario, SufficiencyProjection } from '../index.js';
import { projectSufficiency } from '../sufficiency/project-sufficiency.js';
import { overfullSettingWarnings } from './capacity-census-warnings.js';
import { unfilledRingFenceWarnings } from './unfilled-ring-fences.js';
import { uncostedSettingsWarning } from './uncosted-settings.js';

/**
 * Every warning the commands that project a scenario print for it, each headed with its file: what the projection
 * leaves out or keeps still (its `warnings`), a capped setting that starts over its places, places ring-fenced to a
 * need no child has, and settings with children but no costs. One list, so `sufficiency`, plans side by side and
 * `report` say the same of the same scenario.
 *
 * @param projection the scenario's projection when the caller has it already (else it is projected here)
 * @example
 * scenarioWarnings('late.json', late);
 * // ['warning: late.json: capacity.srp.additions[0]: 160 places in 2040 come after the projection ends (2030), ...']
 */
export function scenarioWarnings(
  file: string,
  scenario: Scenario,
  projection: SufficiencyProjection = projectSufficiency(scenario),
): string[] {
  return [
    ...projection.warnings,
    ...overfullSettingWarnings(scenario),
    ...unfilledRingFenceWarnings(scenario),
    uncostedSettingsWarning(scenario, projection.rows),
  ]
    .filter((w) => w !== undefined)
    .map((w) => `warning: ${file}: ${w}`);
}
