import type { ChildInput } from '../schema/child.js';
import type { SchoolInput } from '../schema/school.js';
import type { PolicyInput } from '../schema/policy.js';
import type { MatchOptionsInput } from './match-options.js';
import type { Loose } from '../schema/loose.js';
import type { Child } from '../schema/child.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import type { TravelEntry } from '../geo/travel-table.js';
import { CRITERIA, normaliseWeights, type Criterion } from './criteria.js';
import { evaluateWithTravel, type Contributions } from './evaluate.js';
import { isOffFramework } from './framework.js';
import { compareOrder } from './order.js';
import { parseRankInput } from './parse-rank-input.js';
import { SchoolColumns } from './school-columns.js';

/** How far one criterion's weight can move before the top choice changes. */
export type WeightRange = {
  criterion: Criterion;
  /** The criterion's current normalised weight (weight / sum of weights). */
  weight: number;
  /** Lowest normalised weight in [0, 1] at which the current top choice is still on top. */
  low: number;
  /** Highest normalised weight in [0, 1] at which the current top choice is still on top. */
  high: number;
  /** URN of the school that takes over just below `low`, or null when `low` is 0 and nothing takes over. */
  takeoverBelow: string | null;
  /** URN of the school that takes over just above `high`, or null when `high` is 1 and nothing takes over. */
  takeoverAbove: string | null;
};

/** The result of weightSensitivity. */
export type WeightSensitivity = {
  /** URN of the weighted-sum top choice, or null when no school is eligible. */
  topUrn: string | null;
  /** One range per criterion, in criterion order. */
  ranges: WeightRange[];
};

/**
 * For each criterion, the range of its weight within which the child's top choice stays the same
 * while the other weights keep their proportions — exact, from the linear equations, not sampled.
 *
 * Moving criterion i's normalised weight from w to t rescales every other weight by (1 − t)/(1 − w),
 * so each school's score is linear in t: S(t) = t·c_i + (1 − t)·B, with B the school's other points
 * divided by (1 − w). The top choice stays on top until its line crosses another eligible school's
 * line; `low` and `high` are the nearest crossings below and above w (0 and 1 when none), and the
 * school that crosses there takes over. At a crossing itself the scores tie and the tie rule
 * (distance, then URN) decides. When w is 1 the other weights have no proportions to keep and are
 * taken as equal.
 *
 * This is sensitivity of the weighted-sum order: the filters and framework-first do not depend on
 * the weights, so the same eligible schools are compared throughout. (For the policy's
 * 'framework-first-nearest' strategy weights do not matter at all; TOPSIS is not linear in them.)
 *
 * @param child the child (validated here)
 * @param schools candidate schools (validated here)
 * @param policy a partial policy; missing fields take DEFAULT_POLICY
 * @param options `{ travel }`, as rankSchools takes it (see MatchOptions): the same table gives the
 *   same top choice
 * @throws ValidationError listing every problem in the inputs and the options
 * @example
 * // The first child and the schools in data/kent:
 * const { topUrn, ranges } = weightSensitivity(children[0], schools); // topUrn '900075'
 * ranges.find((r) => r.criterion === 'travel');
 * // { criterion: 'travel', weight: 0.3, low: 0, high: 0.367..., takeoverBelow: null, takeoverAbove: '900113' }
 */
export function weightSensitivity(
  child: Loose<ChildInput>,
  schools: Loose<readonly SchoolInput[]>,
  policy?: Loose<PolicyInput>,
  options?: Loose<MatchOptionsInput>,
): WeightSensitivity {
  const input = parseRankInput({ child, schools, policy, options });
  return weightSensitivityParsed(input.child, input.schools, input.policy, input.travel);
}

type Candidate = { urn: string; distanceKm: number; criteria: Contributions };

/**
 * weightSensitivity on input already validated.
 *
 * @param travel an already-valid travel table, or undefined (only the child's entries are read)
 * @example
 * weightSensitivityParsed(child, schools, parsePolicy({})); // the same result as weightSensitivity(child, schools)
 * // (child and schools as in rankParsed's example)
 */
