// The frontier chart: what each further million of capital saves, from no budget to the whole budget.
import { describe, expect, it } from 'vitest';
import { FrontierChartInputSchema, frontierChart } from '../../src/report/frontier-chart.js';

const frontier = [
  { budgetGbp: 6e6, saving: 48.49e6 },
  { budgetGbp: 12e6, saving: 69.72e6 },
];

describe('frontierChart', () => {
  it('runs its doc examples', async () => {
    expect(FrontierChartInputSchema.safeParse({ frontier: [{ budgetGbp: 1e6, saving: 8e6 }] }).success).toBe(true);
    expect(FrontierChartInputSchema.safeParse({ frontier: [] }).success).toBe(false);
    expect((await frontierChart({ frontier })).includes('£69.72m')).toBe(true);
  });

  it("starts at no budget and no saving, a dot per level with its budget and value in the plan's £m", async () => {
    const svg = await frontierChart({ frontier });
    expect(svg).toContain('<title>budget £0: £0</title>');
    expect(svg).toContain('<title>budget £6.00m: £48.49m</title>');
    expect(svg).toContain('<title>budget £12.00m: £69.72m</title>');
    expect(svg).toContain('Saving by capital budget (£m)');
  });

  it('titles the budget axis with its unit, not only the legend ("£m across")', async () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const svg = await frontierChart({ frontier, layout });
      expect(svg).toMatch(/<text [^>]*text-anchor="middle"[^>]*>Capital budget \(£m\)<\/text>/);
      expect(svg).not.toContain('£m across');
    }
  });

  it('counts place-years for the independent placements objective, and draws a narrow layout', async () => {
    const svg = await frontierChart({
      frontier: [{ budgetGbp: 2e6, saving: 1511.4 }],
      objective: 'independentPlacements',
    });
    expect(svg).toContain('Independent place-years saved');
    expect(svg).toContain('1,511');
    const narrow = await frontierChart({ frontier, layout: 'narrow' });
    expect(narrow).not.toBe(await frontierChart({ frontier }));
  });

  it('rejects a negative budget and an unknown objective with their paths and codes', () => {
    return expect(
      frontierChart({ frontier: [{ budgetGbp: -1, saving: 0 }], objective: 'cost' as never }),
    ).rejects.toMatchObject({
      issues: [
        { path: 'frontier[0].budgetGbp', code: 'too_small' },
        { path: 'objective', code: 'invalid_value' },
      ],
    });
  });
});
