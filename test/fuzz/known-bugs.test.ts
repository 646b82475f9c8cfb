// Minimal reproductions of bugs the fuzz suite found in code owned elsewhere. Each `it.fails`
// passes while the bug is there; when the bug is fixed the test fails: delete it and its entry in
// known-bugs.ts. The expectation inside is the correct behaviour.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { validationErrorProblem } from './support/outcome.js';

function expectValidationError(call: () => unknown): void {
  let thrown: unknown;
  try {
    call();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'should throw a ValidationError').toBeDefined();
  expect(validationErrorProblem(thrown)).toBeUndefined();
}

describe('known bugs found by the fuzz suite (each pinned until fixed)', () => {
  it.fails('readSeriesCsv: a column named toString gives a ValidationError or a rejection, not a TypeError', () => {
    // TypeError: Cannot read properties of undefined (reading 'problem') at unflattenRecord (src/io/flatten.ts):
    // `layout.fields[column]` finds Object.prototype.toString for an unknown column named toString.
    const result = api.readSeriesCsv('toString,value\n2020,1\n');
    expect(result.summary.read).toBe(1);
  });

  it.fails('readChildrenCsv: a column named constructor is ignored with a warning like any unknown column', () => {
    const result = api.readChildrenCsv('id,primaryNeed,ncYear,home.lat,home.lon,constructor\nC1,ASD,7,51.3,1.1,x\n');
    expect(result.records).toHaveLength(1);
  });

  it.fails('readCsv: null instead of text or bytes gives a ValidationError, not a TypeError', () => {
    // TypeError: Cannot read properties of null (reading 'length') in decodeText (src/io/decode-text.ts).
    expectValidationError(() => api.readCsv(null as unknown as string));
  });

  it.fails('readChildrenCsv: a list instead of text gives a ValidationError, not a TypeError', () => {
    // TypeError: The "input" argument must be an instance of ArrayBuffer... from TextDecoder in decodeText.
    expectValidationError(() => api.readChildrenCsv(['id'] as unknown as string));
  });

  it.fails('createMatcher().rankMany: a number instead of a list of children gives a ValidationError, not a TypeError', () => {
    // TypeError: children is not iterable (src/match/matcher.ts rankMany iterates before validating).
    expectValidationError(() => [...api.createMatcher([]).rankMany(0 as unknown as unknown[])]);
  });

  it.fails('compareStrategies: a null strategy gives a ValidationError, not a TypeError', () => {
    // TypeError: Cannot destructure property 'policy' of 'object null' (src/match/compare-strategies.ts).
    expectValidationError(() => api.compareStrategies([], [], [null as unknown as 'topsis']));
  });

  it.fails('compareStrategies: a sparse strategy list ([,]) gives a ValidationError, not an output with a hole', () => {
    // Returns { outcomes: [ <1 empty item> ] }: holes are skipped by map, and no strategy is validated.
    expectValidationError(() => api.compareStrategies([], [], [,] as unknown as 'topsis'[]));
  });

  it.fails('createMatcher().rank: null options give a ValidationError, not a TypeError', () => {
    // TypeError: Cannot read properties of null (reading 'limit') in limitOf (src/match/matcher.ts).
    expectValidationError(() => api.createMatcher([]).rank({ id: 'C1', primaryNeed: 'ASD', ncYear: 0, home: { lat: 51, lon: 1 } }, null as unknown as undefined));
  });

  it.fails('Matcher.load: undefined gives a ValidationError, not a TypeError', () => {
    // TypeError: Cannot read properties of undefined (reading 'schools') (src/match/matcher.ts load).
    expectValidationError(() => api.Matcher.load(undefined as unknown as never));
  });

  it.fails('createMatcher().rank: a limit of 1e300 gives a ValidationError or all schools, not a RangeError', () => {
    // RangeError: Invalid typed array length: 1e+300 (the heap is sized by the limit, not by the schools).
    const child = { id: 'C1', primaryNeed: 'ASD', ncYear: 0, home: { lat: 51, lon: 1 } };
    const run = () => api.createMatcher([]).rank(child, { limit: 1e300 });
    try {
      expect(run()).toEqual([]);
    } catch (e) {
      expect(validationErrorProblem(e)).toBeUndefined();
    }
  });

  it.fails('readCsv: null options give a ValidationError (or the defaults), not a TypeError', () => {
    // TypeError: Cannot read properties of null (reading 'delimiter') (src/io/read-csv.ts); importGias too.
    try {
      expect(api.readCsv('a\n1\n', null as unknown as undefined).records).toHaveLength(1);
    } catch (e) {
      expect(validationErrorProblem(e)).toBeUndefined();
    }
  });

  it.fails('importTransitions: a null setting mapping gives a ValidationError, not a TypeError', () => {
    // TypeError: Cannot read properties of null (reading 'length') (decodeText of the mapping).
    expectValidationError(() => api.importTransitions('calendar-year\n2023\n', null as unknown as string));
  });

  it.fails('readChildrenCsv: a maxBytes that is not a number is named as the problem, not reported as "over the limit of NaN MiB"', () => {
    let message = '';
    try {
      api.readChildrenCsv('id\nC1\n', { maxBytes: 'x' as unknown as number });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/maxBytes/);
    expect(message).not.toMatch(/NaN/);
  });
});
