import { NEED_CODES } from '../needs.js';
import type { TransitionRule } from '../schema/scenario.js';
import { SETTINGS, type Setting } from '../schema/transition.js';
import { type Tally, type Weighted, effectiveCount } from './tally-history.js';

/** The observed share of children leaving (EHCP ended) from one setting in one band. */
export type LeaverRate = { from: Setting; ncYears: [number, number]; rate: number; children: number };

const DESTINATIONS = [...SETTINGS, 'left'] as const;
type Destination = (typeof DESTINATIONS)[number];

/** The destinations counted under `prefix` (`from|band|` or `from|need|band|`), and their total. */
function destinations(tally: Tally, prefix: string): { to: Partial<Record<Destination, number>>; total: Weighted } {
  const to: Partial<Record<Destination, number>> = {};
  const total = { w: 0, w2: 0 };
  for (const d of DESTINATIONS) {
    const c = tally.get(`${prefix}${d}`);
    if (!c) continue;
    to[d] = c.w;
    total.w += c.w;
    total.w2 += c.w2;
  }
  return { to, total };
}

/**
 * Transition rules from counted moves: for each setting and band a rule pooled over needs, then
 * one rule per need seen (the more specific rule wins in the model). `to` holds the weighted counts
 * and `evidence` their effective number, which simulation turns into a Dirichlet posterior; the
 * pooled rules also give the observed leaver rates.
 *
 * @example
 * // tally: tallyHistory of two mainstream ASD children in Year 6 in 2023, one moving to SRP, one staying
 * const { transitions } = rulesFromTally(tally.pooled, tally.specific, [[-5, 20]], 'estimated');
 * [transitions[0].to, transitions[0].evidence]; // [{ mainstream: 1, srp: 1 }, 2]
 */
export function rulesFromTally(
  pooled: Tally,
  specific: Tally,
  bands: Array<[number, number]>,
  source: string,
): { transitions: TransitionRule[]; leaverRates: LeaverRate[] } {
  const transitions: TransitionRule[] = [];
  const leaverRates: LeaverRate[] = [];
  for (const from of SETTINGS) {
    for (let b = 0; b < bands.length; b++) {
      const all = destinations(pooled, `${from}|${b}|`);
      if (all.total.w === 0) continue;
      const evidence = effectiveCount(all.total);
      transitions.push({ from, ncYears: bands[b], to: all.to, evidence, source });
      leaverRates.push({ from, ncYears: bands[b], rate: (all.to.left ?? 0) / all.total.w, children: evidence });
      for (const need of NEED_CODES) {
        const one = destinations(specific, `${from}|${need}|${b}|`);
        if (one.total.w > 0)
          transitions.push({ from, need, ncYears: bands[b], to: one.to, evidence: effectiveCount(one.total), source });
      }
    }
  }
  return { transitions, leaverRates };
}
