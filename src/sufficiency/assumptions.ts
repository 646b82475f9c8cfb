import type { Scenario } from '../schema/scenario.js';

/**
 * One number of a scenario that sensitivity moves and simulation may draw: where it is, its source,
 * its value and plausible range. `ranged` says whether the range was stated in the scenario (only
 * those are drawn in simulation) or made from the default relative swing. Internal.
 */
export type Assumption = {
  path: string;
  source: string;
  value: number;
  low: number;
  high: number;
  ranged: boolean;
  /** Sets the value in a copy of the scenario (mutates the copy it is given). */
  set: (s: Scenario, v: number) => void;
};

type Ranged = { value: number; source: string; low?: number; high?: number };

/**
 * Lists a scenario's scalar assumptions in a fixed order (scalars, costs, capacity, joiners,
 * transitions). A transition rule contributes its `left` weight and, unless it starts in an
 * independent placement, its `independent` weight (weights before normalising).
 *
 * @example
 * listAssumptions(parseScenario(kent), 0.2)[0].path; // 'joiners.growthRate'
 */
export function listAssumptions(s: Scenario, swing: number): Assumption[] {
  const out: Assumption[] = [];
  const add = (path: string, n: Ranged, set: Assumption['set'], clamp: [number, number] = [-Infinity, Infinity]) => {
    const ranged = n.low !== undefined || n.high !== undefined;
    const d = Math.abs(n.value) * swing;
    const low = Math.max(clamp[0], n.low ?? n.value - d);
    const high = Math.min(clamp[1], n.high ?? n.value + d);
    out.push({ path, source: n.source, value: n.value, low, high, ranged, set });
  };
  add('joiners.growthRate', s.joiners.growthRate, (c, v) => (c.joiners.growthRate.value = v), [-0.99, Infinity]);
  add('independentRegardless', s.independentRegardless, (c, v) => (c.independentRegardless.value = v), [0, 1]);
  add('costs.feeUpliftRate', s.costs.feeUpliftRate, (c, v) => (c.costs.feeUpliftRate.value = v), [-0.99, Infinity]);
  for (const [setting, cost] of Object.entries(s.costs.bySetting)) {
    if (!cost) continue;
    const key = setting as keyof Scenario['costs']['bySetting'];
    add(`costs.bySetting.${setting}.annualFeeGbp`, cost.annualFeeGbp, (c, v) => (c.costs.bySetting[key]!.annualFeeGbp.value = v), [0, Infinity]);
    add(`costs.bySetting.${setting}.annualTransportGbp`, cost.annualTransportGbp, (c, v) => (c.costs.bySetting[key]!.annualTransportGbp.value = v), [0, Infinity]);
  }
  for (const key of ['srp', 'maintained-special'] as const) {
    const plan = s.capacity[key];
    if (!plan) continue;
    add(`capacity.${key}.base`, plan.base, (c, v) => (c.capacity[key]!.base.value = v), [0, Infinity]);
    plan.additions.forEach((a, i) =>
      add(`capacity.${key}.additions[${i}].places (${a.year}${a.need ? `, ${a.need}` : ''})`, { value: a.places, source: a.source, low: a.low, high: a.high }, (c, v) => (c.capacity[key]!.additions[i].places = v), [0, Infinity]),
    );
  }
  s.joiners.entries.forEach((e, i) => add(`joiners.entries[${i}].count`, { value: e.count, source: e.source }, (c, v) => (c.joiners.entries[i].count = v), [0, Infinity]));
  s.transitions.forEach((r, i) => {
    const label = `transitions[${i}] (${r.from}${r.need ? ` ${r.need}` : ''}, NC ${r.ncYears[0]}-${r.ncYears[1]})`;
    for (const dest of ['left', 'independent'] as const) {
      if (dest === 'independent' && r.from === 'independent') continue;
      const w = r.to[dest] ?? 0;
      if (w === 0) continue;
      add(`${label}.to.${dest}`, { value: w, source: r.source }, (c, v) => (c.transitions[i].to[dest] = v), [0, Infinity]);
    }
  });
  return out;
}
