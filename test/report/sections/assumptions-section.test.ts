// The report's "Figures and assumptions" part: every number the projection uses, with its source.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/report/render-report.js';
import { overflowScenario } from '../../sufficiency/overflow-scenario.js';

describe('the figures and assumptions part of the report', () => {
  it("lists a scenario's joiner growth damping among the rates, with its source, and no row without one", async () => {
    const damped = overflowScenario();
    damped.joiners.growthDamping = { value: 0.3, source: 'assumption: damping chosen by backtest (test)' };
    const html = await renderReport({ scenario: damped, sensitivity: false });
    expect(html).toMatch(
      /<td>Share of that growth kept each further year<\/td><td>30\.0%<\/td><td><a href="#source-\d+">\[\d+\]<\/a>/,
    );
    expect(html).toContain('assumption: damping chosen by backtest (test)');
    const plain = await renderReport({ scenario: overflowScenario(), sensitivity: false });
    expect(plain).not.toContain('Share of that growth kept each further year');
  });
});
