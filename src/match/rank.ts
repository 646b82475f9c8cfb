import type { ChildInput } from '../schema/child.js';
import type { SchoolInput } from '../schema/school.js';
import type { PolicyInput } from '../schema/policy.js';
import type { MatchOptionsInput } from './match-options.js';
import type { Loose } from '../schema/loose.js';
import type { Child } from '../schema/child.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import type { TravelEntry } from '../geo/travel-table.js';
import { evaluateWithTravel, type Contributions, type Evaluation, type ExclusionReason } from './evaluate.js';
import { isOffFramework } from './framework.js';
import { compareOrder, strategyKey } from './order.js';
import { parseRankInput } from './parse-rank-input.js';
import { SchoolColumns } from './school-columns.js';
import { topsisCloseness } from './topsis.js';

/** Where a ranked school's distance and minutes come from: a travel table, or the estimate. */
export type PairTravel = {
  /** Road km. */
  km: number;
  /** One journey's minutes. */
  minutes: number;
  /** 'table' when the travel table had the pair, 'estimate' when great-circle km × circuity at an average speed. */
  source: 'table' | 'estimate';
};

/** A school a child may be placed in, with its place in the ranking and the reasons for it. */
export type RankedSchool = {
  school: School;
  /** 1 for the best. */
  rank: number;
  /** Weighted-sum score in [0, 1]; exactly the sum of `contributions`. */
  score: number;
  /** Road km (the same as travel.km). */
  distanceKm: number;
  /** One journey's minutes (the same as travel.minutes). */
  travelMinutes: number;
  /** The journey and where it comes from: a tribunal asks for the journey time. */
  travel: PairTravel;
  /** GBP a year: fee + home-to-school transport. */
  annualCost: number;
  /** Weighted points per criterion; they add up to `score`. */
  contributions: Contributions;
  /** TOPSIS closeness in [0, 1], present only when the policy's strategy is 'topsis' (it then sets the order). */
  closeness?: number;
  /** true when this is the school the parents named (the child's `namedSchoolUrn`); absent otherwise. */
  named?: true;
};

/** Why a school is not ranked: a hard filter, or 'framework-first' (eligible, but framework schools come first). */
export type RankExclusionReason = ExclusionReason | 'framework-first';

/** A school left out of the ranking, with every reason. */
export type Exclusion = {
  school: School;
  reasons: RankExclusionReason[];
  /** true when this is the school the parents named (the child's `namedSchoolUrn`); absent otherwise. */
  named?: true;
};

/** The result of ranking schools for one child: every input school is in exactly one of the two lists. */
export type Ranking = { ranked: RankedSchool[]; excluded: Exclusion[] };

/**
 * Ranks candidate schools for one child's EHCP, as a caseworker would defend it at a panel: every
 * hard filter a school fails is named, and every ranked school's score splits into per-criterion
 * points.
 *
 * Order: by the policy's strategy — `weighted-sum` (score), `topsis` (closeness over the eligible
 * schools; can rank-reverse) or `framework-first-nearest` (lot 1, lot 2, no lot) — then by road
 * distance, then by URN. With `frameworkFirst` (default) off-framework spot purchases (see
 * isOffFramework) are ranked only when no other school passes the filters; otherwise they are
 * listed as excluded with the reason 'framework-first'. `excluded` keeps the input order.
 *
 * @param child the child (validated here)
 * @param schools candidate schools (validated here; URNs must be unique)
 * @param policy a partial policy; missing fields take DEFAULT_POLICY
 * @param options `{ travel }`: real journeys from a travel table (see MatchOptions); pairs not in it use the estimate
 * @throws ValidationError listing every problem in the child, the schools, the policy and the options
 * @example
 * // A Year 7 boy with autism in Canterbury, against the schools in data/kent:
 * const child = { id: 'C1', primaryNeed: 'ASD', ncYear: 7, sex: 'male', home: { lat: 51.2802, lon: 1.0789 } };
 * const { ranked, excluded } = rankSchools(child, schools);
 * ranked[0].school.name; // 'Pellubel School' (score 0.645, 26.7 km, £62,762 a year with transport)
 * ranked[0].contributions; // { need: 0.2, quality: 0.23125, capacity: 0.0064..., cost: 0.0907..., travel: 0.1169... }
 * excluded[2].reasons; // ['need-not-met', 'no-vacancy']
 */
export function rankSchools(
  child: Loose<ChildInput>,
  schools: Loose<readonly SchoolInput[]>,
  policy?: Loose<PolicyInput>,
  options?: Loose<MatchOptionsInput>,
): Ranking {
  const input = parseRankInput({ child, schools, policy, options });
  return rankParsed(input.child, input.schools, input.policy, input.travel);
}

