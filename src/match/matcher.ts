import type { ChildInput } from '../schema/child.js';
import type { SchoolInput } from '../schema/school.js';
import type { PolicyInput } from '../schema/policy.js';
import type { MatchOptionsInput } from './match-options.js';
import type { Loose } from '../schema/loose.js';
import * as z from 'zod/mini';
import { LatitudeIndex } from '../geo/latitude-index.js';
import type { TravelEntry } from '../geo/travel-table.js';
import { NEED_CODES } from '../needs.js';
import { ChildSchema, type Child } from '../schema/child.js';
import { strictFields } from '../schema/strict-fields.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import { ValidationError, fromZodIssues, type ValidationIssueInput } from '../schema/validation-error.js';
import { childTerms, type ChildTerms } from './child-terms.js';
import { compareUrn } from './compare-urn.js';
import { evaluatePair, type Evaluation } from './evaluate.js';
import { LOT_ORDER } from './order.js';
import { REASON_BIT, journeyReasons, schoolReasons } from './pair-filters.js';
import { TravelLookup, journeyOf, type Journey } from './pair-journey.js';
import { parseRankInput } from './parse-rank-input.js';
import { markNamed, orderEligible, type RankedSchool } from './rank.js';
import { limitOf, type RankOptions } from './rank-options.js';
import { SchoolColumns } from './school-columns.js';
import { contributionsOf, pairAnnualCost, scorePair } from './score-pair.js';
import { TopKHeap } from './top-k-heap.js';

export type { RankOptions } from './rank-options.js';

/** One child's result from Matcher.rankMany. */
export type ChildRanking = { childId: string; ranked: RankedSchool[] };

/** What Matcher.toJSON saves: enough to rebuild the index with Matcher.load. */
export type MatcherJSON = { kind: 'send-placement/matcher'; schools: School[]; policy: Policy; travel?: TravelEntry[] };

const KIND = 'send-placement/matcher';

/**
 * What Matcher.load accepts: toJSON's object, and no other field (a `version` or a misspelt `travl`
 * is named, not ignored). Its schools, policy and travel table are left to the constructor, which
 * validates them.
 */
const MatcherJSONSchema = strictFields(
  {
    kind: z.literal(KIND, { error: `must be '${KIND}' (what Matcher.toJSON saves)` }),
    schools: z.optional(z.unknown()),
    policy: z.optional(z.unknown()),
    travel: z.optional(z.unknown()),
  },
  { error: `must be what Matcher.toJSON saves: { kind: '${KIND}', schools, policy }` },
);

/**
 * A prebuilt index of schools for ranking many children against one policy: school columns in
 * typed arrays (SchoolColumns), one latitude index per need code (only schools in an allowed lot),
 * the travel table (if any) indexed by child, and a top-k heap per query, so each child costs a
 * binary search and a few dozen journeys instead of a pass over every school. Results are the same
 * as rankSchools' first `limit` — same schools, same order, same numbers to the last bit: both
 * filter with pair-filters.ts and score with the one kernel, scorePair (a property test pins it).
 *
 * @example
 * const matcher = createMatcher(schools);
 * matcher.rank(child, { limit: 3 }); // the same as rankSchools(child, schools).ranked.slice(0, 3)
 * for (const { childId, ranked } of matcher.rankMany(children)) { ... }
 */
export class Matcher {
  readonly schools: readonly School[];
  readonly policy: Policy;
  private readonly columns: SchoolColumns;
  private readonly table: TravelEntry[] | undefined;
  private readonly travel: TravelLookup | undefined;
  private readonly lotOrder: Uint8Array;
  private readonly urnRank: Int32Array;
  private readonly byNeed: LatitudeIndex[];
  private readonly heaps = new Map<number, [TopKHeap, TopKHeap]>();
  private readonly journey: Journey = { km: 0, minutes: 0, fromTable: false };

