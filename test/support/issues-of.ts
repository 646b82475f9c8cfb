import { expect } from 'vitest';
import { ValidationError, type ValidationIssue } from '../../src/schema/validation-error.js';

/** Runs `f`, expects it to throw a ValidationError, and returns the error. */
export function validationErrorOf(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

/**
 * Runs `f`, expects it to throw a ValidationError whose every issue carries a machine-readable
 * code, and returns its issues without the codes, for tests that pin paths and messages (the codes
 * are pinned by codesOf and the tests of the messages).
 */
export function issuesOf(f: () => unknown): Omit<ValidationIssue, 'code'>[] {
  const { issues } = validationErrorOf(f);
  for (const issue of issues) expect(issue.code, `${issue.path}: ${issue.message}`).toMatch(/^[a-z_]+$/);
  return issues.map(({ code: _code, ...rest }) => rest);
}

/** Runs `f`, expects a ValidationError, and returns `path: code` for each issue. */
export function codesOf(f: () => unknown): string[] {
  return validationErrorOf(f).issues.map((issue) => `${issue.path}: ${issue.code}`);
}
