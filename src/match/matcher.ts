import { z } from 'zod';
import { haversineKm, toRadians } from '../geo/haversine-km.js';
import { LatitudeIndex } from '../geo/latitude-index.js';
import { annualTransportCost, journeyMinutes, roadKm } from '../geo/travel.js';
import { NEED_CODES, type NeedCode } from '../needs.js';
import { NC_YEAR_MIN, NC_YEAR_MAX } from '../schema/common.js';
import { ChildSchema, type Child } from '../schema/child.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import { ValidationError, fromZodIssues, type ValidationIssueInput } from '../schema/validation-error.js';
import { compareUrn } from './compare-urn.js';
import {
  capacityScore,
  costScore,
  maxMinutesFor,
  needScore,
  normaliseWeights,
  qualityScore,
  travelScore,
} from './criteria.js';
import { evaluateSchool, vacanciesFor, type Evaluation } from './evaluate.js';
import { isOffFramework } from './framework.js';
import { LOT_ORDER } from './order.js';
import { parseRankInput } from './parse-rank-input.js';
import { orderEligible, type RankedSchool } from './rank.js';
import { TopKHeap } from './top-k-heap.js';

/** Options of Matcher.rank and Matcher.rankMany. */
export type RankOptions = {
  /**
   * How many of the best schools to return per child (default 10): a whole number, 0 or more. A
   * limit above the number of schools returns every eligible school.
   */
  limit?: number;
};

/** One child's result from Matcher.rankMany. */
export type ChildRanking = { childId: string; ranked: RankedSchool[] };

/** What Matcher.toJSON saves: enough to rebuild the index with Matcher.load. */
export type MatcherJSON = { kind: 'send-placement/matcher'; schools: School[]; policy: Policy };

/** Default number of schools returned per child: a caseworker's shortlist. */
const DEFAULT_LIMIT = 10;
const KIND = 'send-placement/matcher';

/**
 * Rank options: left out, or an object (null is a mistake, as for every other options argument).
 * Unknown keys are rejected so that a misspelt `limt` is not silently ignored. The limit is any
 * whole number from 0 up, however large (zod's `.int()` would stop at 2^53): the heap is sized by
 * the number of schools, not by the limit.
 */
const RankOptionsSchema = z
  .strictObject(
    {
      limit: z
        .number({ error: 'must be a whole number, 0 or more' })
        .min(0, { error: 'must be a whole number, 0 or more' })
        .refine(Number.isInteger, { error: 'must be a whole number, 0 or more' })
        .default(DEFAULT_LIMIT),
    },
    // Only a non-object gets this message; an unknown key keeps zod's, which names the key.
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'options must be an object such as { limit: 10 }, or left out' : undefined,
    },
  )
  .optional();

/**
 * What Matcher.load accepts: toJSON's object. Its schools and policy are left to the constructor, which validates them.
 */
const MatcherJSONSchema = z.looseObject(
  { kind: z.literal(KIND, { error: `must be '${KIND}' (what Matcher.toJSON saves)` }) },
  { error: `must be what Matcher.toJSON saves: { kind: '${KIND}', schools, policy }` },
);

const YEARS = NC_YEAR_MAX - NC_YEAR_MIN + 1;
const SEX_MIXED = 0;
const SEX_GIRLS = 1;
const SEX_BOYS = 2;

/**
 * A prebuilt index of schools for ranking many children against one policy: school columns in
 * typed arrays, one latitude index per need code (only schools in an allowed lot), and a top-k heap
 * per query, so each child costs a binary search and a few dozen distance computations instead of
 * a pass over every school. Results are the same as rankSchools' first `limit` — same schools, same
 * order, same numbers to the last bit (the hot loop and the winners' records use the same criterion
 * functions in the same order of operations as evaluateSchool; a property test pins the agreement).
 *
 * @example
 * const matcher = createMatcher(schools);
 * matcher.rank(child, { limit: 3 }); // the same as rankSchools(child, schools).ranked.slice(0, 3)
 * for (const { childId, ranked } of matcher.rankMany(children)) { ... }
 */
