/**
 * Compares two strings by UTF-16 code unit, for sorting that is the same on every machine
 * (`localeCompare` depends on the locale and ICU version, so outputs would not be byte-identical).
 *
 * @example
 * ['b', 'B', 'a'].sort(byCodePoint); // ['B', 'a', 'b']
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
