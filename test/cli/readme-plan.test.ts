// The README's smallest plan.json (under "Your council's projection, from your own data") is a plan
// `estimate` takes as it is, and the scenario it makes projects: the README's walk-through stays true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, projectSufficiency } from '../../src/index.js';
import { runCommand } from './support/run-command.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf("### Your council's projection, from your own data"));
const plan = /```json\n([\s\S]*?)```/.exec(section)?.[1];

describe("the README's smallest plan", () => {
  it('is found under its heading, and estimate turns it and a history into a scenario that projects', async () => {
    expect(plan).toBeDefined();
    const b = 'data/birth-to-25';
    const { code, out, err } = await runCommand(
      [
        ...['estimate', '--history', `${b}/transitions-history.csv`, '--settings', `${b}/setting-codes.csv`],
        ...['--population', `${b}/population.csv`, '--plan', 'plan.json', '--format', 'json'],
      ],
      { files: { 'plan.json': plan as string } },
    );
    expect(code).toBe(0);
    const scenario = parseScenario(JSON.parse(out));
    expect([scenario.name, scenario.baseYear, scenario.endYear]).toEqual(['Our SRP plan, 2025-2030', 2025, 2030]);
    const rows = projectSufficiency(scenario).rows;
    expect(rows.at(-1)?.srpPlaces).toBe(204);
    expect(rows.every((r) => Number.isFinite(r.spend) && r.spend > 0)).toBe(true);
    // Its 180 SRP and 520 special places match this history's census: no capacity warning.
    expect(err).not.toContain('places a child');
  });
});
