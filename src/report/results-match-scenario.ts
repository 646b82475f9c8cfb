import type { Scenario } from '../schema/scenario.js';
import type { ValidationIssueInput } from '../schema/validation-error.js';

/** What a projection and a simulation carry of the scenario they were computed from. */
type Results = {
  projection?: { scenario?: unknown; baseYear: number; endYear: number };
  simulation?: { independentPlacements: readonly { year: number }[] };
};

/**
 * The problems of a projection or simulation that was not computed from the report's scenario (or, with no
 * scenario, of a simulation that does not cover the projection's years): a report must not show one council's
 * title over another's table. A projection carries its scenario's name, baseYear and endYear; a simulation its
 * band years, which must run from baseYear to endYear.
 *
 * @param scenario the report's scenario, parsed; undefined when none was given
 * @returns one issue with code `mismatch` per input that does not belong, naming what differs
 *
 * @example
 * resultsMatchScenario(kent, { projection: projectSufficiency(other) });
 * // [{ path: 'projection', code: 'mismatch', message: 'was computed from scenario "Other" (2025-2027), not ...' }]
 */
export function resultsMatchScenario(scenario: Scenario | undefined, results: Results): ValidationIssueInput[] {
  const issues: ValidationIssueInput[] = [];
  const { projection, simulation } = results;
  const target = scenario ?? projection;
  if (scenario && projection) {
    const named = typeof projection.scenario === 'string' ? projection.scenario : undefined;
    const differs =
      (named !== undefined && named !== scenario.name) ||
      projection.baseYear !== scenario.baseYear ||
      projection.endYear !== scenario.endYear;
    if (differs) {
      const from = named === undefined ? 'a scenario' : `scenario "${named}"`;
      issues.push({
        path: 'projection',
        code: 'mismatch',
        message:
          `was computed from ${from} (${projection.baseYear}-${projection.endYear}), not from the report's ` +
          `scenario "${scenario.name}" (${scenario.baseYear}-${scenario.endYear}): compute it from that scenario ` +
          'or leave it out',
      });
    }
  }
  if (target && simulation) {
    const years = simulation.independentPlacements.map((b) => b.year);
    const expected = target.endYear - target.baseYear + 1;
    const covers = years.length === expected && years.every((year, i) => year === target.baseYear + i);
    if (!covers) {
      const span = years.length === 0 ? 'no years' : `${years[0]}-${years[years.length - 1]}`;
      const whose = scenario ? `the report's scenario "${scenario.name}"` : "the report's projection";
      issues.push({
        path: 'simulation',
        code: 'mismatch',
        message:
          `covers ${span}, not the years of ${whose} (${target.baseYear}-${target.endYear}): simulate that ` +
          'scenario or leave it out',
      });
    }
  }
  return issues;
}
