/**
 * Orders two URNs as text, by UTF-16 code units — the last tie-break of every ranking. Not
 * localeCompare, whose order depends on the machine's locale.
 *
 * @example
 * ['900010', '900002'].sort(compareUrn); // ['900002', '900010']
 */
export function compareUrn(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
