import { SCENARIO_LIMITS, type Scenario } from '../schema/scenario.js';

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

// Where each kind of number may swing. Rates stop at -0.99, not at the schema's exclusive -1: a rate
// of -1 is not a scenario, and -0.99 already removes 99% of joiners or fees a year.
const RATE: [number, number] = [-0.99, SCENARIO_LIMITS.maxRate];
const GBP: [number, number] = [0, SCENARIO_LIMITS.maxAnnualGbp];
const PLACES: [number, number] = [0, SCENARIO_LIMITS.maxPlaces];
const CHILDREN: [number, number] = [0, SCENARIO_LIMITS.maxChildren];
const WEIGHT: [number, number] = [0, SCENARIO_LIMITS.maxWeight];

/**
 * Joiner entries above this many, each of one need (an estimate's: one per need and NC year), are
 * moved together by need: a tornado bar for "new ASD EHCPs" reads to a committee, 26 bars for ASD in
 * each NC year do not, and each bar costs two projections (the birth-to-25 estimate has 215 entries).
 * A hand-written scenario's few entries stay one by one.
 */
const JOINER_GROUP_ABOVE = 20;

/**
 * The one need a joiner entry (or a census block) is for, or undefined when it mixes needs.
 *
 * @example
 * onlyNeed({ needs: { ASD: 1, SEMH: 0 } }); // 'ASD'
 */
export function onlyNeed(entry: { needs: Partial<Record<string, number>> }): string | undefined {
  const needs = Object.entries(entry.needs).filter(([, w]) => (w ?? 0) > 0);
  return needs.length === 1 ? needs[0][0] : undefined;
}

/** The joiner entries' indices by need when they are many and each is of one need; undefined otherwise. */
function joinerGroups(s: Scenario): Map<string, number[]> | undefined {
  const entries = s.joiners.entries;
  if (entries.length <= JOINER_GROUP_ABOVE) return undefined;
  const groups = new Map<string, number[]>();
  for (const [i, e] of entries.entries()) {
    const need = onlyNeed(e);
    if (need === undefined) return undefined;
    groups.set(need, [...(groups.get(need) ?? []), i]);
  }
  return groups;
}

/**
 * Lists a scenario's scalar assumptions in a fixed order (scalars, the joiner growth's damping when
 * the scenario gives one, costs, capacity, joiners (a count, or a rate per head of population; for
 * more than JOINER_GROUP_ABOVE entries of one need each, one scale factor per need, path
 * `joiners.byNeed.<need>.scale`, value 1), transitions). A transition rule contributes its `left`
 * weight and, unless it starts in an independent placement, its `independent` weight (weights
 * before normalising); for more than TRANSITION_GROUP_ABOVE rules with need-specific ones among
 * them, one scale factor per (setting, band, destination) across needs, path
 * `transitions.byBand (<from>, NC <lo>-<hi>).to.<left|independent>.scale`, value 1.
 *
 * @example
 * listAssumptions(parseScenario(kent), 0.2)[0].path; // 'joiners.growthRate'
 */
