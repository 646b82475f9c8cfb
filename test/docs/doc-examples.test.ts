// The @example of the core exports that no folder's own doc-example test runs, as written, so the
// documented outputs stay true.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const child = { id: 'C0001', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } };
const school = {
  urn: '900001', name: 'Example Valley School', kind: 'independent', lot: 'lot1', needs: ['ASD'],
  ncYears: [7, 13], sex: 'mixed', residential: false, location: { lat: 51.27, lon: 0.52 },
  capacity: 60, vacancies: 4, annualFee: 52000,
};

describe('core doc examples', () => {
  it('needs and validation', () => {
    expect(api.NEED_NAMES.ASD).toBe('Autistic spectrum disorder');
    expect(api.isValidationError(new api.ValidationError('child', [{ path: 'ncYear', message: 'is required' }]))).toBe(true);
    expect(api.isValidationError(new Error('boom'))).toBe(false);
  });

  it('child and school schemas', () => {
    expect(api.ChildSchema.safeParse(child).success).toBe(true);
    expect(api.ChildListSchema.safeParse([child, child]).success).toBe(false);
    expect(api.parseChildren([{ id: 'C1', primaryNeed: 'SEMH', ncYear: 9, home: { lat: 51.28, lon: 1.08 } }]).length).toBe(1);
    expect(api.SchoolSchema.safeParse({ ...school, vacancies: -1 }).success).toBe(false);
    expect(api.SchoolListSchema.safeParse([school, school]).success).toBe(false);
    expect(api.parseSchools([school])[0].lot).toBe('lot1');
    expect(api.SCHOOL_KINDS.includes('srp')).toBe(true);
    expect(api.LOTS[0]).toBe('lot1');
    expect(api.OFSTED_GRADES.length).toBe(5);
  });

  it('policy, series and transitions', () => {
    expect(api.DEFAULT_POLICY.consultation.responseDays).toBe(15);
    expect(api.DEFAULT_POLICY.maxDistanceKm).toBe(60);
    expect(api.PolicySchema.parse({}).strategy).toBe('weighted-sum');
    expect(api.PolicySchema.parse({ weights: { travel: 1 } }).weights.cost).toBe(0.2);
    expect(api.SeriesSchema.parse([1, 2])).toEqual({ start: 0, values: [1, 2] });
    expect(api.SETTINGS.includes('srp')).toBe(true);
    expect(api.TransitionSchema.safeParse({ calendarYear: 2024, setting1: 'new', setting2: 'independent', need2: 'ASD', ncYear2: 7 }).success).toBe(true);
  });

  it('random, privacy and matching helpers', () => {
    expect(createRandomPair(42)).toBe(true);
    const die = api.createRandom(7).int(1, 6);
    expect(die >= 1 && die <= 6 && Number.isInteger(die)).toBe(true);
    expect(api.PSEUDONYMISE_MIN_KEY_LENGTH).toBe(16);
    expect(api.sexAllowed('girls', 'female')).toBe(true);
    expect(api.sexAllowed('boys', undefined)).toBe(false);
    expect(api.sexAllowed('mixed', undefined)).toBe(true);
    expect(api.CRITERIA).toEqual(['need', 'quality', 'capacity', 'cost', 'travel']);
  });
});

function createRandomPair(seed: number): boolean {
  return api.createRandom(seed).next() === api.createRandom(seed).next();
}
