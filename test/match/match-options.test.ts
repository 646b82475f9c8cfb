import { describe, expect, it } from 'vitest';
import { allocateCohort } from '../../src/match/allocate-cohort.js';
import { allocateGreedy } from '../../src/match/allocate-greedy.js';
import { createMatcher, Matcher } from '../../src/match/matcher.js';
import { ignoredJourneys, matchOptionsOf } from '../../src/match/match-options.js';
import { rankSchools } from '../../src/match/rank.js';
import { weightSensitivity } from '../../src/match/weight-sensitivity.js';
import type { ValidationIssueInput } from '../../src/schema/validation-error.js';
import { codesOf, issuesOf } from '../support/issues-of.js';
import { makeChild, makeSchool } from './support.js';

const school = makeSchool({ urn: '900001' });
const child = makeChild();
const journey = (fields: object = {}) => ({ childId: 'C1', urn: '900001', km: 12, minutes: 20, ...fields });

/** Every entry point that takes the options, called with `options`. */
const withOptions = (options: unknown): [string, () => unknown][] => [
  ['rankSchools', () => rankSchools(child, [school], {}, options)],
  ['createMatcher', () => createMatcher([school], {}, options)],
  ['allocateCohort', () => allocateCohort([child], [school], {}, options)],
  ['allocateGreedy', () => allocateGreedy([child], [school], {}, options)],
  ['weightSensitivity', () => weightSensitivity(child, [school], {}, options)],
];

describe('the travel option', () => {
  it('excludes a school the table has no route to, with the reason unreachable', () => {
    const { ranked, excluded } = rankSchools(child, [school], {}, { travel: [journey({ km: null, minutes: null })] });
    expect(ranked).toEqual([]);
    expect(excluded.map((e) => e.reasons)).toEqual([['unreachable']]);
    expect(createMatcher([school], {}, { travel: [journey({ km: null, minutes: null })] }).rank(child)).toEqual([]);
    const allocation = allocateCohort([child], [school], {}, { travel: [journey({ km: null, minutes: null })] });
    expect(allocation.unassigned).toEqual([{ childId: 'C1', reason: 'no-eligible-school' }]);
  });

  it('applies the max distance and minutes to the table journey: too far by road time, near as the crow flies', () => {
    const slow = journey({ km: 20, minutes: 80 }); // 75 minutes is the secondary limit
    expect(rankSchools(child, [school], {}, { travel: [slow] }).excluded[0].reasons).toEqual(['too-far']);
    // A school 70 km away as the crow flies, but 40 minutes by a fast road.
    const far = makeSchool({ urn: '900002', location: { lat: 51.9, lon: 1.08 } });
    expect(rankSchools(child, [far]).excluded[0].reasons).toEqual(['too-far']);
    const fast = { travel: [journey({ urn: '900002', km: 55, minutes: 40 })] };
    expect(rankSchools(child, [far], {}, fast).ranked[0].travel).toEqual({ km: 55, minutes: 40, source: 'table' });
    expect(createMatcher([far], {}, fast).rank(child)[0].travel.source).toBe('table');
    expect(allocateCohort([child], [far], {}, fast).assignments[0].travel).toEqual({
      km: 55,
      minutes: 40,
      source: 'table',
    });
  });

  it('ignores entries for other children and unknown URNs in ranking, and warns of them in allocation', () => {
    const travel = [journey(), journey({ childId: 'C9' }), journey({ urn: '999999' })];
    expect(rankSchools(child, [school], {}, { travel }).ranked[0].travel.source).toBe('table');
    const allocation = allocateCohort([child], [school], {}, { travel });
    expect(allocation.warnings).toEqual([
      'travel[1]: child C9 is not in the children; ignored',
      'travel[2]: URN 999999 is not in the schools; ignored',
    ]);
    expect(allocateCohort([child], [school], {}, { travel: [journey()] }).warnings).toBeUndefined();
  });

  it('rejects a bad table at every entry point, naming each entry and field', () => {
    const bad = { travel: [journey({ km: -1 }), journey({ urn: '900002', minutes: NaN }), journey()] };
    for (const [name, call] of withOptions(bad)) {
      expect(codesOf(call), name).toEqual([
        'options.travel[0].km: too_small',
        'options.travel[1].minutes: invalid_type',
        'options.travel[2]: duplicate',
      ]);
    }
    for (const [name, call] of withOptions({ travel: [journey({ km: 3, minutes: null })] })) {
      expect(issuesOf(call), name).toEqual([
        { path: 'options.travel[0].minutes', message: 'km and minutes must both be numbers, or both null (no route)' },
      ]);
    }
  });

  it('rejects a pair given once with a whole-number URN and again as text, as the ids it reads them as', () => {
    const travel = [journey({ urn: 900001, km: 3 }), journey({ km: 40 })];
    for (const [name, call] of withOptions({ travel }))
      expect(issuesOf(call), name).toEqual([
        { path: 'options.travel[1]', message: 'duplicate journey for child C1 and URN 900001 (first at [0])' },
      ]);
  });

  it('rejects options that are not an object, or a misspelt key', () => {
    for (const [name, call] of withOptions(null)) {
      expect(issuesOf(call), name).toEqual([
        { path: 'options', message: 'options must be an object such as { travel }, or left out' },
      ]);
    }
    for (const [name, call] of withOptions({ travle: [] }))
      expect(codesOf(call), name).toEqual(['options.travle: unrecognized_keys']);
  });

  it('saves the table with the matcher and loads it again', () => {
    const matcher = createMatcher([school], {}, { travel: [journey({ km: 3, minutes: 4 })] });
    const again = Matcher.load(JSON.parse(JSON.stringify(matcher)));
    expect(again.rank(child)).toEqual(matcher.rank(child));
    expect(again.rank(child)[0].travel.km).toBe(3);
    const broken = { ...JSON.parse(JSON.stringify(matcher)), travel: [journey({ km: -3 })] };
    expect(issuesOf(() => Matcher.load(broken)).map((i) => i.path)).toEqual(['travel[0].km']);
  });
});

describe('matchOptionsOf and ignoredJourneys', () => {
  it('returns the table, or nothing with the problems added', () => {
    const issues: ValidationIssueInput[] = [];
    expect(matchOptionsOf({ travel: [journey()] }, issues)).toEqual([journey()]);
    expect(matchOptionsOf(undefined, issues)).toBeUndefined();
    expect(matchOptionsOf({}, issues)).toBeUndefined();
    expect(issues).toEqual([]);
    expect(matchOptionsOf({ travle: [] }, issues)).toBeUndefined();
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['options.travle', 'unknown option "travle"; did you mean "travel"?'],
    ]);
  });

  it('lists at most `max` ignored entries, then counts the rest', () => {
    const travel = [1, 2, 3].map((k) => journey({ childId: `X${k}` }));
    expect(ignoredJourneys(travel, new Set(['C1']), new Set(['900001']), 2)).toEqual([
      'travel[0]: child X1 is not in the children; ignored',
      'travel[1]: child X2 is not in the children; ignored',
      'and 1 more travel entries for children or URNs not in the input, ignored',
    ]);
  });
});
