import { expect } from 'vitest';
import { SETTINGS } from '../../src/schema/transition.js';
import type { SufficiencyRow } from '../../src/sufficiency/project-sufficiency.js';

/** Conservation: stock(t+1) = stock(t) + joiners - leavers for every need, and settings sum to the total. */
export function expectConservation(rows: SufficiencyRow[], tolerance = 1e-4): void {
  for (const row of rows) {
    const bySetting = SETTINGS.reduce((t, s) => t + row.bySetting[s], 0);
    expect(bySetting).toBeCloseTo(row.total, 3);
    for (const [need, n] of Object.entries(row.byNeed)) {
      expect(
        Math.abs(SETTINGS.reduce((t, s) => t + n.bySetting[s], 0) - n.total),
        `${row.year} ${need} settings`,
      ).toBeLessThan(tolerance);
    }
  }
  for (let i = 1; i < rows.length; i++) {
    for (const [need, n] of Object.entries(rows[i].byNeed)) {
      const before = rows[i - 1].byNeed[need].total;
      expect(Math.abs(before + n.joiners - n.leavers - n.total), `${rows[i].year} ${need}`).toBeLessThan(tolerance);
    }
    const prev = rows[i - 1];
    const row = rows[i];
    expect(
      Math.abs(prev.independentPlacements - row.exits + row.newIndependent - row.independentPlacements),
    ).toBeLessThan(tolerance);
  }
}
