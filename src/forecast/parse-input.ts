import * as z from 'zod/mini';
import { ValidationError, fromZodIssues, type ValidationIssueInput } from '../schema/validation-error.js';

type Parts = Record<string, readonly [z.core.$ZodType, unknown]>;

/**
 * Validates several arguments of one call together (a series, a method, options), so one
 * ValidationError lists every problem in all of them, each path starting with the argument's name.
 *
 * @param parts argument name -> [its zod schema, the value given]
 * @param what names the call in the error message ("forecast input")
 * @example
 * parseInputs({ series: [SeriesSchema, [1, 2]] }, 'input').series.values; // [1, 2]
 * parseInputs({ series: [SeriesSchema, [1]] }, 'input'); // throws ValidationError: series.values: a series needs at
 *   least 2 values to forecast from
 */
export function parseInputs<P extends Parts>(parts: P, what: string): { [K in keyof P]: z.output<P[K][0]> } {
  const out: Record<string, unknown> = {};
  const issues: ValidationIssueInput[] = [];
  for (const [name, [schema, value]] of Object.entries(parts)) {
    const result = z.safeParse(schema, value, { reportInput: true });
    if (result.success) out[name] = result.data;
    else issues.push(...fromZodIssues(result.error.issues, [name]));
  }
  if (issues.length > 0) throw new ValidationError(what, issues);
  return out as { [K in keyof P]: z.output<P[K][0]> };
}