export class Matcher {
  readonly schools: readonly School[];
  readonly policy: Policy;
  private readonly weights: Policy['weights'];
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly cosLat: Float64Array;
  private readonly ncLow: Int8Array;
  private readonly ncHigh: Int8Array;
  private readonly sex: Uint8Array;
  private readonly residential: Uint8Array;
  private readonly offFramework: Uint8Array;
  private readonly lotOrder: Uint8Array;
  private readonly needMask: Int32Array;
  /** Vacancies that count for each (school, NC year), row-major by school. */
  private readonly vacancies: Int32Array;
  private readonly quality: Float64Array;
  private readonly capacity: Float64Array;
  private readonly fee: Float64Array;
  private readonly urnRank: Int32Array;
  private readonly byNeed: LatitudeIndex[];
  private readonly heaps = new Map<number, [TopKHeap, TopKHeap]>();

  /**
   * @param schools candidate schools (validated here; URNs must be unique)
   * @param policy a partial policy; missing fields take DEFAULT_POLICY
   * @throws ValidationError listing every problem in the schools and the policy
   */
  constructor(schools: unknown, policy?: unknown) {
    const input = parseRankInput({ schools, policy, what: 'matcher input' });
    const list = input.schools;
    const p = input.policy;
    this.schools = list;
    this.policy = p;
    this.weights = normaliseWeights(p.weights);
    const n = list.length;
    this.lat = Float64Array.from(list, (s) => s.location.lat);
    this.lon = Float64Array.from(list, (s) => s.location.lon);
    this.cosLat = Float64Array.from(list, (s) => Math.cos(toRadians(s.location.lat)));
    this.ncLow = Int8Array.from(list, (s) => s.ncYears[0]);
    this.ncHigh = Int8Array.from(list, (s) => s.ncYears[1]);
    this.sex = Uint8Array.from(list, (s) => (s.sex === 'girls' ? SEX_GIRLS : s.sex === 'boys' ? SEX_BOYS : SEX_MIXED));
    this.residential = Uint8Array.from(list, (s) => (s.residential ? 1 : 0));
    this.offFramework = Uint8Array.from(list, (s) => (isOffFramework(s) ? 1 : 0));
    this.lotOrder = Uint8Array.from(list, (s) => LOT_ORDER[s.lot]);
    this.needMask = Int32Array.from(list, (s) => maskOf(s.needs));
    this.vacancies = new Int32Array(n * YEARS);
    list.forEach((s, i) => {
      for (let y = NC_YEAR_MIN; y <= NC_YEAR_MAX; y++) this.vacancies[i * YEARS + y - NC_YEAR_MIN] = vacanciesFor(s, y);
    });
    this.quality = Float64Array.from(list, (s) => qualityScore(s, p.quality));
    this.capacity = Float64Array.from(list, (s) => capacityScore(s.vacancies, s.capacity, p.capacity));
    this.fee = Float64Array.from(list, (s) => s.annualFee);
    const byUrn = list.map((_, i) => i).sort((a, b) => compareUrn(list[a].urn, list[b].urn));
    this.urnRank = new Int32Array(n);
    byUrn.forEach((i, r) => {
      this.urnRank[i] = r;
    });
    const allowed = list.map((s) => p.allowedLots.includes(s.lot));
    this.byNeed = NEED_CODES.map(
      (need) =>
        new LatitudeIndex(
          this.lat,
          this.lon,
          list.flatMap((s, i) => (allowed[i] && s.needs.includes(need) ? [i] : [])),
        ),
    );
  }

  /**
   * Rebuilds a matcher saved with toJSON.
   *
   * @param json what toJSON saved (a MatcherJSON), typically parsed from a file (validated here)
   * @throws ValidationError listing every problem, with paths such as `kind`, `schools[3].urn`, `policy.maxDistanceKm`
   * @example
   * const again = Matcher.load(JSON.parse(JSON.stringify(matcher)));
   * Matcher.load(null); // throws ValidationError: (root): must be what Matcher.toJSON saves: { kind:
   *   'send-placement/matcher', schools, policy }
   */
  static load(json: unknown): Matcher {
    const shape = MatcherJSONSchema.safeParse(json, { reportInput: true });
    const issues: ValidationIssueInput[] = shape.success ? [] : fromZodIssues(shape.error.issues);
    if (json === null || typeof json !== 'object' || Array.isArray(json))
      throw new ValidationError('matcher JSON', issues);
    const { schools, policy } = json as { schools?: unknown; policy?: unknown };
    let matcher: Matcher | undefined;
    try {
      matcher = new Matcher(schools, policy);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      issues.push(...e.issues);
    }
    if (issues.length > 0 || matcher === undefined) throw new ValidationError('matcher JSON', issues);
    return matcher;
  }

