import { haversineKm, toRadians } from '../geo/haversine-km.js';
import { LatitudeIndex } from '../geo/latitude-index.js';
import { annualTransportCost, journeyMinutes, roadKm } from '../geo/travel.js';
import type { NeedCode } from '../needs.js';
import type { Child } from '../schema/child.js';
import { NC_YEAR_MIN } from '../schema/common.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import {
  capacityScore,
  costScore,
  maxMinutesFor,
  needScore,
  normaliseWeights,
  qualityScore,
  travelScore,
} from './criteria.js';
import { sexAllowed } from './evaluate.js';

/**
 * A cohort allocation problem in columns, independent of where it came from: children, schools
 * with places, the eligible (child, school) pairs with their scores, and optional per-(school,
 * NC year) limits. Both the exact allocator and the greedy baseline work on this, and the
 * benchmarks build it straight from generated data.
 */
export type AllocationInstance = {
  childCount: number;
  /** Places free at each school (the school's `vacancies`). */
  vacancies: ArrayLike<number>;
  /** Eligible pairs, sorted by child and then by school number. */
  pairChild: ArrayLike<number>;
  pairSchool: ArrayLike<number>;
  /** The pair's score in [0, 1] (higher is better). */
  pairScore: ArrayLike<number>;
  /**
   * Index into `limits` of the (school, NC year) limit the pair uses, or -1 when the school reports no places by year.
   */
  pairLimit: ArrayLike<number>;
  /** Per-(school, NC year) limits: at most `places` children of that year at that school. */
  limits: { school: number; places: number }[];
  /**
   * Order in which the exact solver routes the children (child numbers); input order when absent.
   * Any order gives the same optimum; a good one only saves work (see buildCohortInstance).
   */
  routeOrder?: ArrayLike<number>;
};

/** An instance built from records, with what the result needs to report per pair. */
export type CohortInstance = AllocationInstance & {
  pairDistanceKm: Float64Array;
  pairAnnualCost: Float64Array;
};

/**
 * Finds every eligible child-school pair and scores it. Eligible for allocation = passes every hard
 * filter of evaluateSchool except `no-vacancy`: allocation manages the places itself, as arc
 * capacities. Framework-first is not applied either: the first aim is to place as many children
 * as possible, and scores already favour framework lots through quality.
 *
 * Pairs are pruned by distance before any scoring: a school is only evaluated when it lies inside
 * the child's great-circle radius (the tighter of the km and minutes limits, divided by the
 * circuity factor), found with a latitude-strip index of the schools that cater for the child's
 * primary need, and when it teaches the child's NC year. So a national instance never touches its ~150M pairs. A pair
 * that passes is
 * scored with evaluateSchool's arithmetic, operation for operation (the same doubles), but with
 * the parts that depend on the school alone (quality, capacity, lot) computed once per school:
 * scoring was most of the pair search's time.
 *
 * @param children already-valid children
 * @param schools already-valid schools
 * @param policy an already-parsed policy
 * @example
 * const instance = buildCohortInstance(children, schools, parsePolicy({}));
 * instance.pairChild.length; // number of eligible pairs
 */
