import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render-report.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { simulateSufficiency } from '../../src/sufficiency/simulate-sufficiency.js';
import { kentJson } from './support/kent-report.js';
import { reportIssuesOf } from './support/report-text.js';

const kent = kentJson('scenario-2025.json');
const other = { ...kent, name: 'Other council', endYear: 2027 };

describe('renderReport: a projection or simulation must belong to the scenario', () => {
  it("refuses another scenario's projection, naming both scenarios and their years", async () => {
    const issues = await reportIssuesOf({ scenario: kent, projection: projectSufficiency(other), sensitivity: false });
    expect(issues.map((i) => [i.path, i.code])).toEqual([['projection', 'mismatch']]);
    expect(issues[0].message).toContain('"Other council" (2025-2027)');
    expect(issues[0].message).toContain('"Kent SRP growth plan, 2025-2030" (2025-2030)');
  });

  it('refuses a projection with the same years but another name', async () => {
    const renamed = projectSufficiency({ ...kent, name: 'Renamed' });
    const issues = await reportIssuesOf({ scenario: kent, projection: renamed, sensitivity: false });
    expect(issues.map((i) => [i.path, i.code])).toEqual([['projection', 'mismatch']]);
  });

  it("refuses a simulation over another scenario's years, and lists it with the projection's problem", async () => {
    const simulation = simulateSufficiency(other, { runs: 5, seed: 1 });
    const issues = await reportIssuesOf({
      scenario: kent,
      projection: projectSufficiency(other),
      simulation,
      sensitivity: false,
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['projection', 'mismatch'],
      ['simulation', 'mismatch'],
    ]);
    expect(issues[1].message).toContain('covers 2025-2027');
  });

  it('accepts the projection and simulation of its own scenario', async () => {
    const html = await renderReport({
      scenario: kent,
      projection: projectSufficiency(kent),
      simulation: simulateSufficiency(kent, { runs: 5, seed: 1 }),
      sensitivity: false,
    });
    expect(html).toContain('<h1>Kent SRP growth plan, 2025-2030</h1>');
  });
});
