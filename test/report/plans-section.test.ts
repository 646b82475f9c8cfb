import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render-report.js';
import { buildReportContext } from '../../src/report/report-context.js';
import { plansSection } from '../../src/report/sections/plans-section.js';
import { ValidationError } from '../../src/schema/validation-error.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));
const stop = {
  ...kent,
  capacity: { ...kent.capacity, srp: { ...kent.capacity.srp, additions: kent.capacity.srp.additions.slice(0, 2) } },
};
const plans = [
  { name: 'plan', scenario: kent },
  { name: 'stop', scenario: stop },
];

describe('the plans section of the report', () => {
  it('shows the plans in one chart and one table, each plan read against the first (its doc example)', async () => {
    const context = buildReportContext({ plans });
    expect(plansSection.applies(context)).toBe(true);
    const html = await plansSection.render(context);
    expect(html).toContain('<strong>stop</strong>: 1,315 independent placements in 2030, 406 more than plan');
    expect((html.match(/<figure>/g) ?? []).length).toBe(1);
    expect((html.match(/<table>/g) ?? []).length).toBe(1);
    expect(html).toContain('Plans by year');
    expect(html).not.toContain('<h2>');
  });

  it('adds a special school shortfall column when a plan leaves special schools short', async () => {
    const short = {
      ...kent,
      capacity: { ...kent.capacity, 'maintained-special': { base: { value: 5000, source: 'test: fewer places' } } },
    };
    const html = await plansSection.render(
      buildReportContext({ plans: [plans[0], { name: 'short', scenario: short }] }),
    );
    expect(html).toContain('<th class="num">SRP shortfall</th><th class="num">Special school shortfall</th>');
    expect(html).toMatch(
      /<td>short<\/td><td[^>]*>2025<\/td>(<td[^>]*>[^<]*<\/td>){3}<td[^>]*>0<\/td><td[^>]*>600<\/td>/,
    );
    // Kent's special schools always have room: no column of zeros.
    expect(await plansSection.render(buildReportContext({ plans }))).not.toContain('Special school shortfall');
  });

  it('is in a report of plans alone, and beside a scenario', async () => {
    expect(await renderReport({ plans })).toContain('Plans side by side');
    const both = await renderReport({ scenario: kent, plans, sensitivity: false });
    expect(both.indexOf('id="sufficiency"')).toBeLessThan(both.indexOf('id="plans"'));
    expect(plansSection.applies(buildReportContext({ scenario: kent }))).toBe(false);
  });

  it("lists a plan's problems under plans in the report's one ValidationError", () => {
    let error: unknown;
    try {
      buildReportContext({
        plans: [
          { name: 'a', scenario: kent },
          { name: 'a', scenario: { ...kent, endYear: 'x' } },
        ],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([
      'plans[1].scenario.endYear',
      'plans[1].name',
    ]);
  });
});
