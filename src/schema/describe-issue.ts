import type * as z from 'zod/mini';

/** The message zod/mini gives an issue when neither the schema nor the check gave one (it loads no locale). */
export const GENERIC_MESSAGE = 'Invalid input';

/**
 * A readable message for a zod issue that came without one: zod/mini loads no locale, so a check
 * or an unknown key without a message of its own says only "Invalid input". Says what the rule is
 * from the issue's own fields (the expected type, the allowed values, the bound, the unknown keys:
 * field names, never the input's values).
 *
 * @param issue a zod issue
 * @example
 * describeIssue({ code: 'unrecognized_keys', keys: ['limt'], path: [], message: 'Invalid input', input: {} });
 * // 'unknown option or field "limt"'
 * describeIssue({ code: 'too_big', origin: 'array', maximum: 2, inclusive: true, path: [], message: '', input: [] });
 * // 'must have at most 2 items'
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}`;
    case 'unrecognized_keys':
      return `unknown option or field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return `must ${verb(issue.origin)} at most ${bound(issue.maximum, issue.origin)}`;
    case 'too_small':
      return `must ${verb(issue.origin)} at least ${bound(issue.minimum, issue.origin)}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'invalid_element':
      return 'has an element that is not allowed';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return 'is not valid';
  }
}

/** A list must "have" at most n items; a number must "be" at most n. */
function verb(origin: string): string {
  return origin === 'array' || origin === 'set' ? 'have' : 'be';
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function bound(value: number | bigint, origin: string): string {
  const n = String(value);
  if (origin === 'array' || origin === 'set') return `${n} ${n === '1' ? 'item' : 'items'}`;
  if (origin === 'string') return `${n} ${n === '1' ? 'character' : 'characters'}`;
  return n;
}

/**
 * The message a planner reads for a zod issue: "is required" for a missing field, the schema's or
 * check's own message, or, where zod/mini gave only "Invalid input", one built by describeIssue.
 *
 * @example
 * const missing = { code: 'invalid_type', expected: 'number', path: ['ncYear'], message: 'must be a number' } as const;
 * issueMessage({ ...missing, input: undefined }); // 'is required'
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (isMissing(issue)) return 'is required';
  return issue.message === GENERIC_MESSAGE ? describeIssue(issue) : issue.message;
}

/**
 * Whether an issue is about a field that is not there at all: zod calls it a wrong type, or, for a
 * field read through a transform (a need code, a label), a value not among the allowed ones. Either
 * way the input is undefined, and the planner needs to hear "is required", not "unknown need code".
 * Needs the issue's input (`reportInput: true`).
 *
 * @example
 * isMissing({ code: 'invalid_value', values: ['ASD'], path: ['primaryNeed'], message: '', input: undefined }); // true
 */
export function isMissing(issue: z.core.$ZodIssue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
}
