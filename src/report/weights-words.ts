import { formatPercent } from './figure-format.js';

/** A share as a percentage: one decimal, two below 1% (0.15% is not 0.2%).
 *
 * @example
 * shareText(0.0015); // '0.15%'
 * shareText(0.25); // '25.0%'
 */
export function shareText(share: number): string {
  return formatPercent(share, share > 0 && share < 0.01 ? 2 : 1);
}

/**
 * Relative weights in words: the largest `named` as shares, the rest summed as "others", biggest first and ties by
 * key so the text is stable. Weights of 0 are left out.
 *
 * @example
 * weightsText({ ASD: 33, SLCN: 21, SEMH: 15, MLD: 10, HI: 21 }, 3);
 * // 'ASD 33.0%, HI 21.0%, SLCN 21.0%, 2 others 25.0%'
 */
export function weightsText(
  weights: Readonly<Record<string, number | undefined>>,
  named: number,
  nameOf: (key: string) => string = (key) => key,
): string {
  const entries = Object.entries(weights).filter((e): e is [string, number] => (e[1] ?? 0) > 0);
  const total = entries.reduce((t, [, w]) => t + w, 0);
  if (total <= 0) return '';
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = entries.slice(0, named).map(([k, w]) => `${nameOf(k)} ${shareText(w / total)}`);
  const rest = entries.slice(named);
  if (rest.length === 1) shown.push(`${nameOf(rest[0][0])} ${shareText(rest[0][1] / total)}`);
  else if (rest.length > 1)
    shown.push(`${rest.length} others ${shareText(rest.reduce((t, [, w]) => t + w, 0) / total)}`);
  return shown.join(', ');
}

/**
 * The NC years that carry weight, as a range: "NC -1 to 14", or one year.
 *
 * @example
 * ncYearsText({ '-1': 0.3, '0': 1, '14': 0.3 }); // 'NC -1 to 14'
 */
export function ncYearsText(weights: Readonly<Record<string, number | undefined>>): string {
  const years = Object.entries(weights)
    .filter(([, w]) => (w ?? 0) > 0)
    .map(([k]) => Number(k));
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? `NC ${lo}` : `NC ${lo} to ${hi}`;
}
