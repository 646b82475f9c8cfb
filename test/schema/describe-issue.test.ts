import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeIssue, GENERIC_MESSAGE, issueMessage } from '../../src/schema/describe-issue.js';
import { fromZodIssues } from '../../src/schema/validation-error.js';

const issuesOf = (schema: z.ZodMiniType, input: unknown) =>
  z.safeParse(schema, input, { reportInput: true }).error?.issues ?? [];

describe('describeIssue', () => {
  it("says what rule a zod/mini issue without a message of its own breaks, from the issue's fields", () => {
    expect(issuesOf(z.strictObject({ a: z.number() }), { a: 1, limt: 2 }).map(describeIssue)).toEqual([
      'unknown option or field "limt"',
    ]);
    expect(issuesOf(z.enum(['lot1', 'lot2']), 'lot3').map(describeIssue)).toEqual(['must be one of "lot1", "lot2"']);
    expect(issuesOf(z.array(z.number()).check(z.maxLength(2)), [1, 2, 3]).map(describeIssue)).toEqual([
      'must have at most 2 items',
    ]);
    expect(issuesOf(z.number().check(z.minimum(5)), 3).map(describeIssue)).toEqual(['must be at least 5']);
    expect(issuesOf(z.union([z.string(), z.number()]), true).map(describeIssue)).toEqual([
      'matches none of the allowed forms',
    ]);
    expect(issuesOf(z.object({ n: z.number() }), { n: 'x' }).map(describeIssue)).toEqual(['must be a number']);
  });

  it('never echoes the input value', () => {
    const secret = 'C0001-SECRET';
    for (const schema of [z.number(), z.enum(['a']), z.strictObject({}), z.union([z.number(), z.boolean()])]) {
      for (const issue of issuesOf(schema, secret)) expect(describeIssue(issue)).not.toContain(secret);
    }
    for (const issue of issuesOf(z.strictObject({}), { [secret]: 1 })) {
      expect(describeIssue(issue)).toBe(`unknown option or field "${secret}"`);
    }
  });
});

describe('issueMessage', () => {
  it("keeps a schema's own message, says a missing field is required, and describes zod/mini's bare one", () => {
    expect(issuesOf(z.number({ error: 'must be a year' }), 'x').map(issueMessage)).toEqual(['must be a year']);
    expect(issuesOf(z.object({ n: z.number({ error: 'must be a year' }) }), {}).map(issueMessage)).toEqual([
      'is required',
    ]);
    const bare = issuesOf(z.strictObject({}), { extra: 1 });
    expect(bare[0].message).toBe(GENERIC_MESSAGE);
    expect(fromZodIssues(bare)).toEqual([
      { path: 'extra', message: 'unknown option or field "extra"', code: 'unrecognized_keys' },
    ]);
  });
});
