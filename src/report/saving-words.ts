import { formatGbp } from './figure-format.js';

/**
 * What a plan does to spend over its years, in words that stay true whatever the sign: "saves £112.2m", "costs
 * £48.3m more" (local places dearer than the placements they replace, or a setting left uncosted), or "saves
 * nothing" when the saving rounds to £0 — never "saves -£48.3m" or "saves £0".
 *
 * @param saving spend without the plan less spend with it, £ over the period
 * @param emphasis wraps the amount, e.g. in <strong> for the report (default: as it is)
 * @example
 * savingWords(112_200_000); // 'saves £112.2m'
 * savingWords(-48_300_000); // 'costs £48.3m more'
 * savingWords(0.4); // 'saves nothing'
 */
export function savingWords(saving: number, emphasis: (amount: string) => string = (amount) => amount): string {
  const amount = formatGbp(Math.abs(saving));
  if (amount === '£0') return 'saves nothing';
  return saving > 0 ? `saves ${emphasis(amount)}` : `costs ${emphasis(amount)} more`;
}
