import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plansChart } from '../../src/report/plans-chart.js';
import { compareScenarios } from '../../src/sufficiency/compare-scenarios.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));
const stop = {
  ...kent,
  capacity: { ...kent.capacity, srp: { ...kent.capacity.srp, additions: kent.capacity.srp.additions.slice(0, 2) } },
};

describe('plansChart', () => {
  const comparison = compareScenarios([
    { name: 'plan', scenario: kent },
    { name: 'stop in 2027', scenario: stop },
  ]);

  it("draws one line per plan with each plan's last value at its end (its doc example)", () => {
    const svg = plansChart(comparison);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('1,315');
    expect(svg).toContain('909');
    expect(svg).toContain('stop in 2027');
    expect((svg.match(/<polyline|<path /g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('draws the narrow layout for a phone', () => {
    expect(plansChart(comparison, { layout: 'narrow' })).toMatch(/^<svg[^>]* width="360"/);
  });
});