export function weightSensitivityParsed(
  child: Child,
  schools: readonly School[],
  policy: Policy,
  travel?: readonly TravelEntry[],
): WeightSensitivity {
  const weights = normaliseWeights(policy.weights);
  let candidates: (Candidate & { offFramework: boolean; score: number })[] = [];
  const evaluations = evaluateWithTravel(child, new SchoolColumns(schools, policy), travel);
  for (const [s, school] of schools.entries()) {
    const e = evaluations[s];
    if (e.reasons.length > 0) continue;
    candidates.push({
      urn: school.urn,
      distanceKm: e.distanceKm,
      criteria: e.criteria,
      offFramework: isOffFramework(school),
      score: e.score,
    });
  }
  if (policy.frameworkFirst && candidates.some((c) => !c.offFramework))
    candidates = candidates.filter((c) => !c.offFramework);
  if (candidates.length === 0) {
    return {
      topUrn: null,
      ranges: CRITERIA.map((criterion) => ({
        criterion,
        weight: weights[criterion],
        low: 0,
        high: 1,
        takeoverBelow: null,
        takeoverAbove: null,
      })),
    };
  }
  const top = candidates.reduce((best, c) =>
    compareOrder(
      { key: c.score, distanceKm: c.distanceKm, urn: c.urn },
      { key: best.score, distanceKm: best.distanceKm, urn: best.urn },
    ) < 0
      ? c
      : best,
  );
  return { topUrn: top.urn, ranges: CRITERIA.map((criterion) => rangeFor(criterion, weights, top, candidates)) };
}

/** The exact range of one criterion's weight that keeps `top` on top. */
function rangeFor(
  criterion: Criterion,
  weights: Contributions,
  top: Candidate,
  candidates: readonly Candidate[],
): WeightRange {
  const w = weights[criterion];
  const others = CRITERIA.filter((c) => c !== criterion);
  // Each school's line S(t) = t·a + (1 − t)·b: a is the criterion's score, b the rest at proportions kept.
  const line = (c: Candidate) => {
    let rest = 0;
    for (const o of others) rest += (w < 1 ? weights[o] / (1 - w) : 1 / others.length) * c.criteria[o];
    return { a: c.criteria[criterion], b: rest };
  };
  const t0 = line(top);
  let low = 0;
  let high = 1;
  let below: { c: Candidate; slope: number } | null = null;
  let above: { c: Candidate; slope: number } | null = null;
  for (const c of candidates) {
    if (c === top) continue;
    const s = line(c);
    // D(t) = S_top(t) − S_c(t) = db + t·(da − db); it is ≥ 0 at t = w. Its root is where c catches up.
    const da = t0.a - s.a;
    const db = t0.b - s.b;
    const slope = da - db;
    if (slope === 0) continue; // parallel lines never cross
    // Rounding can put a root that is really at w a hair on the wrong side of it; such a root is w.
    let root = -db / slope;
    if (slope < 0 && root < w && root > w - ROUNDING) root = w;
    if (slope > 0 && root > w && root < w + ROUNDING) root = w;
    // A crossing at the very end of [0, 1] is a tie there; if the top wins the tie, nothing takes over.
    if ((root === 1 && slope < 0) || (root === 0 && slope > 0)) {
      if (
        compareOrder(
          { key: 0, distanceKm: top.distanceKm, urn: top.urn },
          { key: 0, distanceKm: c.distanceKm, urn: c.urn },
        ) < 0
      )
        continue;
    }
    const slopeOfC = s.a - s.b;
    if (slope < 0 && root >= w && root <= high) {
      // c gains as t rises and catches up at `root`.
      if (root < high || above === null || betterAfter(c, slopeOfC, above, +1)) above = { c, slope: slopeOfC };
      high = root;
    } else if (slope > 0 && root <= w && root >= low) {
      if (root > low || below === null || betterAfter(c, slopeOfC, below, -1)) below = { c, slope: slopeOfC };
      low = root;
    }
  }
  return {
    criterion,
    weight: w,
    low: clamp01(low),
    high: clamp01(high),
    takeoverBelow: below?.c.urn ?? null,
    takeoverAbove: above?.c.urn ?? null,
  };
}

/** Of two schools tied at a crossing, whether `c` ranks first just past it (direction +1 above, −1 below). */
function betterAfter(c: Candidate, slope: number, other: { c: Candidate; slope: number }, direction: 1 | -1): boolean {
  if (slope !== other.slope) return direction * slope > direction * other.slope;
  return (
    compareOrder(
      { key: 0, distanceKm: c.distanceKm, urn: c.urn },
      { key: 0, distanceKm: other.c.distanceKm, urn: other.c.urn },
    ) < 0
  );
}

/** How far a crossing may sit on the wrong side of the current weight through rounding alone. */
const ROUNDING = 1e-12;
const clamp01 = (x: number) => (x <= 0 ? 0 : Math.min(x, 1));
