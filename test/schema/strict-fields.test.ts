import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  estimateTransitions,
  forecast,
  parsePolicy,
  parseScenario,
  planCapacity,
  rankSchools,
  readCsv,
  simulateSufficiency,
} from '../../src/index.js';
import { fromZodIssues } from '../../src/schema/validation-error.js';
import { editDistance, nearestWord } from '../../src/schema/nearest.js';
import { strictFields, strictOptions, unknownFieldsMessage } from '../../src/schema/strict-fields.js';
import { issuesOf } from '../support/issues-of.js';

const TRANSITION = {
  ...{ calendarYear: 2023, setting1: 'mainstream', need1: 'ASD', ncYear1: 6 },
  ...{ setting2: 'srp', need2: 'ASD', ncYear2: 7 },
} as const;
const kent = () => JSON.parse(readFileSync('data/kent/scenario-2025.json', 'utf8'));

/** Every plain object in a JSON value with its path, as ValidationError writes paths. */
function objectsIn(value: unknown, path = ''): { path: string; object: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsIn(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Record<string, unknown>;
  return [
    { path, object },
    ...Object.entries(object).flatMap(([k, v]) => objectsIn(v, path === '' ? k : `${path}.${k}`)),
  ];
}

describe('nearestWord and editDistance', () => {
  it('hold their doc examples', () => {
    expect(nearestWord('maxDistnceKm', ['maxDistanceKm', 'maxMinutes'])).toBe('maxDistanceKm');
    expect(nearestWord('SRP', ['srp', 'maintained-special'])).toBe('srp');
    expect(nearestWord('colour', ['srp'])).toBeUndefined();
    expect(nearestWord('Gender', ['id', 'sex'])).toBe('sex');
    expect(nearestWord('Gender', ['id'])).toBeUndefined();
    expect(editDistance('SMEH', 'SEMH')).toBe(1);
  });

  it('prefers the same word in another case or spelling of separators over a near one, and never echoes', () => {
    expect(nearestWord('maintained_special', ['maintained-specials', 'maintained-special'])).toBe('maintained-special');
    expect(nearestWord('srp', ['srp'])).toBeUndefined();
    expect(nearestWord('abcdef', ['abcxyz'], 2)).toBeUndefined();
    expect(nearestWord('abcdxf', ['abcdef'], 1)).toBe('abcdef');
  });

  it('offers a word two edits away only when the words are long enough for it to be a slip', () => {
    const schoolFields = ['urn', 'name', 'kind', 'lot', 'ofsted', 'needs', 'ncYears', 'sex', 'annualFee'];
    expect(nearestWord('fee', schoolFields)).toBeUndefined(); // not sex: two of three letters changed
    expect(nearestWord('SRP', ['urn', 'srp'])).toBe('srp');
    expect(nearestWord('SRP', ['urn'])).toBeUndefined();
    expect(nearestWord('maxDistnceKm', ['maxDistanceKm'])).toBe('maxDistanceKm');
    expect(nearestWord('wieghts', ['weights', 'policy'])).toBe('weights');
    expect(nearestWord('ncYaer', schoolFields)).toBe('ncYears'); // two edits of six letters
    expect(nearestWord('SMH', ['SEMH', 'ASD'])).toBe('SEMH'); // one edit is always offered
  });
});

describe('strictFields and strictOptions', () => {
  it('hold their doc examples', () => {
    expect(strictFields({ srp: z.optional(z.number()) }).safeParse({ SRP: 1 }).error?.issues[0].message).toBe(
      'unknown field "SRP"; did you mean "srp"?',
    );
    expect(strictOptions({ runs: z.optional(z.number()) }).safeParse({ run: 5 }).error?.issues[0].message).toBe(
      'unknown option "run"; did you mean "runs"?',
    );
    expect(unknownFieldsMessage(['colour'], ['srp', 'maintained-special'])).toBe(
      'unknown field "colour"; the fields here are srp, maintained-special',
    );
  });

  it("keeps the object's own message for a value that is not an object", () => {
    const schema = strictFields({ a: z.number() }, { error: 'must be an object: { a }' });
    expect(schema.safeParse(3).error?.issues[0].message).toBe('must be an object: { a }');
  });
});

describe('no field written wrong is dropped without a word', () => {
  it("rejects an unknown field in every object of Kent's scenario, naming it by its path", () => {
    const objects = objectsIn(kent());
    expect(objects.length).toBeGreaterThan(100);
    for (const { path } of objects) {
      const scenario = kent();
      const target = objectsIn(scenario).find((o) => o.path === path)?.object as Record<string, unknown>;
      target.zzUnknown = 1;
      const issues = issuesOf(() => parseScenario(scenario));
      const at = path === '' ? 'zzUnknown' : `${path}.zzUnknown`;
      // Field objects name the field; maps keyed by data (needs, NC years, settings) reject the key as theirs.
      expect(
        issues.some((i) => i.path === at || i.path === path),
        `${path}: ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
  });

  it('names the field meant: a setting in capitals, a misspelt damping, low and high', () => {
    const scenario = kent();
    scenario.capacity.SRP = scenario.capacity.srp;
    delete scenario.capacity.srp;
    scenario.joiners.growthDampening = { value: 0.3, source: 'x' };
    scenario.independentRegardless.hgih = 0.1;
    expect(issuesOf(() => parseScenario(scenario)).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'joiners.growthDampening: unknown field "growthDampening"; did you mean "growthDamping"?',
      'independentRegardless.hgih: unknown field "hgih"; did you mean "high"?',
      'capacity.SRP: unknown field "SRP"; did you mean "srp"?',
    ]);
  });

  it('names each of several unknown fields in one object as a problem of its own, at its own path', () => {
    const policy = { wieghts: { travel: 1 }, maxDistanceKM: 30, weights: { trvel: 2, cost: 1, qualty: 3 } };
    expect(issuesOf(() => parsePolicy(policy)).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'weights.trvel: unknown field "trvel"; did you mean "travel"?',
      'weights.qualty: unknown field "qualty"; did you mean "quality"?',
      'wieghts: unknown field "wieghts"; did you mean "weights"?',
      'maxDistanceKM: unknown field "maxDistanceKM"; did you mean "maxDistanceKm"?',
    ]);
    const child = { id: 'c1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1.1 } };
    expect(issuesOf(() => rankSchools(child, [], undefined, { travl: [], limt: 3 } as never))).toEqual([
      { path: 'options.travl', message: 'unknown option "travl"; did you mean "travel"?' },
      { path: 'options.limt', message: 'unknown option "limt"; the options here are travel' },
    ]);
  });

  it('names each unknown key of a plain strict object (no message of its own) at its own path', () => {
    const issues = z.strictObject({ a: z.number() }).safeParse({ a: 1, b: 2, c: 3 }).error?.issues ?? [];
    expect(fromZodIssues(issues, ['x']).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'x.b: unknown option or field "b"',
      'x.c: unknown option or field "c"',
    ]);
  });

  it('rejects a misspelt policy field and a misspelt option of each entry that takes options', () => {
    expect(issuesOf(() => parsePolicy({ weights: { qualty: 2 } })).map((i) => i.path)).toEqual(['weights.qualty']);
    const calls: [string, () => unknown][] = [
      ['forecast', () => forecast([1, 2, 3, 4, 5], { horizon: 2, levls: [80] } as never)],
      ['simulateSufficiency', () => simulateSufficiency(kent(), { run: 5 } as never)],
      ['planCapacity', () => planCapacity(kent(), { budgetGbp: 1e6, candidates: [], objectiv: 'spend' } as never)],
      ['readCsv', () => readCsv('a\n1', { delimitr: ';' } as never)],
      ['estimateTransitions', () => estimateTransitions([TRANSITION, TRANSITION], { growthDampng: 0.5 } as never)],
    ];
    for (const [name, call] of calls) {
      const issues = issuesOf(call);
      expect(
        issues.some((i) => /unknown option "\w+"; did you mean "\w+"\?/.test(i.message)),
        `${name}: ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
  });
});