  /** The schools and policy, as plain data (the typed arrays are rebuilt on load). */
  toJSON(): MatcherJSON {
    return { kind: 'send-placement/matcher', schools: [...this.schools], policy: this.policy };
  }

  /**
   * The best `limit` schools for one child, exactly as rankSchools ranks them.
   *
   * @param child the child (validated here)
   * @param options `{ limit }` (default 10), or left out; validated before the child
   * @throws ValidationError naming the child's invalid fields, or the options' (`limit`, or `(root)` for null)
   * @example
   * matcher.rank(child, { limit: 5 }).map((r) => r.school.urn);
   */
  rank(child: unknown, options?: RankOptions): RankedSchool[] {
    const limit = limitOf(options);
    const parsed = ChildSchema.safeParse(child, { reportInput: true });
    if (!parsed.success) throw new ValidationError('child', fromZodIssues(parsed.error.issues));
    return this.rankParsed(parsed.data, limit);
  }

  /**
   * Ranks many children one at a time, yielding each child's best schools as soon as they are
   * known, so a million children never need their results held at once.
   *
   * The options and that `children` is iterable are checked at the call; the children themselves
   * are validated one by one as they are reached, so an endless generator is never collected.
   *
   * @param children any iterable of children: a list, or a generator (each validated as it is reached)
   * @param options `{ limit }` (default 10), or left out
   * @throws ValidationError at the call when `children` is not iterable (path `(root)`) or the options
   *   are invalid; while iterating, when a child is invalid, with paths like `[12].ncYear`
   * @example
   * let placed = 0;
   * for (const { ranked } of matcher.rankMany(children, { limit: 1 })) if (ranked.length > 0) placed++;
   */
  rankMany(children: Iterable<unknown>, options?: RankOptions): Generator<ChildRanking, void, undefined> {
    const limit = limitOf(options);
    if (!isChildIterable(children)) {
      throw new ValidationError('children', [
        {
          path: '(root)',
          message: 'children must be a list or another iterable of children (a generator streams them)',
        },
      ]);
    }
    return this.streamRanked(children, limit);
  }

  /** rankMany's stream, after the call's checks: one child at a time, validated as it comes. */
  private *streamRanked(children: Iterable<unknown>, limit: number): Generator<ChildRanking, void, undefined> {
    let position = 0;
    for (const child of children) {
      const parsed = ChildSchema.safeParse(child, { reportInput: true });
      if (!parsed.success) throw new ValidationError('children', fromZodIssues(parsed.error.issues, [position]));
      yield { childId: parsed.data.id, ranked: this.rankParsed(parsed.data, limit) };
      position++;
    }
  }

