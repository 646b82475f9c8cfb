import * as z from 'zod/mini';
import { nearestWord } from './nearest.js';

type Noun = 'field' | 'option';

/**
 * An object of known fields that rejects any other: a field written wrong (`"SRP"` for `srp`,
 * `maxDistnceKm`) would otherwise be dropped without a word and its default used in its place, the
 * silent change of an assumption a planner cannot see. Each unknown field is named with the nearest
 * known one, or the list of known ones (see unknownFieldsMessage). `error` is the message of any
 * other problem with the object itself (not an object at all).
 *
 * @example
 * strictFields({ srp: z.optional(z.number()) }).safeParse({ SRP: 1 }).error?.issues[0].message;
 * // 'unknown field "SRP"; did you mean "srp"?'
 */
export function strictFields<const T extends z.core.$ZodLooseShape>(
  shape: T,
  params: { error?: string; noun?: Noun } = {},
) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue, known, params.noun) : params.error,
  });
}

/**
 * The message of an unknown-keys issue (see unknownFieldsMessage), for a strict object's error map.
 * It also gives the issue each key's own message: zod copies the issue's fields after asking for its
 * message, so they ride along, and fromZodIssues reports one problem per unknown field at its own path.
 *
 * @example
 * const schema = z.strictObject({ runs: z.number() }, { error: (i) => unknownKeysMessage(i, ['runs'], 'option') });
 * (schema.safeParse({ runs: 1, rnus: 2 }).error?.issues[0] as { keyMessages?: string[] }).keyMessages;
 * // ['unknown option "rnus"; did you mean "runs"?']
 */
export function unknownKeysMessage(
  issue: { keys: string[]; keyMessages?: string[] },
  known: readonly string[],
  noun: Noun = 'field',
): string {
  issue.keyMessages = issue.keys.map((key) => unknownFieldsMessage([key], known, noun));
  return unknownFieldsMessage(issue.keys, known, noun);
}

/**
 * strictFields for a function's options: an option written wrong (`{ run: 500 }` for `runs`) is an
 * error naming it, not a default used without a word.
 *
 * @example
 * strictOptions({ runs: z.optional(z.number()) }).safeParse({ run: 5 }).error?.issues[0].message;
 * // 'unknown option "run"; did you mean "runs"?'
 */
export function strictOptions<const T extends z.core.$ZodLooseShape>(shape: T, params: { error?: string } = {}) {
  return strictFields(shape, { ...params, noun: 'option' });
}

/**
 * What to say of fields an object does not have: each with the known field it is nearest to
 * (`unknown field "SRP"; did you mean "srp"?`), or, when one is near none, the fields there are.
 *
 * @example
 * unknownFieldsMessage(['colour'], ['srp', 'maintained-special']);
 * // 'unknown field "colour"; the fields here are srp, maintained-special'
 */
export function unknownFieldsMessage(keys: readonly string[], known: readonly string[], noun: Noun = 'field'): string {
  const parts = keys.map((key) => {
    const near = nearestWord(key, known);
    return near === undefined ? `unknown ${noun} "${key}"` : `unknown ${noun} "${key}"; did you mean "${near}"?`;
  });
  const said = parts.join('; ');
  if (keys.every((key) => nearestWord(key, known) !== undefined)) return said;
  return known.length === 0 ? `${said}; there are none here` : `${said}; the ${noun}s here are ${known.join(', ')}`;
}