  /**
   * @param schools candidate schools (validated here; URNs must be unique)
   * @param policy a partial policy; missing fields take DEFAULT_POLICY
   * @param options `{ travel }`: real journeys for any children (see MatchOptions), indexed once
   * @throws ValidationError listing every problem in the schools, the policy and the options
   */
  constructor(schools: Loose<readonly SchoolInput[]>, policy?: Loose<PolicyInput>, options?: Loose<MatchOptionsInput>) {
    const input = parseRankInput({ schools, policy, options, what: 'matcher input' });
    const list = input.schools;
    this.schools = list;
    this.policy = input.policy;
    this.columns = new SchoolColumns(list, input.policy);
    this.table = input.travel;
    this.travel = input.travel ? new TravelLookup(input.travel, this.columns) : undefined;
    this.lotOrder = Uint8Array.from(list, (s) => LOT_ORDER[s.lot]);
    const byUrn = list.map((_, i) => i).sort((a, b) => compareUrn(list[a].urn, list[b].urn));
    this.urnRank = new Int32Array(list.length);
    byUrn.forEach((i, r) => {
      this.urnRank[i] = r;
    });
    const { lat, lon, lotAllowed } = this.columns;
    this.byNeed = NEED_CODES.map(
      (need) =>
        new LatitudeIndex(
          lat,
          lon,
          list.flatMap((s, i) => (lotAllowed[i] === 1 && s.needs.includes(need) ? [i] : [])),
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
    const { schools, policy, travel } = json as { schools?: unknown; policy?: unknown; travel?: unknown };
    let matcher: Matcher | undefined;
    try {
      matcher = new Matcher(schools, policy, travel === undefined ? undefined : { travel });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      issues.push(...e.issues.map((i) => ({ ...i, path: i.path.replace(/^options\./, '') })));
    }
    if (issues.length > 0 || matcher === undefined) throw new ValidationError('matcher JSON', issues);
    return matcher;
  }

  /** The schools, policy and travel table, as plain data (the typed arrays are rebuilt on load). */
  toJSON(): MatcherJSON {
    const json: MatcherJSON = { kind: KIND, schools: [...this.schools], policy: this.policy };
    if (this.table !== undefined) json.travel = this.table;
    return json;
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
  rank(child: Loose<ChildInput>, options?: RankOptions): RankedSchool[] {
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
  rankMany(children: Iterable<Loose<ChildInput>>, options?: RankOptions): Generator<ChildRanking, void, undefined> {
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
    const terms = childTerms(child, this.policy);
    this.travel?.load(child.id);
    try {
      return markNamed(
        this.policy.strategy === 'topsis' ? this.rankTopsis(terms, limit) : this.rankHeap(terms, limit),
        child.namedSchoolUrn,
      );
    } finally {
      this.travel?.unload();
    }
  }

  /** The best `limit` schools by the top-k heaps (every strategy but TOPSIS). */
  private rankHeap(terms: ChildTerms, limit: number): RankedSchool[] {
    // No child can have more winners than there are schools, so the heap never needs more room.
    const [first, second] = this.heapsFor(Math.min(limit, this.schools.length));
    first.clear();
    second.clear();
    this.scanWindow(terms, first, second);
    this.scanTable(terms, first, second);
    const winners = first.size > 0 ? first.sorted() : second.sorted();
    return winners.map((s, r) => this.describe(s, terms, r + 1));
  }

  /**
   * Offers every school of the child's latitude window (need and lot already right) to the heaps;
   * schools with a table journey are left to scanTable. Hot loop, written for speed: typed-array
   * reads and plain arithmetic, no allocation per school.
   */
  private scanWindow(child: ChildTerms, first: TopKHeap, second: TopKHeap): void {
    const index = this.byNeed[child.needIndex];
    const { ids, lons } = index;
    const { start, end, lonBandDeg } = index.window(child.lat, child.radiusKm);
    const has = this.travel?.has;
    for (let k = start; k < end; k++) {
      let dLon = Math.abs(lons[k] - child.lon);
      if (dLon > 180) dLon = 360 - dLon;
      if (dLon > lonBandDeg) continue;
      const s = ids[k];
      if (has === undefined || has[s] === 0) this.offer(s, child, first, second);
    }
  }

  /** Offers the schools the loaded child has table journeys to: a real journey may pass where an estimate fails. */
  private scanTable(child: ChildTerms, first: TopKHeap, second: TopKHeap): void {
    const travel = this.travel;
    if (travel === undefined) return;
    for (let k = 0; k < travel.loadedCount; k++) this.offer(travel.loaded[k], child, first, second);
  }

  /** Filters and scores one pair and, when it passes, pushes it to its heap (off-framework ones to the second). */
  private offer(s: number, child: ChildTerms, first: TopKHeap, second: TopKHeap): void {
    const columns = this.columns;
    const p = this.policy;
    let mask = schoolReasons(columns, s, child);
    if (p.allowWaitingList) mask &= ~REASON_BIT['no-vacancy'];
    if (mask !== 0) return;
    const { km, minutes } = journeyOf(columns, this.travel, s, child, this.journey);
    if (journeyReasons(km, minutes, child) !== 0) return;
    const key =
      p.strategy === 'framework-first-nearest' ? -this.lotOrder[s] : scorePair(columns, s, child, km, minutes);
    const heap = p.frameworkFirst && columns.offFramework[s] === 1 ? second : first;
    heap.push(s, key, km, this.urnRank[s]);
  }

  /** The public record of one winner, from the columns and the same kernel as rankSchools'. */
  private describe(s: number, child: ChildTerms, rank: number): RankedSchool {
    const columns = this.columns;
    const { km, minutes, fromTable } = journeyOf(columns, this.travel, s, child, this.journey);
    const criteria = new Float64Array(5);
    const score = scorePair(columns, s, child, km, minutes, criteria);
    return {
      school: this.schools[s],
      rank,
      score,
      distanceKm: km,
      travelMinutes: minutes,
      travel: { km, minutes, source: fromTable ? 'table' : 'estimate' },
      annualCost: pairAnnualCost(columns, s, km),
      contributions: contributionsOf(columns, criteria),
    };
  }

  /** TOPSIS normalises over every eligible school, so it scores them all before cutting to `limit`. */
  private rankTopsis(child: ChildTerms, limit: number): RankedSchool[] {
    const p = this.policy;
    const found = new Set<number>();
    const index = this.byNeed[child.needIndex];
    index.search(child.lat, child.lon, child.radiusKm, (s) => found.add(s));
    for (let k = 0; k < (this.travel?.loadedCount ?? 0); k++) found.add((this.travel as TravelLookup).loaded[k]);
    const evaluations = new Map<number, Evaluation>();
    for (const s of found) {
      const e = evaluatePair(this.columns, s, child, this.travel);
      if (e.reasons.length === 0) evaluations.set(s, e);
    }
    let chosen = [...evaluations.keys()].sort((a, b) => a - b);
    if (p.frameworkFirst && chosen.some((s) => this.columns.offFramework[s] === 0))
      chosen = chosen.filter((s) => this.columns.offFramework[s] === 0);
    const local = chosen.map((s) => this.schools[s]);
    return orderEligible(
      local.map((_, k) => k),
      local,
      chosen.map((s) => evaluations.get(s) as Evaluation),
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
 * Builds a Matcher: validates the schools, the policy and the travel table once and indexes them.
 *
 * @param schools candidate schools
 * @param policy a partial policy; missing fields take DEFAULT_POLICY
 * @param options `{ travel }`: real journeys from a travel table (see MatchOptions)
 * @throws ValidationError listing every problem in the schools, the policy and the options
 * @example
 * const matcher = createMatcher(schools, { maxDistanceKm: 40 });
 * matcher.rank(child, { limit: 3 })[0].school.name;
 */
export function createMatcher(
  schools: Loose<readonly SchoolInput[]>,
  policy?: Loose<PolicyInput>,
  options?: Loose<MatchOptionsInput>,
): Matcher {
  return new Matcher(schools, policy, options);
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
