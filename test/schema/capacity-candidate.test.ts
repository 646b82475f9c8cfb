// The capacity candidate schema (zod/mini): what a planner may list, and a message of its own for each check.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { CAPACITY_PLAN_LIMITS, CapacityCandidateSchema } from '../../src/schema/capacity-candidate.js';

const good = { id: 'srp-north', setting: 'srp', need: 'ASD', year: 2027, maxPlaces: 40, capitalGbpPerPlace: 30_000 };

/** `path: code: message` of each issue, for a candidate changed by `change`. */
function problems(change: Record<string, unknown>): string[] {
  const result = z.safeParse(CapacityCandidateSchema, { ...good, ...change });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.code}: ${i.message}`);
}

describe('CapacityCandidateSchema', () => {
  it('accepts a candidate with or without a need and a source, trimming its id', () => {
    expect(z.parse(CapacityCandidateSchema, { ...good, id: ' srp-north ' }).id).toBe('srp-north');
    const { need: _need, ...general } = good;
    expect(z.safeParse(CapacityCandidateSchema, general).success).toBe(true);
    expect(
      z.safeParse(CapacityCandidateSchema, { ...good, source: 'assumption: a remodelled classroom' }).success,
    ).toBe(true);
  });

  it('rejects an unknown setting or need, naming the valid ones', () => {
    expect(problems({ setting: 'college' })).toEqual([
      'setting: invalid_value: setting must be one of srp, maintained-special',
    ]);
    expect(problems({ need: 'autism' })[0]).toMatch(/^need: invalid_value: unknown need code; valid codes are ASD, /);
    expect(problems({ need: 'SMEH' })[0]).toMatch(/^need: invalid_value: unknown need code; did you mean SEMH\?/);
  });

  it('reads a need code in any case, as every need field does', () => {
    expect(z.parse(CapacityCandidateSchema, { ...good, need: 'semh' }).need).toBe('SEMH');
  });

  it('rejects a negative or unbounded cost with a message for that check', () => {
    expect(problems({ capitalGbpPerPlace: -1 })).toEqual([
      'capitalGbpPerPlace: too_small: capitalGbpPerPlace must be 0 or more',
    ]);
    expect(problems({ capitalGbpPerPlace: CAPACITY_PLAN_LIMITS.maxCapitalGbpPerPlace + 1 })).toEqual([
      'capitalGbpPerPlace: too_big: capitalGbpPerPlace must be at most £10,000,000',
    ]);
    expect(problems({ capitalGbpPerPlace: Number.POSITIVE_INFINITY })).toEqual([
      'capitalGbpPerPlace: invalid_type: capitalGbpPerPlace must be a finite number',
    ]);
  });

  it('gives each check on places its own message', () => {
    expect(problems({ maxPlaces: 2.5 })).toEqual([
      'maxPlaces: invalid_type: maxPlaces must be a whole number of places',
    ]);
    expect(problems({ maxPlaces: 0 })).toEqual(['maxPlaces: too_small: maxPlaces must be at least 1']);
    expect(problems({ maxPlaces: 10_001 })).toEqual(['maxPlaces: too_big: maxPlaces must be at most 10,000']);
  });

  it('rejects a blank id, a fractional year and a blank source', () => {
    expect(problems({ id: '  ', year: 2027.5, source: ' ' })).toEqual([
      'id: too_small: id must not be empty',
      'year: invalid_type: year must be a whole year',
      'source: too_small: source must not be empty',
    ]);
  });
});
