// estimateTransitions, backtestProjection and sufficiencyGaps given null, undefined, empty, NaN and
// absurd inputs: each call is a ValidationError naming where the problem is, or a finite output.
import { describe, expect, it } from 'vitest';
import { backtestProjection } from '../../src/sufficiency/backtest-projection.js';
import { estimateTransitions } from '../../src/sufficiency/estimate-transitions.js';
import { sufficiencyGaps } from '../../src/sufficiency/sufficiency-gaps.js';
import { findNonFinite, validationErrorProblem } from '../fuzz/support/outcome.js';
import { issuesOf } from '../support/issues-of.js';

const move = (o: Record<string, unknown> = {}) => ({
  calendarYear: 2023,
  setting1: 'mainstream',
  need1: 'ASD',
  ncYear1: 6,
  setting2: 'srp',
  need2: 'ASD',
  ncYear2: 7,
  ...o,
});
const joiner = (calendarYear: number) => ({ calendarYear, setting1: 'new', setting2: 'srp', need2: 'ASD', ncYear2: 7 });
const school = {
  urn: '1',
  name: 'Oak SRP',
  kind: 'srp',
  lot: 'none',
  needs: ['ASD'],
  ncYears: [7, 11],
  sex: 'mixed',
  residential: false,
  location: { lat: 51.3, lon: 0.5 },
  capacity: 20,
  vacancies: 0,
  annualFee: 16000,
  district: 'Maidstone',
};
const JUNK: Array<[string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['an empty list', []],
  ['an empty object', {}],
  ['NaN', Number.NaN],
  ['[NaN]', [Number.NaN]],
  ['[null]', [null]],
  ['text', 'x'],
  ['[undefined]', [undefined]],
  ['a sparse list', [, move()]],
];

/**
 * The call's outcome: 'output' (checked finite) or 'validation-error' (checked well formed); fails on anything else.
 */
function outcome(call: () => unknown): 'output' | 'validation-error' {
  let out: unknown;
  try {
    out = call();
  } catch (e) {
    expect(validationErrorProblem(e)).toBeUndefined();
    return 'validation-error';
  }
  expect(findNonFinite(out)).toBeUndefined();
  return 'output';
}

describe('estimateTransitions with bad input', () => {
  it.each(JUNK)('history %s is a ValidationError', (_, history) =>
    expect(outcome(() => estimateTransitions(history))).toBe('validation-error'),
  );

  it.each(JUNK.filter(([name]) => name !== 'undefined' && name !== 'an empty object'))(
    'options %s is a ValidationError',
    (_, options) =>
      expect(issuesOf(() => estimateTransitions([move()], options as never))).toEqual([
        {
          path: '(root)',
          message: 'options must be an object: { bands?, population?, recencyDecay?, growthDamping? }',
        },
      ]),
  );

  it('names a record whose calendar year is outside 1900-2199, once per record', () => {
    expect(issuesOf(() => estimateTransitions([move(), joiner(5000), joiner(1e300)]))).toEqual([
      { path: '[1].calendarYear', message: 'must be a year from 1900 to 2199' },
      { path: '[2].calendarYear', message: 'must be a whole year' },
    ]);
  });

  it('keeps the HistorySchema doc example true', async () => {
    const { HistorySchema } = await import('../../src/sufficiency/history-schema.js');
    expect(HistorySchema.safeParse([joiner(5000)]).error?.issues[0].path).toEqual([0, 'calendarYear']);
  });

  it('caps the joiner growth of a tiny, steep history at doubling a year, keeping every number finite', () => {
    const est = estimateTransitions([joiner(2000), ...Array.from({ length: 500 }, () => joiner(2001))]);
    expect(est.joiners.growthRate.value).toBe(1); // the fitted trend is 499 (x500 in a year)
    expect(findNonFinite(est)).toBeUndefined();
  });
});