  /** rank() for a child already validated. */
  rankParsed(child: Child, limit: number): RankedSchool[] {
    const p = this.policy;
    const index = this.byNeed[NEED_CODES.indexOf(child.primaryNeed)];
    const limitKm = child.maxDistanceKm ?? p.maxDistanceKm;
    const limitMinutes = maxMinutesFor(child.ncYear, p.maxTravelMinutes);
    // No school farther than this great-circle distance can pass the too-far filter.
    const radiusKm = Math.min(limitKm, (limitMinutes / 60) * p.travel.averageSpeedKmh) / p.travel.circuityFactor;
    if (p.strategy === 'topsis') return this.rankTopsis(child, index, radiusKm, limit);

    // No child can have more winners than there are schools, so the heap never needs more room.
    const [first, second] = this.heapsFor(Math.min(limit, this.schools.length));
    first.clear();
    second.clear();
    // Hot loop, written for speed: typed-array reads and plain arithmetic, no allocation per school.
    const { ids, lats, lons } = index;
    const { start: lo, end: hi, lonBandDeg: lonBand } = index.window(child.home.lat, radiusKm);
    const cLat = child.home.lat;
    const cLon = child.home.lon;
    const cCos = Math.cos(toRadians(cLat));
    const year = child.ncYear;
    const yearSlot = year - NC_YEAR_MIN;
    const girlsOk = child.sex === 'female';
    const boysOk = child.sex === 'male';
    const needsResidential = child.residential === true;
    const checkVacancy = !p.allowWaitingList;
    const frameworkFirst = p.frameworkFirst;
    const nearest = p.strategy === 'framework-first-nearest';
    const { secondaryMask, secondaryTotal } = secondaryOf(child);
    const w = this.weights;
    for (let k = lo; k < hi; k++) {
      let dLon = Math.abs(lons[k] - cLon);
      if (dLon > 180) dLon = 360 - dLon;
      if (dLon > lonBand) continue;
      const i = ids[k];
      if (year < this.ncLow[i] || year > this.ncHigh[i]) continue;
      const sex = this.sex[i];
      if ((sex === SEX_GIRLS && !girlsOk) || (sex === SEX_BOYS && !boysOk)) continue;
      if (needsResidential && this.residential[i] === 0) continue;
      if (checkVacancy && this.vacancies[i * YEARS + yearSlot] <= 0) continue;
      const distanceKm = roadKm(haversineKm(cLat, cLon, cCos, lats[k], lons[k], this.cosLat[i]), p.travel);
      if (distanceKm > limitKm) continue;
      const minutes = journeyMinutes(distanceKm, p.travel);
      if (minutes > limitMinutes) continue;
      // The same criteria, weights and summation order as evaluateSchool, so the scores agree to the bit.
      const annualCost = this.fee[i] + annualTransportCost(distanceKm, p.travel);
      const met = popcount(this.needMask[i] & secondaryMask);
      const score =
        w.need * needScore(true, met, secondaryTotal, p.need) +
        w.quality * this.quality[i] +
        w.capacity * this.capacity[i] +
        w.cost * costScore(annualCost, p.costBand) +
        w.travel * travelScore(distanceKm, minutes, limitKm, limitMinutes);
      const key = nearest ? -this.lotOrder[i] : score;
      const heap = frameworkFirst && this.offFramework[i] === 1 ? second : first;
      heap.push(i, key, distanceKm, this.urnRank[i]);
    }
    const winners = first.size > 0 ? first.sorted() : second.sorted();
    return winners.map((i, r) =>
      this.describe(i, child, cCos, secondaryMask, secondaryTotal, limitKm, limitMinutes, r + 1),
    );
  }

  /**
   * The public record of one winner, from the columns: the same functions and order of operations
   * as evaluateSchool (and as the hot loop), so every number equals rankSchools' to the bit — a
   * property test pins it — without evaluateSchool's per-call allocations.
   */
  private describe(
    i: number,
    child: Child,
    cCos: number,
    secondaryMask: number,
    secondaryTotal: number,
    limitKm: number,
    limitMinutes: number,
    rank: number,
  ): RankedSchool {
    const p = this.policy;
    const w = this.weights;
    const distanceKm = roadKm(
      haversineKm(child.home.lat, child.home.lon, cCos, this.lat[i], this.lon[i], this.cosLat[i]),
      p.travel,
    );
    const travelMinutes = journeyMinutes(distanceKm, p.travel);
    const annualCost = this.fee[i] + annualTransportCost(distanceKm, p.travel);
    const contributions = {
      need: w.need * needScore(true, popcount(this.needMask[i] & secondaryMask), secondaryTotal, p.need),
      quality: w.quality * this.quality[i],
      capacity: w.capacity * this.capacity[i],
      cost: w.cost * costScore(annualCost, p.costBand),
      travel: w.travel * travelScore(distanceKm, travelMinutes, limitKm, limitMinutes),
    };
    const score =
      contributions.need + contributions.quality + contributions.capacity + contributions.cost + contributions.travel;
    return { school: this.schools[i], rank, score, distanceKm, travelMinutes, annualCost, contributions };
  }

