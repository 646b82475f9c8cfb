import type { Loose } from '../schema/loose.js';
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import * as z from 'zod/mini';
import { UnnamedChildListSchema, type Child, type ChildInput } from '../schema/child.js';
import { parseWith } from '../schema/common.js';

/**
 * Shortest key accepted, in bytes (or characters for a text key). 16 bytes is 128 bits: below that a
 * key can be guessed, and then every digest can be reversed by hashing the council's list of ids.
 *
 * @example
 * PSEUDONYMISE_MIN_KEY_LENGTH; // 16
 */
export const PSEUDONYMISE_MIN_KEY_LENGTH = 16;

// The key's value is never echoed: a message that quoted it would leak it into logs.
const KEY_RULE =
  `key must be text of at least ${PSEUDONYMISE_MIN_KEY_LENGTH} characters (or UTF-8 bytes) or at least ` +
  `${PSEUDONYMISE_MIN_KEY_LENGTH} bytes`;
const KeySchema = z.union(
  [
    z
      .string({ error: KEY_RULE })
      .check(
        z.refine(
          (text) =>
            text.length >= PSEUDONYMISE_MIN_KEY_LENGTH || utf8ToBytes(text).length >= PSEUDONYMISE_MIN_KEY_LENGTH,
          { error: KEY_RULE },
        ),
      ),
    z
      .instanceof(Uint8Array, { error: KEY_RULE })
      .check(z.refine((bytes) => bytes.length >= PSEUDONYMISE_MIN_KEY_LENGTH, { error: KEY_RULE })),
  ],
  { error: KEY_RULE },
);

/** Half of a UTF-16 surrogate pair without its other half: UTF-8 turns every one into U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const InputSchema = z.object({
  // The ids are what this hides: a repeated one is named by its position, never by the id.
  children: UnnamedChildListSchema.check(
    z.superRefine((children, ctx) => {
      // Two ids that differ only in broken characters would hash alike: refused, never merged.
      children.forEach((child, i) => {
        if (LONE_SURROGATE.test(child.id))
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'id holds a broken character (half of a pair)' });
      });
    }),
  ),
  key: KeySchema,
});

/**
 * Replaces each child's id with a keyed HMAC-SHA-256 digest (64 hex characters), so a council can
 * share a cohort for matching or forecasting without sharing its case references. The same id and
 * key always give the same digest (records can be joined across files); without the key the
 * digest cannot be turned back into the id or recomputed from a guessed id. Keeps only the Child
 * fields matching needs (need codes, NC year, sex, home, residential, named school URN, distance
 * limit); every other field (names, notes, anything unknown) is dropped. `namedSchoolUrn` is kept
 * as it is: it names a school, not the child. `home` is kept exact because travel distances need
 * it; round it before sharing beyond the matching team.
 *
 * @param children child records, as parseChildren accepts them (extra fields allowed and dropped)
 * @param key the secret, text of at least 16 characters or at least 16 bytes; keep it out of the shared data
 * @returns new child records in the same order, ids replaced
 * @throws ValidationError listing every problem in the records or the key (never the key itself, nor an id)
 * @example
 * const [child] = pseudonymise(
 *   [{ id: 'C0001', name: 'dropped', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } }],
 *   'a council secret of 16+ chars',
 * );
 * child.id.length; // 64 (hex HMAC-SHA-256)
 * 'name' in child; // false
 * child.primaryNeed; // 'ASD'
 */
export function pseudonymise(children: Loose<readonly ChildInput[]>, key: string | Uint8Array): Child[] {
  const input = parseWith(InputSchema, { children, key }, 'pseudonymise input');
  // Pure-JS HMAC so the core runs in a browser and under Deno; the digest is RFC 2104 HMAC-SHA-256.
  const keyBytes = typeof input.key === 'string' ? utf8ToBytes(input.key) : input.key;
  return input.children.map((child) => ({ ...child, id: bytesToHex(hmac(sha256, keyBytes, utf8ToBytes(child.id))) }));
}
