import type { AssumptionWords } from './assumption-words.js';
import { formatDecimals } from './figure-format.js';

/** Most decimals a shared precision goes to: formatPercent's own limit. */
const MAX_DECIMALS = 4;

/** Rounding may move a rate by at most this share of itself: about two significant figures (3.63% is not 4%). */
const MAX_ROUNDING = 0.05;

const rounded = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** Whether `decimals` writes every value close to itself and each pair's two values apart (unless they are equal). */
function fits(pairs: readonly (readonly [number, number])[], decimals: number): boolean {
  return pairs.every(
    ([low, high]) =>
      [low, high].every((v) => Math.abs(rounded(v, decimals) - v) <= MAX_ROUNDING * Math.abs(v)) &&
      (low === high || rounded(low, decimals) !== rounded(high, decimals)),
  );
}

/**
 * The fewest decimals (0 to 4) that write every rate of a table or chart to about two significant figures and
 * each row's low apart from its high, so the rates read alike ('2%' beside '80%', or '2.0%' beside '3.6%', never
 * '3%' beside '2.75%').
 *
 * @param pairs each row's low and high as written before the unit (percent: 3.63 for 3.63%)
 * @example
 * sharedDecimals([[2, 7], [80, 120]]); // 0
 * sharedDecimals([[2, 7], [3.63, 5.35]]); // 1
 */
export function sharedDecimals(pairs: readonly (readonly [number, number])[]): number {
  for (let decimals = 0; decimals < MAX_DECIMALS; decimals++) if (fits(pairs, decimals)) return decimals;
  return MAX_DECIMALS;
}

/**
 * The low and high values of a table's assumptions as it writes them: every rate (a percentage, or children per
 * 1,000) to the one precision sharedDecimals gives for them all, other values as their words write them.
 *
 * @param rows each assumption's words (describeAssumption) with its low and high value
 * @example
 * const growth = describeAssumption('joiners.growthRate');
 * const asd = describeAssumption('joiners.byNeed.ASD.scale');
 * writeAssumptionValues([{ words: growth, low: 0.02, high: 0.07 }, { words: asd, low: 0.8, high: 1.2 }]);
 * // [{ low: '2%', high: '7%' }, { low: '80%', high: '120%' }]
 */
export function writeAssumptionValues(
  rows: readonly { words: AssumptionWords; low: number; high: number }[],
): { low: string; high: string }[] {
  const pairs = rows.flatMap(({ words, low, high }) =>
    words.rate ? [[words.rate.shown(low), words.rate.shown(high)] as const] : [],
  );
  const decimals = sharedDecimals(pairs);
  const write = (words: AssumptionWords, value: number) =>
    words.rate ? `${formatDecimals(words.rate.shown(value), decimals)}${words.rate.unit}` : words.format(value);
  return rows.map(({ words, low, high }) => ({ low: write(words, low), high: write(words, high) }));
}
