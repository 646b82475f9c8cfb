import { formatCount } from './figure-format.js';

/**
 * A count with its noun, singular when the count reads as 1: the report never says "1 schools". The count is
 * written as formatCount writes it (rounded, grouped), and the noun agrees with what the reader sees.
 *
 * @param count how many
 * @param one the noun for one (`school`)
 * @param many the noun for any other count (default: `one` + `s`)
 *
 * @example
 * countNoun(1, 'school'); // '1 school'
 * countNoun(1172, 'child', 'children'); // '1,172 children'
 * countNoun(0, 'run'); // '0 runs'
 */
export function countNoun(count: number, one: string, many = `${one}s`): string {
  const written = formatCount(count);
  return `${written} ${written === '1' ? one : many}`;
}
