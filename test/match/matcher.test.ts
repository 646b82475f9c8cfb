import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher, createMatcher } from '../../src/match/matcher.js';
import { rankSchools } from '../../src/match/rank.js';
import type { School } from '../../src/schema/school.js';
import { issuesOf } from '../support/issues-of.js';
import { childArb, makeChild, makeSchool, policyArb, schoolsArb } from './support.js';

/** The same schools spread ten times wider (over ~280 × 350 km), so the spatial index prunes for real. */
const spread = (schools: School[]) =>
  schools.map((s) => ({ ...s, location: { lat: 51.2 + (s.location.lat - 51.2) * 10, lon: 0.85 + (s.location.lon - 0.85) * 10 } }));

describe('createMatcher', () => {
  it('agrees with rankSchools: same schools, same order, same numbers to the last bit', () => {
    fc.assert(
      fc.property(childArb, schoolsArb(30), policyArb, fc.boolean(), fc.integer({ min: 0, max: 12 }), (child, schools, policy, wide, limit) => {
        const list = wide ? spread(schools) : schools;
        const expected = rankSchools(child, list, policy).ranked.slice(0, limit);
        expect(JSON.stringify(createMatcher(list, policy).rank(child, { limit }))).toBe(JSON.stringify(expected));
      }),
      { numRuns: 200 },
    );
  });

  it('streams many children with rankMany, each as rank() ranks it', () => {
    fc.assert(
      fc.property(fc.array(childArb, { maxLength: 8 }), schoolsArb(20), policyArb, (children, schools, policy) => {
        const matcher = createMatcher(schools, policy);
        const withIds = children.map((c, i) => ({ ...c, id: `C${i}` }));
        const streamed = [...matcher.rankMany(withIds, { limit: 3 })];
        expect(streamed.map((r) => r.childId)).toEqual(withIds.map((c) => c.id));
        streamed.forEach((r, i) => expect(r.ranked).toEqual(matcher.rank(withIds[i], { limit: 3 })));
      }),
      { numRuns: 50 },
    );
  });

  it('returns the top 10 by default, and survives a save and load through JSON', () => {
    const schools = Array.from({ length: 15 }, (_, i) => makeSchool({ urn: String(600000 + i), annualFee: 40_000 + i * 1000 }));
    const matcher = createMatcher(schools);
    expect(matcher.rank(makeChild())).toHaveLength(10);
    const again = Matcher.load(JSON.parse(JSON.stringify(matcher)));
    expect(again.rank(makeChild(), { limit: 15 })).toEqual(matcher.rank(makeChild(), { limit: 15 }));
  });

  it('rejects an invalid child, an invalid school list and a bad limit with ValidationErrors', () => {
    const matcher = createMatcher([makeSchool({ urn: '1' })]);
    expect(issuesOf(() => matcher.rank({ id: 'C1' })).map((i) => i.path)).toEqual(['primaryNeed', 'ncYear', 'home']);
    expect(issuesOf(() => [...matcher.rankMany([makeChild(), { ...makeChild(), ncYear: 99 }])]).map((i) => i.path)).toEqual(['[1].ncYear']);
    expect(issuesOf(() => matcher.rank(makeChild(), { limit: -1 })).map((i) => i.path)).toEqual(['limit']);
    expect(issuesOf(() => createMatcher([makeSchool({ urn: '1' }), makeSchool({ urn: '1' })])).map((i) => i.path)).toEqual(['schools[1].urn']);
  });
});
