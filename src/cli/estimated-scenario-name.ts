/** A year range in a name: `2025-2030`, `2025–2030`, `2025 to 2030`. */
const YEAR_RANGE = /\b(1[89]\d\d|2[01]\d\d)\s*(?:-|–|—|to)\s*(1[89]\d\d|2[01]\d\d)\b/g;
const LONE_YEAR = /\b(1[89]\d\d|2[01]\d\d)\b/;

/**
 * The name of a scenario `estimate` makes when --name is not given: the plan's name, with any year range in it
 * made the projection's years, so a plan "…, 2025-2030" run to 2035 is not named for years it does not cover. A
 * name that states another lone year gets ", estimated <base>-<end>" added; one with no year is kept as it is.
 *
 * @param planName the plan's `name` (undefined when it has none)
 * @param fallback the name when the plan has none (`Estimated from <history file>`)
 *
 * @example
 * estimatedScenarioName('Kent SRP growth plan, 2025-2030', 'x', 2025, 2035); // 'Kent SRP growth plan, 2025-2035'
 * estimatedScenarioName('Plan of 2019', 'x', 2025, 2030); // 'Plan of 2019, estimated 2025-2030'
 * estimatedScenarioName('Small council', 'x', 2025, 2030); // 'Small council'
 */
export function estimatedScenarioName(planName: unknown, fallback: string, baseYear: number, endYear: number): unknown {
  // A name that is not text is passed on, for parseScenario to name.
  if (planName === undefined) return fallback;
  if (typeof planName !== 'string') return planName;
  const ranged = planName.replace(YEAR_RANGE, `${baseYear}-${endYear}`);
  const rest = ranged.replace(YEAR_RANGE, '');
  return LONE_YEAR.test(rest) ? `${ranged}, estimated ${baseYear}-${endYear}` : ranged;
}