/**
 * rankSchools on input already validated; for the library's own batch paths.
 *
 * @param travel an already-valid travel table, or undefined (only the child's entries are read)
 *
 * @example
 * const child = parseChild({ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } });
 * const schools = parseSchools([{ urn: '900001', name: 'Oakwood', kind: 'independent', lot: 'lot1', needs: ['ASD'],
 * ncYears: [7, 13], sex: 'mixed', residential: false, location: { lat: 51.3, lon: 1.1 }, capacity: 60, vacancies: 4,
 *   annualFee: 52000 }]);
 * rankParsed(child, schools, parsePolicy({})).ranked[0].rank; // 1
 */
export function rankParsed(
  child: Child,
  schools: readonly School[],
  policy: Policy,
  travel?: readonly TravelEntry[],
): Ranking {
  const evaluations = evaluateWithTravel(child, new SchoolColumns(schools, policy), travel);
  const eligible: number[] = [];
  evaluations.forEach((e, i) => {
    if (e.reasons.length === 0) eligible.push(i);
  });
  let chosen = eligible;
  if (policy.frameworkFirst) {
    const onFramework = eligible.filter((i) => !isOffFramework(schools[i]));
    if (onFramework.length > 0) chosen = onFramework;
  }
  const ranked = orderEligible(chosen, schools, evaluations, policy);
  const isRanked = new Set(chosen);
  const excluded: Exclusion[] = [];
  schools.forEach((school, i) => {
    if (isRanked.has(i)) return;
    const reasons = evaluations[i].reasons;
    excluded.push({ school, reasons: reasons.length > 0 ? [...reasons] : ['framework-first'] });
  });
  markNamed(excluded, child.namedSchoolUrn);
  return { ranked: markNamed(ranked, child.namedSchoolUrn), excluded };
}

/**
 * Marks the parents' named school in a list of results with `named: true`, leaving the others as they are.
 *
 * @param urn the child's `namedSchoolUrn`, or undefined (nothing is marked)
 * @example
 * markNamed(rankParsed(child, schools, parsePolicy({})).ranked, '900001')[0].named; // true
 * // (child and schools as in rankParsed's example)
 */
export function markNamed<T extends { school: School; named?: true }>(list: T[], urn: string | undefined): T[] {
  for (const r of list) if (r.school.urn === urn) r.named = true;
  return list;
}

/**
 * Orders eligible schools by the policy's strategy and numbers them from 1.
 *
 * @param chosen indexes into `schools` of the schools to order
 * @example
 * const policy = parsePolicy({});
 * orderEligible([0], schools, evaluateAll(child, new SchoolColumns(schools, policy), undefined), policy)[0].school.urn;
 * // '900001'
 * // (child and schools as in rankParsed's example)
 */
export function orderEligible(
  chosen: readonly number[],
  schools: readonly School[],
  evaluations: readonly Evaluation[],
  policy: Policy,
): RankedSchool[] {
  const closeness =
    policy.strategy === 'topsis'
      ? topsisCloseness(
          chosen.map((i) => evaluations[i].criteria),
          policy.weights,
        )
      : undefined;
  const items = chosen.map((i, k) => {
    const e = evaluations[i];
    const school = schools[i];
    const c = closeness?.[k];
    return {
      order: { key: strategyKey(policy.strategy, e.score, c, school.lot), distanceKm: e.distanceKm, urn: school.urn },
      school,
      e,
      closeness: c,
    };
  });
  items.sort((a, b) => compareOrder(a.order, b.order));
  return items.map(({ school, e, closeness: c }, k) => toRanked(school, e, k + 1, c));
}

/**
 * The public record of one ranked school.
 *
 * @example
 * toRanked(schools[0], evaluateSchool(child, schools[0], parsePolicy({})), 1).rank; // 1
 * // (child and schools as in rankParsed's example)
 */
export function toRanked(school: School, e: Evaluation, rank: number, closeness?: number): RankedSchool {
  const ranked: RankedSchool = {
    school,
    rank,
    score: e.score,
    distanceKm: e.distanceKm,
    travelMinutes: e.travelMinutes,
    travel: { km: e.distanceKm, minutes: e.travelMinutes, source: e.fromTable ? 'table' : 'estimate' },
    annualCost: e.annualCost,
    contributions: e.contributions,
  };
  if (closeness !== undefined) ranked.closeness = closeness;
  return ranked;
}
