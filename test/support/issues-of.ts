import { expect } from 'vitest';
import { ValidationError } from '../../src/schema/validation-error.js';

/** Runs `f`, expects it to throw a ValidationError, and returns its issues. */
export function issuesOf(f: () => unknown): ValidationError['issues'] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}
