// One set of calls into the core, run the same way in Node, in headless Chromium (the core bundled
// for the browser) and under Deno (the built package), so that the three results can be compared
// byte for byte. Types only from src: the api object is whichever build the runtime loaded.
import type * as Core from '../../src/index.js';

/** What the probe needs: plain JSON, read from data/kent by whoever runs it. */
export type ProbeData = { schools: unknown[]; children: unknown[]; scenario: unknown };

/** The probe's JSON-serialisable results. */
export type ProbeResult = ReturnType<typeof runProbe>;

/** Ranks one child, forecasts Kent's spend, projects Kent's scenario and pseudonymises three children. */
export function runProbe(api: typeof Core, data: ProbeData) {
  const ranking = api.rankSchools(data.children[0], data.schools);
  const spend = { start: 2017, values: [27911115, 34167515, 39772645, 49244606] };
  const projection = api.projectSufficiency(api.parseScenario(data.scenario));
  return {
    ranked: ranking.ranked
      .slice(0, 5)
      .map((r) => ({ urn: r.school.urn, score: r.score, contributions: r.contributions })),
    excluded: ranking.excluded.length,
    forecast: api.forecast(spend, { horizon: 3 }),
    projection: projection.rows.map((r) => [r.year, r.independentPlacements, r.spend]),
    pseudonymised: api.pseudonymise(data.children.slice(0, 3), 'a council secret of 16+ chars').map((c) => c.id),
  };
}
