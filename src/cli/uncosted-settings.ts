import type { SufficiencyRow } from '../sufficiency/project-sufficiency.js';
import type { Setting } from '../schema/transition.js';
import type { Scenario } from '../index.js';
import { countNoun } from '../report/count-noun.js';
import { SETTING_NAMES } from '../report/planner-words.js';

/**
 * The warning for settings that hold children in the projection but have no costs in the scenario: the library
 * counts them as £0 (a setting not in `costs.bySetting` costs nothing), so spend headed "all settings", and a plan's
 * saving in spend, would leave them out without a word. One warning naming each such setting and its most children
 * in a year; none when every setting with children has costs.
 *
 * @example
 * uncostedSettingsWarning(scenario, projection.rows);
 * // 'costs.bySetting gives no cost for independent (85 children at most): its children count as £0 in the spend'
 */
export function uncostedSettingsWarning(scenario: Scenario, rows: readonly SufficiencyRow[]): string | undefined {
  const uncosted = (Object.keys(rows[0]?.bySetting ?? {}) as Setting[])
    .filter((setting) => !(setting in scenario.costs.bySetting))
    .map((setting) => ({ setting, most: Math.max(0, ...rows.map((r) => r.bySetting[setting])) }))
    .filter((s) => s.most > 0);
  if (uncosted.length === 0) return undefined;
  const named = uncosted.map(
    (s) => `${SETTING_NAMES[s.setting] ?? s.setting} (${countNoun(s.most, 'child', 'children')} at most)`,
  );
  return (
    `costs.bySetting gives no cost for ${named.join(', ')}: ` +
    `${uncosted.length === 1 ? 'its' : 'their'} children count as £0 in the spend`
  );
}