  /** TOPSIS normalises over every eligible school, so it scores them all before cutting to `limit`. */
  private rankTopsis(child: Child, index: LatitudeIndex, radiusKm: number, limit: number): RankedSchool[] {
    const p = this.policy;
    const found: number[] = [];
    index.search(child.home.lat, child.home.lon, radiusKm, (i) => found.push(i));
    const evaluations = new Map<number, Evaluation>();
    for (const i of found) {
      const e = evaluateSchool(child, this.schools[i], p);
      if (e.reasons.length === 0) evaluations.set(i, e);
    }
    let chosen = [...evaluations.keys()].sort((a, b) => a - b);
    if (p.frameworkFirst && chosen.some((i) => this.offFramework[i] === 0))
      chosen = chosen.filter((i) => this.offFramework[i] === 0);
    const local = chosen.map((i) => this.schools[i]);
    return orderEligible(
      local.map((_, k) => k),
      local,
      chosen.map((i) => evaluations.get(i) as Evaluation),
      p,
    ).slice(0, limit);
  }

  private heapsFor(limit: number): [TopKHeap, TopKHeap] {
    let pair = this.heaps.get(limit);
    if (!pair) {
      pair = [new TopKHeap(limit), new TopKHeap(limit)];
      this.heaps.set(limit, pair);
    }
    return pair;
  }
}

/**
 * Builds a Matcher: validates the schools and policy once and indexes the schools.
 *
 * @param schools candidate schools
 * @param policy a partial policy; missing fields take DEFAULT_POLICY
 * @throws ValidationError listing every problem in the schools and the policy
 * @example
 * const matcher = createMatcher(schools, { maxDistanceKm: 40 });
 * matcher.rank(child, { limit: 3 })[0].school.name;
 */
export function createMatcher(schools: unknown, policy?: unknown): Matcher {
  return new Matcher(schools, policy);
}

/**
 * Whether rankMany can iterate over a value: an object with Symbol.iterator (a string is iterable, but is no list of
 * children).
 */
function isChildIterable(x: unknown): x is Iterable<unknown> {
  return (
    x !== null &&
    (typeof x === 'object' || typeof x === 'function') &&
    typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/** The validated limit of rank options (DEFAULT_LIMIT when they are left out). */
function limitOf(options: unknown): number {
  if (options === undefined) return DEFAULT_LIMIT;
  // rank() is called once per child, and a zod parse of the options costs a few µs, a sixth of a
  // ranking: the usual `{ limit: n }`, which RankOptionsSchema accepts as is, skips it.
  const fast = plainLimit(options);
  if (fast !== undefined) return fast;
  const parsed = RankOptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success) throw new ValidationError('rank options', fromZodIssues(parsed.error.issues));
  return parsed.data?.limit ?? DEFAULT_LIMIT;
}

/**
 * The limit of `{}` or `{ limit: n }` with n a whole number from 0, exactly as RankOptionsSchema gives it; undefined
 * for anything else.
 */
function plainLimit(options: unknown): number | undefined {
  if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype)
    return undefined;
  const keys = Object.keys(options);
  if (keys.length === 0) return DEFAULT_LIMIT;
  if (keys.length !== 1 || keys[0] !== 'limit') return undefined;
  const limit = (options as { limit: unknown }).limit;
  if (limit === undefined) return DEFAULT_LIMIT;
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? limit : undefined;
}

function maskOf(needs: readonly NeedCode[]): number {
  let mask = 0;
  for (const need of needs) mask |= 1 << NEED_CODES.indexOf(need);
  return mask;
}

/**
 * The child's distinct secondary needs, primary excluded, as a bit mask and a count (as evaluateSchool counts them).
 */
function secondaryOf(child: Child): { secondaryMask: number; secondaryTotal: number } {
  const secondaryMask = maskOf(child.secondaryNeeds ?? []) & ~(1 << NEED_CODES.indexOf(child.primaryNeed));
  return { secondaryMask, secondaryTotal: popcount(secondaryMask) };
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