export function listAssumptions(s: Scenario, swing: number): Assumption[] {
  const out: Assumption[] = [];
  // A swing stays inside the scenario's bounds (SCENARIO_LIMITS), so a low or high run is a scenario
  // the schema accepts and its outputs stay finite; and it never crosses the value itself.
  const add = (path: string, n: Ranged, set: Assumption['set'], clamp: [number, number]) => {
    const ranged = n.low !== undefined || n.high !== undefined;
    const d = Math.abs(n.value) * swing;
    const low = Math.min(n.value, Math.max(clamp[0], n.low ?? n.value - d));
    const high = Math.max(n.value, Math.min(clamp[1], n.high ?? n.value + d));
    out.push({ path, source: n.source, value: n.value, low, high, ranged, set });
  };
  add('joiners.growthRate', s.joiners.growthRate, (c, v) => (c.joiners.growthRate.value = v), RATE);
  const damping = s.joiners.growthDamping;
  if (damping) add('joiners.growthDamping', damping, (c, v) => (c.joiners.growthDamping!.value = v), [0, 1]);
  add('independentRegardless', s.independentRegardless, (c, v) => (c.independentRegardless.value = v), [0, 1]);
  add('costs.feeUpliftRate', s.costs.feeUpliftRate, (c, v) => (c.costs.feeUpliftRate.value = v), RATE);
  for (const [setting, cost] of Object.entries(s.costs.bySetting)) {
    if (!cost) continue;
    const key = setting as keyof Scenario['costs']['bySetting'];
    add(
      `costs.bySetting.${setting}.annualFeeGbp`,
      cost.annualFeeGbp,
      (c, v) => (c.costs.bySetting[key]!.annualFeeGbp.value = v),
      GBP,
    );
    add(
      `costs.bySetting.${setting}.annualTransportGbp`,
      cost.annualTransportGbp,
      (c, v) => (c.costs.bySetting[key]!.annualTransportGbp.value = v),
      GBP,
    );
  }
  for (const key of ['srp', 'maintained-special'] as const) {
    const plan = s.capacity[key];
    if (!plan) continue;
    add(`capacity.${key}.base`, plan.base, (c, v) => (c.capacity[key]!.base.value = v), PLACES);
    plan.additions.forEach((a, i) => {
      add(
        `capacity.${key}.additions[${i}].places (${a.year}${a.need ? `, ${a.need}` : ''})`,
        { value: a.places, source: a.source, low: a.low, high: a.high },
        (c, v) => (c.capacity[key]!.additions[i].places = v),
        PLACES,
      );
    });
  }
  const byNeed = joinerGroups(s);
  if (byNeed)
    for (const [need, indices] of byNeed)
      add(
        `joiners.byNeed.${need}.scale`,
        { value: 1, source: s.joiners.entries[indices[0]].source },
        (c, v) => {
          for (const i of indices) {
            const e = c.joiners.entries[i];
            if (e.rate !== undefined) e.rate = Math.min(1, e.rate * v);
            else e.count = Math.min(CHILDREN[1], (e.count ?? 0) * v);
          }
        },
        [0, Number.POSITIVE_INFINITY],
      );
  else
    s.joiners.entries.forEach((e, i) => {
      if (e.rate !== undefined)
        add(
          `joiners.entries[${i}].rate`,
          { value: e.rate, source: e.source },
          (c, v) => (c.joiners.entries[i].rate = v),
          [0, 1],
        );
      else
        add(
          `joiners.entries[${i}].count`,
          { value: e.count ?? 0, source: e.source },
          (c, v) => (c.joiners.entries[i].count = v),
          CHILDREN,
        );
    });
  const bands = transitionGroups(s);
  if (bands)
    for (const { from, ncYears, rules } of bands)
      for (const dest of ['left', 'independent'] as const) {
        if (dest === 'independent' && from === 'independent') continue;
        const moving = rules.filter((i) => (s.transitions[i].to[dest] ?? 0) > 0);
        if (moving.length === 0) continue;
        add(
          `transitions.byBand (${from}, NC ${ncYears[0]}-${ncYears[1]}).to.${dest}.scale`,
          { value: 1, source: s.transitions[moving[0]].source },
          (c, v) => {
            for (const i of moving)
              c.transitions[i].to[dest] = Math.min(WEIGHT[1], (c.transitions[i].to[dest] ?? 0) * v);
          },
          [0, Number.POSITIVE_INFINITY],
        );
      }
  else
    s.transitions.forEach((r, i) => {
      const label = `transitions[${i}] (${r.from}${r.need ? ` ${r.need}` : ''}, NC ${r.ncYears[0]}-${r.ncYears[1]})`;
      for (const dest of ['left', 'independent'] as const) {
        if (dest === 'independent' && r.from === 'independent') continue;
        const w = r.to[dest] ?? 0;
        if (w === 0) continue;
        add(`${label}.to.${dest}`, { value: w, source: r.source }, (c, v) => (c.transitions[i].to[dest] = v), WEIGHT);
      }
    });
  return out;
}

/**
 * Transition rules above this many, with rules for single needs among them (an estimate's: one per
 * setting, need and NC-year band, and one pooled over needs), are moved together by setting and band
 * across needs; a hand-written scenario's rules (Kent's 15) stay one by one.
 */
const TRANSITION_GROUP_ABOVE = 40;

/** The rules' indices by (from, NC-year band) when they are many and some are for one need; undefined otherwise. */
function transitionGroups(s: Scenario): { from: string; ncYears: [number, number]; rules: number[] }[] | undefined {
  const rules = s.transitions;
  if (rules.length <= TRANSITION_GROUP_ABOVE || !rules.some((r) => r.need !== undefined)) return undefined;
  const groups = new Map<string, { from: string; ncYears: [number, number]; rules: number[] }>();
  rules.forEach((r, i) => {
    const key = `${r.from}|${r.ncYears[0]}|${r.ncYears[1]}`;
    const group = groups.get(key) ?? { from: r.from, ncYears: r.ncYears, rules: [] };
    group.rules.push(i);
    groups.set(key, group);
  });
  return [...groups.values()];
}