describe('backtestProjection with bad input', () => {
  const history = [move(), move({ calendarYear: 2024 })];
  it.each(JUNK)('history %s is a ValidationError', (_, h) =>
    expect(outcome(() => backtestProjection(h, { fitYears: 1, testYears: 1 }))).toBe('validation-error'),
  );
  it.each(JUNK)('options %s are a ValidationError', (_, o) =>
    expect(outcome(() => backtestProjection(history, o as never))).toBe('validation-error'),
  );

  it('says which option is wrong, in words', () => {
    expect(issuesOf(() => backtestProjection(history, { fitYears: Number.NaN, testYears: 2.5 }))).toEqual([
      { path: 'fitYears', message: 'fitYears must be a whole number' },
      { path: 'testYears', message: 'testYears must be a whole number' },
    ]);
    expect(issuesOf(() => backtestProjection(history, { fitYears: 1, testYears: 51 }))[0]).toEqual({
      path: 'testYears',
      message: 'testYears must be at most 50, the longest projection',
    });
  });

  it('names the records of a history in the year 5000, not a scenario the caller never wrote', () => {
    expect(
      issuesOf(() =>
        backtestProjection([move({ calendarYear: 5000 }), move({ calendarYear: 5001 })], { fitYears: 1, testYears: 1 }),
      ).map((i) => i.path),
    ).toEqual(['[0].calendarYear', '[1].calendarYear']);
  });

  it('backtests a tiny, steep history (it used to fail on the estimated growth rate) with finite errors', () => {
    const steep = [joiner(2000), ...Array.from({ length: 500 }, () => joiner(2001)), joiner(2002)];
    const bt = backtestProjection(steep, { fitYears: 2, testYears: 1 });
    expect(bt.testYears).toEqual([2003]);
    expect(findNonFinite(bt)).toBeUndefined();
  });
});

describe('sufficiencyGaps with bad input', () => {
  it.each(JUNK)('input %s is a ValidationError', (_, input) =>
    expect(outcome(() => sufficiencyGaps(input as never))).toBe('validation-error'),
  );
  it.each(JUNK.filter(([name]) => name !== 'an empty list'))('demand %s is a ValidationError', (_, demand) =>
    expect(outcome(() => sufficiencyGaps({ schools: [school], demand: demand as never }))).toBe('validation-error'),
  );
  it.each(JUNK.filter(([name]) => name !== 'an empty list'))('schools %s are a ValidationError', (_, schools) =>
    expect(outcome(() => sufficiencyGaps({ schools, demand: [] }))).toBe('validation-error'),
  );

  it('says what the input must be', () => {
    expect(issuesOf(() => sufficiencyGaps(null as never))).toEqual([
      { path: '(root)', message: 'input must be an object: { schools, demand, kinds? }' },
    ]);
    expect(issuesOf(() => sufficiencyGaps({ schools: [], demand: [null as never], kinds: 'srp' as never }))).toEqual([
      { path: 'demand[0]', message: 'a demand entry must be an object: { need, district?, home?, count? }' },
      { path: 'kinds', message: 'kinds must be a list of school kinds' },
    ]);
  });

  it('rejects a demand count above SCENARIO_LIMITS.maxChildren (two of Number.MAX_VALUE summed to Infinity)', () => {
    const demand = [
      { need: 'ASD' as const, count: Number.MAX_VALUE },
      { need: 'ASD' as const, count: Number.MAX_VALUE },
    ];
    expect(issuesOf(() => sufficiencyGaps({ schools: [school], demand }))).toEqual([
      { path: 'demand[0].count', message: 'must be at most 10,000,000 children' },
      { path: 'demand[1].count', message: 'must be at most 10,000,000 children' },
    ]);
  });

  it('gives finite tables for empty lists and for the largest counts', () => {
    expect(sufficiencyGaps({ schools: [], demand: [] }).total).toEqual({ places: 0, demand: 0, gap: 0 });
    const big = Array.from({ length: 100 }, () => ({ need: 'ASD' as const, count: 10_000_000 }));
    expect(sufficiencyGaps({ schools: [school], demand: big }).total).toEqual({
      places: 20,
      demand: 1e9,
      gap: 1e9 - 20,
    });
  });
});
