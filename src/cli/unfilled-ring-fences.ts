import type { Scenario } from '../index.js';
import { countNoun } from '../report/count-noun.js';
import { SETTING_NAMES } from '../report/planner-words.js';

/**
 * Warnings for capacity additions ring-fenced to a need no child in the scenario has: none in its census and no
 * joiner, and a child keeps its need, so no child ever fills those places. The projection is right that they save
 * nothing, but a plan line lying on "no new capacity" says nothing of why; a need code mistyped or a need left out of
 * the census is the usual cause. One warning per setting and need.
 *
 * @param scenario a parsed scenario
 * @returns one warning per setting and unfilled need, naming the additions and their places
 *
 * @example
 * unfilledRingFenceWarnings(scenario);
 * // ['capacity.srp.additions[0], [1]: 310 SRP places ring-fenced to VI, a need no child in the scenario has ...']
 */
export function unfilledRingFenceWarnings(scenario: Scenario): string[] {
  const needs = new Set<string>();
  for (const e of scenario.stock)
    if (e.count > 0) for (const [n, w] of Object.entries(e.needs)) if (w > 0) needs.add(n);
  for (const e of scenario.joiners.entries)
    if ((e.count ?? 0) > 0 || (e.rate ?? 0) > 0) for (const [n, w] of Object.entries(e.needs)) if (w > 0) needs.add(n);
  return (['srp', 'maintained-special'] as const).flatMap((setting) => {
    const byNeed = new Map<string, { index: number; places: number }[]>();
    for (const [index, a] of (scenario.capacity[setting]?.additions ?? []).entries())
      if (a.need !== undefined && a.places > 0 && !needs.has(a.need))
        byNeed.set(a.need, [...(byNeed.get(a.need) ?? []), { index, places: a.places }]);
    return [...byNeed].map(
      ([need, out]) =>
        `capacity.${setting}.additions[${out.map((a) => a.index).join('], [')}]: ` +
        `${countNoun(
          out.reduce((t, a) => t + a.places, 0),
          `${SETTING_NAMES[setting] ?? setting} place`,
        )} ring-fenced to ${need}, a need no child in the scenario has (in its census or among its joiners), so ` +
        'no child fills them and they save nothing: check the need code',
    );
  });
}
