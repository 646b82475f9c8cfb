import { readFileSync } from 'node:fs';
import { renderReport } from '../../../src/report/render-report.js';
import { simulateSufficiency } from '../../../src/sufficiency/simulate-sufficiency.js';

/** A file of the repository, parsed as JSON. */
export const kentJson = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../data/kent/${file}`, import.meta.url), 'utf8'));

let full: Promise<string> | undefined;
let withRuns: Promise<string> | undefined;

/** Kent's full report, as the issue rendered it: the scenario, every school and all 1,690 children. Rendered once. */
export function kentReport(): Promise<string> {
  full ??= renderReport({
    scenario: kentJson('scenario-2025.json'),
    schools: kentJson('schools.json'),
    children: kentJson('children.json'),
  });
  return full;
}

/** Kent's scenario with 100 simulated runs (seed 1) drawn as the band around the plan. Rendered once. */
export function kentReportWithRuns(): Promise<string> {
  const scenario = kentJson('scenario-2025.json');
  withRuns ??= renderReport({
    scenario,
    simulation: simulateSufficiency(scenario, { runs: 100, seed: 1 }),
    sensitivity: false,
  });
  return withRuns;
}