export function buildCohortInstance(
  children: readonly Child[],
  schools: readonly School[],
  policy: Policy,
): CohortInstance {
  const lats = schools.map((s) => s.location.lat);
  const lons = schools.map((s) => s.location.lon);
  const schoolCos = lats.map((lat) => Math.cos(toRadians(lat)));
  // One index per primary need, built on first use: a child's search then only meets schools
  // that cater for its need (a latitude strip across England otherwise holds hundreds of schools).
  const indexByNeed = new Map<NeedCode, LatitudeIndex>();
  const indexFor = (need: NeedCode): LatitudeIndex => {
    let index = indexByNeed.get(need);
    if (!index) {
      const subset = schools.flatMap((s, i) => (s.needs.includes(need) ? [i] : []));
      index = new LatitudeIndex(lats, lons, subset);
      indexByNeed.set(need, index);
    }
    return index;
  };
  const limits: { school: number; places: number }[] = [];
  const limitIds = new Map<number, number>();
  const pairs = new PairColumns();
  const candidates: number[] = [];
  const { travel } = policy;
  const { circuityFactor, averageSpeedKmh } = travel;
  // The parts of evaluateSchool's score that depend on the school alone, computed once per school
  // instead of once per pair; the per-pair parts below repeat its arithmetic operation for
  // operation, so every score is the same double rankSchools gives (a test pins this).
  const w = normaliseWeights(policy.weights);
  const schoolPoints = schools.map((s) => w.quality * qualityScore(s, policy.quality));
  const capacityPoints = schools.map((s) => w.capacity * capacityScore(s.vacancies, s.capacity, policy.capacity));
  const lotAllowed = schools.map((s) => policy.allowedLots.includes(s.lot));

  children.forEach((child, c) => {
    const limitKm = child.maxDistanceKm ?? policy.maxDistanceKm;
    const limitMinutes = maxMinutesFor(child.ncYear, policy.maxTravelMinutes);
    const radiusKm = Math.min(limitKm, (limitMinutes * averageSpeedKmh) / 60) / circuityFactor;
    const cosLat = Math.cos(toRadians(child.home.lat));
    const secondary = new Set(child.secondaryNeeds ?? []);
    secondary.delete(child.primaryNeed);
    const wanted = [...secondary];
    const year = String(child.ncYear);
    candidates.length = 0;
    // Hot loop, written for speed on purpose: the cheap tests first, then the distance with the
    // same arithmetic evaluateSchool uses (haversineKm is turf's formula bit for bit), so no pair
    // is dropped here that evaluateSchool would keep.
    indexFor(child.primaryNeed).search(child.home.lat, child.home.lon, radiusKm, (s) => {
      const school = schools[s];
      if (child.ncYear < school.ncYears[0] || child.ncYear > school.ncYears[1]) return;
      if (!lotAllowed[s] || !sexAllowed(school.sex, child.sex) || (child.residential === true && !school.residential))
        return;
      const km = roadKm(haversineKm(child.home.lat, child.home.lon, cosLat, lats[s], lons[s], schoolCos[s]), travel);
      if (km > limitKm || journeyMinutes(km, travel) > limitMinutes) return;
      candidates.push(s);
    });
    candidates.sort((a, b) => a - b);
    for (const s of candidates) {
      const school = schools[s];
      // evaluateSchool's score for an eligible pair, term by term and in its order.
      const distanceKm = roadKm(
        haversineKm(child.home.lat, child.home.lon, cosLat, lats[s], lons[s], schoolCos[s]),
        travel,
      );
      const travelMinutes = journeyMinutes(distanceKm, travel);
      const annualCost = school.annualFee + annualTransportCost(distanceKm, travel);
      let met = 0;
      for (const need of wanted) if (school.needs.includes(need)) met++;
      const score =
        w.need * needScore(true, met, wanted.length, policy.need) +
        schoolPoints[s] +
        capacityPoints[s] +
        w.cost * costScore(annualCost, policy.costBand) +
        w.travel * travelScore(distanceKm, travelMinutes, limitKm, limitMinutes);
      let limit = -1;
      const places = school.vacanciesByNcYear?.[year];
      if (places !== undefined) {
        const key = s * 32 + child.ncYear - NC_YEAR_MIN; // one key per (school, NC year): years span 26 values
        limit = limitIds.get(key) ?? -1;
        if (limit < 0) {
          limit = limits.length;
          limits.push({ school: s, places });
          limitIds.set(key, limit);
        }
      }
      pairs.push(c, s, score, limit, distanceKm, annualCost);
    }
  });

  // Route children in a sweep from south to north (ties by input order): the unrouted children,
  // and so the free places, stay on one side of the front, which keeps each shortest-path search
  // short once regions fill up (a third less work than input order on the national benchmark).
  const routeOrder = Int32Array.from(children.keys()).sort(
    (a, b) => children[a].home.lat - children[b].home.lat || a - b,
  );
  return {
    childCount: children.length,
    vacancies: schools.map((s) => s.vacancies),
    limits,
    routeOrder,
    ...pairs.finish(),
  };
}

/** Growable typed-array columns for the pairs (millions in a national run). */
class PairColumns {
  private size = 0;
  private child = new Int32Array(1024);
  private school = new Int32Array(1024);
  private score = new Float64Array(1024);
  private limit = new Int32Array(1024);
  private distance = new Float64Array(1024);
  private cost = new Float64Array(1024);

  push(c: number, s: number, score: number, limit: number, distanceKm: number, annualCost: number): void {
    if (this.size === this.child.length) this.grow();
    const i = this.size++;
    this.child[i] = c;
    this.school[i] = s;
    this.score[i] = score;
    this.limit[i] = limit;
    this.distance[i] = distanceKm;
    this.cost[i] = annualCost;
  }

  private grow(): void {
    const n = this.child.length * 2;
    const widen = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.child = widen(this.child, (k) => new Int32Array(k));
    this.school = widen(this.school, (k) => new Int32Array(k));
    this.limit = widen(this.limit, (k) => new Int32Array(k));
    this.score = widen(this.score, (k) => new Float64Array(k));
    this.distance = widen(this.distance, (k) => new Float64Array(k));
    this.cost = widen(this.cost, (k) => new Float64Array(k));
  }

  finish() {
    const n = this.size;
    return {
      pairChild: this.child.slice(0, n),
      pairSchool: this.school.slice(0, n),
      pairScore: this.score.slice(0, n),
      pairLimit: this.limit.slice(0, n),
      pairDistanceKm: this.distance.slice(0, n),
      pairAnnualCost: this.cost.slice(0, n),
    };
  }
}
