import { describe, expect, it } from 'vitest';
import { compareStrategies } from '../../src/match/compare-strategies.js';
import { codesOf, issuesOf } from '../support/issues-of.js';
import { makeChild, makeSchool } from './support.js';

const faversham = { lat: 51.3156, lon: 0.891 };
const ashford = { lat: 51.1465, lon: 0.875 };

describe('compareStrategies', () => {
  const schools = [
    makeSchool({ urn: 'NEAR2', lot: 'lot2', location: faversham, annualFee: 40_000 }),
    makeSchool({ urn: 'FAR1', lot: 'lot1', location: ashford, annualFee: 60_000 }),
  ];
  const children = [makeChild({ id: 'A' }), makeChild({ id: 'B', primaryNeed: 'HI' })];

  it('reports distance, cost, lot 1 share and children with no eligible school per strategy', () => {
    const { children: n, outcomes } = compareStrategies(children, schools, ['weighted-sum', 'framework-first-nearest']);
    expect(n).toBe(2);
    const [ws, ffn] = outcomes;
    expect(ws.name).toBe('weighted-sum');
    expect(ws.placed).toBe(1);
    expect(ws.noEligibleShare).toBe(0.5);
    expect(ws.lot1Share).toBe(0); // the nearer, cheaper lot 2 school wins on score
    expect(ws.meanDistanceKm).toBeCloseTo(17.74, 2);
    expect(ws.p90DistanceKm).toBe(ws.meanDistanceKm);
    expect(ffn.lot1Share).toBe(0.5); // lot 1 first, however far
    expect(ffn.meanAnnualCost).toBeGreaterThan(ws.meanAnnualCost as number);
  });

  it('measures how often two strategies agree on the top choice, counting "none" for both as agreement', () => {
    const { agreement } = compareStrategies(children, schools, ['weighted-sum', 'framework-first-nearest', 'topsis']);
    expect(agreement).toEqual([
      { a: 'weighted-sum', b: 'framework-first-nearest', share: 0.5 },
      { a: 'weighted-sum', b: 'topsis', share: 1 },
      { a: 'framework-first-nearest', b: 'topsis', share: 0.5 },
    ]);
  });

  it('accepts named policies, and gives null means (never NaN) when nobody is placed', () => {
    const { outcomes } = compareStrategies([makeChild({ primaryNeed: 'VI' })], schools, [
      { name: 'close', policy: { maxDistanceKm: 5 } },
    ]);
    expect(outcomes[0]).toEqual({
      name: 'close',
      placed: 0,
      meanDistanceKm: null,
      p90DistanceKm: null,
      meanAnnualCost: null,
      lot1Share: 0,
      noEligibleShare: 1,
    });
  });

  it('rejects duplicate child ids and an empty strategy list', () => {
    expect(
      issuesOf(() => compareStrategies([makeChild(), makeChild()], schools, ['topsis'])).map((i) => i.path),
    ).toEqual(['children[1].id']);
    expect(issuesOf(() => compareStrategies([], schools, [])).map((i) => i.path)).toEqual(['strategies']);
    expect(issuesOf(() => compareStrategies([], schools, null as never)).map((i) => i.path)).toEqual(['strategies']);
  });

  it('validates every strategy: null, a hole, a NaN name, an unknown name, a bad policy', () => {
    const bad = [
      null,
      ,
      { name: NaN },
      'nearest',
      { name: 'close', policy: { maxDistanceKm: -1 } },
      { name: '  ' },
      { name: 'x', polcy: {} },
      7,
    ];
    const issues = issuesOf(() => compareStrategies([], schools, bad as never));
    expect(issues.map((i) => i.path)).toEqual([
      'strategies[0]',
      'strategies[1]',
      'strategies[2].name',
      'strategies[3]',
      'strategies[4].policy.maxDistanceKm',
      'strategies[5].name',
      'strategies[6].polcy',
      'strategies[7]',
    ]);
    expect(issues[1].message).toMatch(/^is missing/);
    expect(issues[6].message).toBe('unknown field "polcy"; did you mean "policy"?');
  });

  it('names an unknown strategy as unknown, not missing, with the nearest valid name when one is near', () => {
    const valid = 'weighted-sum, topsis, framework-first-nearest, or give { name, policy }';
    expect(codesOf(() => compareStrategies([], schools, ['wsum', 'Topsis'] as never))).toEqual([
      'strategies[0]: invalid_value',
      'strategies[1]: invalid_value',
    ]);
    expect(issuesOf(() => compareStrategies([], schools, ['wsum', 'Topsis', 'weighted_sum'] as never))).toEqual([
      { path: 'strategies[0]', message: `unknown strategy; valid names are ${valid}` },
      { path: 'strategies[1]', message: `unknown strategy; did you mean topsis? Valid names are ${valid}` },
      { path: 'strategies[2]', message: `unknown strategy; did you mean weighted-sum? Valid names are ${valid}` },
    ]);
  });

  it('rejects two strategies with one name (a bare name counts), as outcomes are keyed by name', () => {
    const issues = issuesOf(() =>
      compareStrategies([], schools, [
        'topsis',
        { name: 'a' },
        { name: 'topsis', policy: {} },
        { name: 'a', policy: {} },
      ]),
    );
    expect(issues).toEqual([
      { path: 'strategies[2].name', message: "duplicate strategy name 'topsis' (first at strategies[0])" },
      { path: 'strategies[3].name', message: "duplicate strategy name 'a' (first at strategies[1])" },
    ]);
  });

  it('names a duplicate name beside a bad policy of the same name, in one error', () => {
    const issues = issuesOf(() =>
      compareStrategies([], schools, [
        { name: 'a', policy: { wieghts: {} } },
        { name: 'a', policy: {} },
      ]),
    );
    expect(issues).toEqual([
      { path: 'strategies[0].policy.wieghts', message: 'unknown field "wieghts"; did you mean "weights"?' },
      { path: 'strategies[1].name', message: "duplicate strategy name 'a' (first at strategies[0])" },
    ]);
  });

  it('lists the problems of all three inputs in one error', () => {
    const issues = issuesOf(() =>
      compareStrategies([{ ...makeChild(), ncYear: 99 }], [{ ...schools[0], vacancies: -1 }], [null as never]),
    );
    expect(issues.map((i) => i.path)).toEqual(['children[0].ncYear', 'schools[0].vacancies', 'strategies[0]']);
  });

  it('takes a named strategy without a policy as the default policy', () => {
    const { outcomes } = compareStrategies(children, schools, ['weighted-sum', { name: 'default' }]);
    expect({ ...outcomes[1], name: 'weighted-sum' }).toEqual(outcomes[0]);
  });
});
