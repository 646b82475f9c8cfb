// What every entry point must do with any input: return an output with no NaN or Infinity anywhere,
// or throw a ValidationError that lists its problems. Anything else (a TypeError from deep inside,
// a RangeError, a NaN in a total) is a bug.

/** What one call ended in. */
export type Outcome = 'output' | 'validation-error';

/**
 * The path of the first number in `value` that is NaN or ±Infinity (typed arrays included), or of
 * a hole in an array (it would turn into null in JSON), or undefined when there is neither.
 * Cycles are followed once.
 */
export function findNonFinite(value: unknown, path = '(root)', seen = new Set<object>()): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (typeof value === 'bigint' || value === null || typeof value !== 'object') return undefined;
  if (seen.has(value)) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const items = value as unknown as ArrayLike<number | bigint>;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (typeof x === 'number' && !Number.isFinite(x)) return `${path}[${i}] = ${x}`;
    }
    return undefined;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) {
      const found = findNonFinite(v, `${path}.get(${String(k)})`, seen);
      if (found) return found;
    }
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `${path}[${i}] is a hole`;
      const found = findNonFinite(value[i], `${path}[${i}]`, seen);
      if (found) return found;
    }
    return undefined;
  }
  const entries = Object.entries(value).map(([k, v]) => [`.${k}`, v] as const);
  for (const [key, v] of entries) {
    const found = findNonFinite(v, `${path}${key}`, seen);
    if (found) return found;
  }
  return undefined;
}

/** Why `e` is not an acceptable ValidationError, or undefined when it is one. */
export function validationErrorProblem(e: unknown): string | undefined {
  if (!(e instanceof Error)) return `threw a non-Error: ${String(e)}`;
  if (e.name !== 'ValidationError')
    return `threw ${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`;
  const issues = (e as Error & { issues?: unknown }).issues;
  if (!Array.isArray(issues) || issues.length === 0) return 'ValidationError without issues';
  for (const issue of issues) {
    const { path, message } = (issue ?? {}) as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || path === '') return `issue without a path: ${JSON.stringify(issue)}`;
    if (typeof message !== 'string' || message === '') return `issue without a message: ${JSON.stringify(issue)}`;
  }
  return undefined;
}

/**
 * Runs `call` and classifies what it did; throws (failing the property) when it returned a
 * non-finite number or threw anything other than a well-formed ValidationError.
 */
export async function outcomeOf(call: () => unknown): Promise<Outcome> {
  let output: unknown;
  try {
    output = await call();
  } catch (e) {
    const problem = validationErrorProblem(e);
    if (problem) throw new Error(problem);
    return 'validation-error';
  }
  const bad = findNonFinite(output);
  if (bad) throw new Error(`non-finite number in the output at ${bad}`);
  return 'output';
}
