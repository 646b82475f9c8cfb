import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChild, parseChildren } from '../../src/schema/child.js';
import { childArb } from '../support/arbitraries.js';
import { codesOf, issuesOf } from '../support/issues-of.js';

const valid = { id: 'C0001', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } };

/** Ways to break each field of a valid child, so that exactly that field is wrong. */
const breakers: Record<string, unknown[]> = {
  id: ['', 4.2, -1, null],
  primaryNeed: ['XYZ', 'a s d', 3],
  secondaryNeeds: [['ASD', 'NOPE'], 'ASD'],
  ncYear: [7.5, -6, 21, '7', Number.NaN],
  sex: ['other', 1],
  home: [{ lat: 91, lon: 0 }, { lat: 0, lon: -181 }, { lat: Number.NaN, lon: 0 }, 'Kent'],
  residential: ['yes', 1],
  namedSchoolUrn: ['', 1.5, true],
  maxDistanceKm: [0, -5, Number.POSITIVE_INFINITY],
};

describe('parseChild', () => {
  it('returns a valid child unchanged', () => {
    expect(parseChild(valid)).toEqual(valid);
  });

  it('reads sex in any case or as M / F, and a need by its DfE name', () => {
    const child = { ...valid, primaryNeed: 'Autistic Spectrum Disorder', secondaryNeeds: ['semh'] };
    expect(parseChild({ ...child, sex: 'Male' })).toEqual({ ...valid, secondaryNeeds: ['SEMH'], sex: 'male' });
    expect(parseChild({ ...valid, sex: 'F' }).sex).toBe('female');
    expect(issuesOf(() => parseChild({ ...valid, sex: 'X' })).map((i) => i.message)).toEqual([
      "sex must be 'female' or 'male'",
    ]);
  });

  it('lists every problem, each with its path, not only the first', () => {
    const issues = issuesOf(() => parseChild({ id: 'c1', primaryNeed: 'XYZ', ncYear: 7.5 }));
    expect(issues.map((i) => i.path)).toEqual(['primaryNeed', 'ncYear', 'home']);
    expect(issues[2].message).toBe('is required');
  });

  it('keeps an id or a URN written as a whole number as its text, as JSON from other systems writes them', () => {
    const child = parseChild({ ...valid, id: 1234, namedSchoolUrn: 900001 });
    expect([child.id, child.namedSchoolUrn]).toEqual(['1234', '900001']);
  });

  it('says a need left out is required, not unknown', () => {
    const { primaryNeed: _, ...withoutNeed } = valid;
    expect(issuesOf(() => parseChild(withoutNeed))).toEqual([{ path: 'primaryNeed', message: 'is required' }]);
  });

  it('rejects an unknown need code with the list of valid ones', () => {
    const [issue] = issuesOf(() => parseChild({ ...valid, primaryNeed: 'Autism' }));
    expect(issue.message).toContain('ASD, SEMH, SLCN, MLD, SLD, PMLD, SpLD, HI, VI, MSI, PD, OTH, NSA');
  });

  it('never echoes the bad value in the message', () => {
    let message = '';
    try {
      parseChild({ ...valid, primaryNeed: 'MARKER-7731', sex: 'MARKER-7731' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/Invalid child/);
    expect(message).not.toContain('MARKER-7731');
  });

  it('has a readable message and the name ValidationError', () => {
    try {
      parseChild({});
    } catch (e) {
      expect((e as Error).name).toBe('ValidationError');
      expect((e as Error).message).toMatch(/^Invalid child \(4 problems\):\n {2}- id: is required/);
    }
  });

  it('parses every valid generated child to itself', () => {
    fc.assert(
      fc.property(childArb, (child) => {
        expect(parseChild(child)).toEqual(child);
      }),
    );
  });

  it('names the field when any one field is broken', () => {
    const cases = Object.entries(breakers).flatMap(([field, bad]) => bad.map((value) => [field, value] as const));
    fc.assert(
      fc.property(childArb, fc.constantFrom(...cases), (child, [field, value]) => {
        const issues = issuesOf(() => parseChild({ ...child, [field]: value }));
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect(issue.path.split(/[.[]/)[0]).toBe(field);
      }),
    );
  });
});

describe('parseChildren', () => {
  it('reports a duplicate id instead of merging it', () => {
    const issues = issuesOf(() => parseChildren([valid, { ...valid }]));
    expect(issues).toEqual([{ path: '[1].id', message: 'duplicate child id C0001 (first at [0])' }]);
  });

  it('prefixes problems with the index of the record', () => {
    const issues = issuesOf(() => parseChildren([valid, { ...valid, id: 'C2', ncYear: 99 }]));
    expect(issues.map((i) => i.path)).toEqual(['[1].ncYear']);
  });
});

describe('issue codes', () => {
  it('gives each problem a machine-readable code: required, a zod code, or duplicate', () => {
    expect(codesOf(() => parseChild({ id: 'C1', primaryNeed: 'ASD', ncYear: 7.5 }))).toEqual([
      'ncYear: invalid_type',
      'home: required',
    ]);
    expect(codesOf(() => parseChildren([valid, { ...valid }]))).toEqual(['[1].id: duplicate']);
  });
});
