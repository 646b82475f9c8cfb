// Deep comparison of two JSON values allowing a last-bits difference in numbers: different V8
// versions (Node 20, Chromium, Deno) may round Math.sin or Math.cos one unit in the last place
// apart, and that is not a difference in the library's behaviour.

/** Paths where `a` and `b` differ: numbers by more than `relative` of their size, anything else at all. */
export function differences(a: unknown, b: unknown, relative = 1e-12, path = '$'): string[] {
  if (typeof a === 'number' && typeof b === 'number') {
    const close = a === b || Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));
    return close ? [] : [`${path}: ${a} != ${b}`];
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: length ${a.length} != ${b.length}`];
    return a.flatMap((x, i) => differences(x, b[i], relative, `${path}[${i}]`));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], relative, `${path}.${k}`),
    );
  }
  return Object.is(a, b) ? [] : [`${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`];
}
