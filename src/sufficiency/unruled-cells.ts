import { NEED_CODES } from '../needs.js';
import { NC_YEAR_MIN } from '../schema/common.js';
import { SETTINGS } from '../schema/transition.js';
import type { CompiledScenario } from './compile-scenario.js';
import { CELLS, D, LEFT, N, S, Y } from './state-space.js';

/**
 * Years children reach (from the stock, the joiners and the moves between them) in a setting no
 * transition rule covers, one line a setting. The model keeps such children where they are, a
 * year older each year, until they pass maxNcYear: valid, but seldom meant, and otherwise silent.
 *
 * @example
 * unruledCells(compileScenario(parseScenario({ ...kent, transitions: kent.transitions.slice(1) })));
 * // ['transitions: no rule covers children entering NC years 0 to 6 in mainstream (every need), so they
 * //  stay there, a year older each year, until they pass NC year 14']
 */
export function unruledCells(m: CompiledScenario): string[] {
  const reached = new Uint8Array(CELLS);
  for (let i = 0; i < CELLS; i++) reached[i] = m.stock[i] > 0 || m.joiners[i] > 0 || m.perHead[i] > 0 ? 1 : 0;
  const found = SETTINGS.map(() => ({ needs: new Set<string>(), years: new Set<number>() }));
  const topSlot = m.maxNcYear - NC_YEAR_MIN;
  // Moves go from one NC year to the next, so one pass in NC-year order reaches every cell.
  for (let slot = 0; slot < topSlot; slot++) {
    for (let st = 0; st < S; st++) {
      for (let n = 0; n < N; n++) {
        const i = (st * N + n) * Y + slot;
        if (!reached[i]) continue;
        if (m.unruled[i + 1]) {
          found[st].needs.add(NEED_CODES[n]);
          found[st].years.add(slot + 1 + NC_YEAR_MIN);
        }
        for (let d = 0; d < LEFT; d++) if (m.moves[(i + 1) * D + d] > 0) reached[(d * N + n) * Y + slot + 1] = 1;
      }
    }
  }
  return found.flatMap(({ needs, years }, st) => {
    if (years.size === 0) return [];
    const needList = needs.size === m.needs.length ? 'every need' : [...needs].join(', ');
    return [
      `transitions: no rule covers children entering NC years ${yearRanges([...years])} in ${SETTINGS[st]} ` +
        `(${needList}), so they stay there, a year older each year, until they pass NC year ${m.maxNcYear}`,
    ];
  });
}

/** Sorted whole numbers as runs: [1, 2, 3, 7] -> '1 to 3, 7'. */
function yearRanges(years: number[]): string {
  years.sort((a, b) => a - b);
  const runs: string[] = [];
  for (let k = 0; k < years.length; ) {
    let j = k;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(j === k ? `${years[k]}` : `${years[k]} to ${years[j]}`);
    k = j + 1;
  }
  return runs.join(', ');
}
