import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudonymise } from '../../src/privacy/pseudonymise.js';
import { ChildSchema } from '../../src/schema/child.js';
import { childArb } from '../support/arbitraries.js';

const KEY = 'kent-send-team-2026-secret';
const base = { id: 'C0001', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } };

describe('pseudonymise', () => {
  it('replaces the id with the hex HMAC-SHA-256 of the id under the key', () => {
    const [child] = pseudonymise([base], KEY);
    expect(child.id).toBe(createHmac('sha256', KEY).update('C0001').digest('hex'));
    expect(child.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses ids with half a surrogate pair, which UTF-8 would turn into the same digest', () => {
    expect(() =>
      pseudonymise(
        [
          { ...base, id: '\uD800' },
          { ...base, id: '\uDBFF' },
        ],
        KEY,
      ),
    ).toThrow(/children\[0\]\.id: id holds a broken character[\s\S]*children\[1\]\.id/);
    // A whole pair is a character like any other.
    expect(pseudonymise([{ ...base, id: 'C😀' }], KEY)[0].id).toBe(
      createHmac('sha256', KEY).update('C😀').digest('hex'),
    );
  });

  it('takes a text key of 16 UTF-8 bytes as of 16 bytes, as Node does', () => {
    const key = '🔑'.repeat(4); // 8 UTF-16 units, 16 UTF-8 bytes
    expect(pseudonymise([base], key)[0].id).toBe(createHmac('sha256', key).update('C0001').digest('hex'));
    expect(() => pseudonymise([base], '🔑'.repeat(3))).toThrow(/key must be text of at least 16 characters/);
  });

  it('does what its doc example says', () => {
    const [child] = pseudonymise(
      [{ id: 'C0001', name: 'dropped', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } }],
      'a council secret of 16+ chars',
    );
    expect(child.id.length).toBe(64);
    expect('name' in child).toBe(false);
    expect(child.primaryNeed).toBe('ASD');
  });

  it('gives the same digest for the same key and a different one for another key', () => {
    const a = pseudonymise([base], KEY)[0].id;
    expect(pseudonymise([base], KEY)[0].id).toBe(a);
    expect(pseudonymise([base], `${KEY}-2`)[0].id).not.toBe(a);
    expect(pseudonymise([base], new TextEncoder().encode(KEY))[0].id).toBe(a);
  });

  it('keeps the matching fields, including the named school URN, and drops free text and unknown fields', () => {
    const full = {
      ...base,
      secondaryNeeds: ['SLCN'],
      sex: 'female',
      residential: true,
      namedSchoolUrn: '900001',
      maxDistanceKm: 25,
      name: 'Jane Example',
      notes: 'lives with grandparents',
      dateOfBirth: '2014-03-01',
    };
    const [child] = pseudonymise([full], KEY);
    const { id: _id, name: _name, notes: _notes, dateOfBirth: _dob, ...kept } = full;
    expect(child).toEqual({ id: child.id, ...kept });
    expect(Object.keys(child).every((k) => k in ChildSchema.shape)).toBe(true);
  });

  it('keeps order and one output per child, with distinct digests for distinct ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(childArb, { selector: (c) => c.id, maxLength: 20 }), (children) => {
        const out = pseudonymise(children, KEY);
        expect(out.map((c) => c.primaryNeed)).toEqual(children.map((c) => c.primaryNeed));
        expect(new Set(out.map((c) => c.id)).size).toBe(children.length);
      }),
      { numRuns: 50 },
    );
  });

  it('names a repeated id by its position only, never by the id it exists to hide', () => {
    const id = 'Jane Example 2014-03-01';
    try {
      pseudonymise([{ ...base, id }, base, { ...base, id: ` ${id} ` }], KEY);
      expect.unreachable('should have thrown');
    } catch (e) {
      const err = e as Error & { issues: { path: string; message: string; code: string }[] };
      expect(err.issues).toEqual([
        { path: 'children[2].id', message: 'duplicate child id (first at [0])', code: 'duplicate' },
      ]);
      expect(`${err}${err.message}${JSON.stringify(err.issues)}`).not.toContain('Jane');
    }
  });

  it('rejects duplicate ids rather than merging them', () => {
    try {
      pseudonymise([base, base], KEY);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect((e as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['children[1].id']);
    }
  });

  it('does not change the records it is given', () => {
    const input = [{ ...base, name: 'x' }];
    const copy = structuredClone(input);
    pseudonymise(input, KEY);
    expect(input).toEqual(copy);
  });

  it('rejects a key shorter than 16 characters or bytes without echoing it', () => {
    for (const key of ['short-key', new Uint8Array(15), 42 as unknown as string, undefined as unknown as string]) {
      try {
        pseudonymise([base], key);
        expect.unreachable('should have thrown');
      } catch (e) {
        expect((e as Error).name).toBe('ValidationError');
        expect((e as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['key']);
        if (typeof key === 'string') expect((e as Error).message).not.toContain(key);
      }
    }
  });

  it('lists every problem in the records and the key together, naming children by id only', () => {
    try {
      pseudonymise(
        [{ id: 'C9', name: 'MARKER-NAME', primaryNeed: 'MARKER-NEED', ncYear: 7, home: base.home }, base],
        'x',
      );
      expect.unreachable('should have thrown');
    } catch (e) {
      const paths = (e as { issues: { path: string }[] }).issues.map((i) => i.path);
      expect(paths).toEqual(['children[0].primaryNeed', 'key']);
      expect((e as Error).message).not.toContain('MARKER');
    }
  });
});
