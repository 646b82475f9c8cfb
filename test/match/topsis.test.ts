import { describe, expect, it } from 'vitest';
import { topsisCloseness } from '../../src/match/topsis.js';
import { rankSchools } from '../../src/match/rank.js';
import { DEFAULT_POLICY } from '../../src/schema/policy.js';
import { makeChild, makeSchool } from './support.js';

const row = (x: number, y = x) => ({ need: x, quality: y, capacity: x, cost: x, travel: x });

describe('topsisCloseness', () => {
  it('gives 1 to the ideal and 0 to the anti-ideal', () => {
    expect(topsisCloseness([row(1), row(0)], DEFAULT_POLICY.weights)).toEqual([1, 0]);
  });

  it('gives 1 to every candidate when all are the same, and [] for no candidates', () => {
    expect(topsisCloseness([row(0.5), row(0.5)], DEFAULT_POLICY.weights)).toEqual([1, 1]);
    expect(topsisCloseness([], DEFAULT_POLICY.weights)).toEqual([]);
  });

  it('can reverse the order of two candidates when a third is added (why it is not the default)', () => {
    const weights = { need: 0, quality: 1, capacity: 0, cost: 1, travel: 0 };
    const r = (quality: number, cost: number) => ({ need: 0, quality, capacity: 0, cost, travel: 0 });
    const [a2, b2] = topsisCloseness([r(0.1, 0.3), r(0.2, 0.1)], weights);
    const [a3, b3] = topsisCloseness([r(0.1, 0.3), r(0.2, 0.1), r(0.1, 0.6)], weights);
    expect(a2).toBeGreaterThan(b2); // A before B
    expect(a3).toBeLessThan(b3); // B before A, though neither changed
  });

  it('sets the order of rankSchools under the topsis strategy', () => {
    const child = makeChild();
    const schools = [
      makeSchool({ urn: 'A', annualFee: 30_000 }),
      makeSchool({ urn: 'B', annualFee: 90_000, ofsted: 'inadequate' }),
    ];
    const { ranked } = rankSchools(child, schools, { strategy: 'topsis' });
    expect(ranked.map((x) => [x.school.urn, x.closeness])).toEqual([
      ['A', 1],
      ['B', 0],
    ]);
  });
});
