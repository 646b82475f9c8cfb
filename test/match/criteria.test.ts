import { describe, expect, it } from 'vitest';
import {
  capacityScore,
  costScore,
  needScore,
  normaliseWeights,
  qualityScore,
  travelScore,
} from '../../src/match/criteria.js';
import { DEFAULT_POLICY } from '../../src/schema/policy.js';

describe('criteria', () => {
  it('gives half the need points for the primary need and shares the rest among secondary needs met', () => {
    expect(needScore(true, 0, 0, DEFAULT_POLICY.need)).toBe(1);
    expect(needScore(true, 1, 2, DEFAULT_POLICY.need)).toBe(0.75);
    expect(needScore(false, 0, 0, DEFAULT_POLICY.need)).toBe(0);
  });

  it('ranks lot 1 above lot 2 above none, and counts KPIs only when reported', () => {
    const q = (school: Parameters<typeof qualityScore>[0]) => qualityScore(school, DEFAULT_POLICY.quality);
    expect(q({ lot: 'lot1', ofsted: 'good' })).toBeCloseTo(0.9, 12);
    expect(q({ lot: 'lot1', ofsted: 'good' })).toBeGreaterThan(q({ lot: 'lot2', ofsted: 'good' }));
    expect(q({ lot: 'lot2', ofsted: 'good' })).toBeGreaterThan(q({ lot: 'none', ofsted: 'good' }));
    expect(q({ lot: 'lot1' })).toBeCloseTo((0.4 + 0.4 * 0.5) / 0.8, 12); // not inspected
    expect(q({ lot: 'lot1', ofsted: 'good', kpis: { attendance: 1, breakdownRate: 0 } })).toBeCloseTo(
      (0.4 + 0.32 + 0.2) / 1,
      12,
    );
    expect(q({ lot: 'lot1', ofsted: 'good', kpis: { attendance: 0.8 } })).toBeCloseTo(0.72, 12);
  });

  it('scores the last place lower than plenty of room', () => {
    expect(capacityScore(1, 60, DEFAULT_POLICY.capacity)).toBeLessThan(capacityScore(6, 60, DEFAULT_POLICY.capacity));
    expect(capacityScore(30, 60, DEFAULT_POLICY.capacity)).toBe(1);
    expect(capacityScore(0, 0, DEFAULT_POLICY.capacity)).toBe(0);
  });

  it('scores cost 1 at or below the band, 0 at or above it, linear between', () => {
    expect(costScore(20_000, DEFAULT_POLICY.costBand)).toBe(1);
    expect(costScore(60_000, DEFAULT_POLICY.costBand)).toBe(0.5);
    expect(costScore(120_000, DEFAULT_POLICY.costBand)).toBe(0);
  });

  it('scores travel by the binding limit', () => {
    expect(travelScore(0, 0, 60, 75)).toBe(1);
    expect(travelScore(15, 30, 60, 75)).toBeCloseTo(0.6, 12);
    expect(travelScore(70, 30, 60, 75)).toBe(0);
  });

  it('normalises weights to sum to 1', () => {
    const w = normaliseWeights({ need: 1, quality: 1, capacity: 0, cost: 1, travel: 1 });
    expect(w).toEqual({ need: 0.25, quality: 0.25, capacity: 0, cost: 0.25, travel: 0.25 });
  });
});
