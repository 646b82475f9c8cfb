import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher, createMatcher } from '../../src/match/matcher.js';
import { rankSchools } from '../../src/match/rank.js';
import type { School } from '../../src/schema/school.js';
import { issuesOf } from '../support/issues-of.js';
import { childArb, makeChild, makeSchool, policyArb, schoolsArb } from './support.js';

/** The same schools spread ten times wider (over ~280 × 350 km), so the spatial index prunes for real. */
const spread = (schools: School[]) =>
  schools.map((s) => ({
    ...s,
    location: { lat: 51.2 + (s.location.lat - 51.2) * 10, lon: 0.85 + (s.location.lon - 0.85) * 10 },
  }));

describe('createMatcher', () => {
  it("marks the parents' named school as rankSchools does, under every strategy", () => {
    const schools = [
      makeSchool({ urn: '120001', location: { lat: 51.3705, lon: 1.1272 } }),
      makeSchool({ urn: '120002' }),
      makeSchool({ urn: '120003', needs: ['SEMH'] }),
    ];
    for (const strategy of ['weighted-sum', 'topsis', 'framework-first-nearest'] as const) {
      const matcher = createMatcher(schools, { strategy });
      const named = makeChild({ namedSchoolUrn: '120002' });
      const ranked = matcher.rank(named, { limit: 5 });
      expect(ranked.filter((r) => r.named).map((r) => r.school.urn)).toEqual(['120002']);
      expect(ranked).toEqual(rankSchools(named, schools, { strategy }).ranked);
      expect(matcher.rank(makeChild({ namedSchoolUrn: '120003' }), { limit: 5 }).some((r) => r.named)).toBe(false);
      expect(matcher.rank(makeChild(), { limit: 5 }).some((r) => 'named' in r)).toBe(false);
    }
  });

  it('agrees with rankSchools: same schools, same order, same numbers to the last bit', () => {
    fc.assert(
      fc.property(
        childArb,
        schoolsArb(30),
        policyArb,
        fc.boolean(),
        fc.integer({ min: 0, max: 12 }),
        (child, schools, policy, wide, limit) => {
          const list = wide ? spread(schools) : schools;
          const expected = rankSchools(child, list, policy).ranked.slice(0, limit);
          expect(JSON.stringify(createMatcher(list, policy).rank(child, { limit }))).toBe(JSON.stringify(expected));
        },
      ),
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
    const schools = Array.from({ length: 15 }, (_, i) =>
      makeSchool({ urn: String(600000 + i), annualFee: 40_000 + i * 1000 }),
    );
    const matcher = createMatcher(schools);
    expect(matcher.rank(makeChild())).toHaveLength(10);
    expect(matcher.rank(makeChild(), {})).toHaveLength(10);
    expect(matcher.rank(makeChild(), { limit: undefined })).toHaveLength(10);
    expect(matcher.rank(makeChild(), Object.assign(Object.create(null), { limit: 2 }))).toHaveLength(2);
    const again = Matcher.load(JSON.parse(JSON.stringify(matcher)));
    expect(again.rank(makeChild(), { limit: 15 })).toEqual(matcher.rank(makeChild(), { limit: 15 }));
  });

  it('loads only what toJSON saves: another field is named, not ignored', () => {
    const json = JSON.parse(JSON.stringify(createMatcher([makeSchool({ urn: '1' })])));
    expect(issuesOf(() => Matcher.load({ ...json, version: 99 }))).toEqual([
      { path: 'version', message: 'unknown field "version"; the fields here are kind, schools, policy, travel' },
    ]);
    expect(issuesOf(() => Matcher.load({ ...json, travl: [] })).map((i) => i.message)).toEqual([
      'unknown field "travl"; did you mean "travel"?',
    ]);
  });

  it('rejects an invalid child, an invalid school list and a bad limit with ValidationErrors', () => {
    const matcher = createMatcher([makeSchool({ urn: '1' })]);
    expect(issuesOf(() => matcher.rank({ id: 'C1' })).map((i) => i.path)).toEqual(['primaryNeed', 'ncYear', 'home']);
    expect(
      issuesOf(() => [...matcher.rankMany([makeChild(), { ...makeChild(), ncYear: 99 }])]).map((i) => i.path),
    ).toEqual(['[1].ncYear']);
    expect(issuesOf(() => matcher.rank(makeChild(), { limit: -1 })).map((i) => i.path)).toEqual(['limit']);
    expect(
      issuesOf(() => createMatcher([makeSchool({ urn: '1' }), makeSchool({ urn: '1' })])).map((i) => i.path),
    ).toEqual(['schools[1].urn']);
  });
});

describe('Matcher doors: every bad argument is a ValidationError, never a TypeError or RangeError', () => {
  const schools = Array.from({ length: 4 }, (_, i) =>
    makeSchool({ urn: String(700000 + i), annualFee: 40_000 + i * 1000 }),
  );
  const matcher = createMatcher(schools);

  it('rejects null options for rank and rankMany, as every other entry point rejects null options', () => {
    for (const call of [
      () => matcher.rank(makeChild(), null as never),
      () => matcher.rankMany([makeChild()], null as never),
    ]) {
      const issues = issuesOf(call);
      expect(issues).toEqual([
        { path: '(root)', message: 'options must be an object such as { limit: 10 }, or left out' },
      ]);
    }
  });

  it('rejects a limit that is not a whole number 0 or more, and a misspelt option', () => {
    for (const limit of [NaN, Infinity, -1, 1.5, '3', null]) {
      expect(issuesOf(() => matcher.rank(makeChild(), { limit: limit as number })).map((i) => i.path)).toEqual([
        'limit',
      ]);
    }
    expect(issuesOf(() => matcher.rank(makeChild(), { limt: 3 } as never)).map((i) => i.message)).toEqual([
      'unknown option "limt"; did you mean "limit"?',
    ]);
  });

  it('returns every eligible school for a limit far above the school count (1e300), not a RangeError', () => {
    const all = rankSchools(makeChild(), schools).ranked;
    expect(all).toHaveLength(4);
    expect(matcher.rank(makeChild(), { limit: 1e300 })).toEqual(all);
    expect(matcher.rank(makeChild(), { limit: Number.MAX_SAFE_INTEGER + 1 })).toEqual(all);
    expect([...matcher.rankMany([makeChild()], { limit: 1e300 })][0].ranked).toEqual(all);
    expect(createMatcher(schools, { strategy: 'topsis' }).rank(makeChild(), { limit: 1e300 })).toEqual(
      rankSchools(makeChild(), schools, { strategy: 'topsis' }).ranked,
    );
    expect(createMatcher([]).rank(makeChild(), { limit: 1e300 })).toEqual([]);
  });

  it('rejects children that are not iterable at the call, before any child is read', () => {
    for (const children of [0, null, undefined, { id: 'C1' }, 'C1', true]) {
      const issues = issuesOf(() => matcher.rankMany(children as never));
      expect(issues).toEqual([
        {
          path: '(root)',
          message: 'children must be a list or another iterable of children (a generator streams them)',
        },
      ]);
    }
  });

  it('streams an endless generator lazily after the checks, naming a bad child by its position only', () => {
    let made = 0;
    function* endless() {
      for (;;) {
        made++;
        yield made === 3
          ? { id: 'C3', primaryNeed: 'ASD', ncYear: NaN, home: { lat: 51.28, lon: 1.08 } }
          : makeChild({ id: `C${made}` });
      }
    }
    const stream = matcher.rankMany(endless(), { limit: 1 });
    expect(made).toBe(0);
    expect(stream.next().value?.childId).toBe('C1');
    expect(stream.next().value?.childId).toBe('C2');
    const issues = issuesOf(() => stream.next());
    expect(issues.map((i) => i.path)).toEqual(['[2].ncYear']);
    expect(JSON.stringify(issues)).not.toMatch(/51\.28|ASD/);
    expect(made).toBe(3);
  });

  it('Matcher.load rejects null, undefined, a list and a wrong kind, listing every problem with its path', () => {
    for (const json of [null, undefined, 42, [], 'matcher']) {
      expect(issuesOf(() => Matcher.load(json)).map((i) => i.path)).toEqual(['(root)']);
    }
    const saved = JSON.parse(JSON.stringify(matcher));
    expect(issuesOf(() => Matcher.load({ ...saved, kind: 'other' })).map((i) => i.path)).toEqual(['kind']);
    const broken = { schools: [{ ...saved.schools[0], vacancies: -1 }], policy: { maxDistanceKm: NaN } };
    expect(issuesOf(() => Matcher.load(broken)).map((i) => i.path)).toEqual([
      'kind',
      'schools[0].vacancies',
      'policy.maxDistanceKm',
    ]);
    expect(issuesOf(() => Matcher.load({ kind: 'send-placement/matcher', schools: null })).map((i) => i.path)).toEqual([
      'schools',
    ]);
    expect(Matcher.load(saved).rank(makeChild())).toEqual(matcher.rank(makeChild()));
  });
});
