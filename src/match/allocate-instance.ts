import { LatitudeIndex } from '../geo/latitude-index.js';
import type { TravelEntry } from '../geo/travel-table.js';
import type { Child } from '../schema/child.js';
import { NC_YEAR_MIN } from '../schema/common.js';
import type { Policy } from '../schema/policy.js';
import type { School } from '../schema/school.js';
import { childTerms, type ChildTerms } from './child-terms.js';
import { PairColumns, type PairColumnArrays } from './pair-columns.js';
import { REASON_BIT, journeyReasons, schoolReasons } from './pair-filters.js';
import { TravelLookup, journeyOf, type Journey } from './pair-journey.js';
import { SchoolColumns, YEAR_SLOTS } from './school-columns.js';
import { pairAnnualCost, scorePair } from './score-pair.js';

/**
 * A cohort allocation problem in columns, independent of where it came from: children, schools
 * with places, the eligible (child, school) pairs with their scores, and optional per-(school,
 * NC year) limits. The exact allocator, the greedy baseline and the LP writer work on this, and
 * the benchmarks build it straight from generated data.
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
   * Framework-first: 1 for each school off the framework. When given, the objective is to place as
   * many children as possible, then as many as possible at the other schools, then the best score.
   */
  offFramework?: ArrayLike<number>;
  /**
   * Order in which a solver that routes children one at a time takes them (child numbers); input
   * order when absent. Any order gives the same optimum; a good one only saves work.
   */
  routeOrder?: ArrayLike<number>;
};

/** An instance built from records, with what the result needs to report per pair. */
export type CohortInstance = AllocationInstance & Omit<PairColumnArrays, 'pairChild' | 'pairSchool' | 'pairScore'>;

/**
 * Finds every eligible child-school pair and scores it. Eligible for allocation = passes every
 * hard filter of rankSchools except `no-vacancy`: allocation manages the places itself, as arc
 * capacities. Framework-first is not a filter here either: with `policy.frameworkFirst` the
 * instance carries `offFramework`, and the allocator places children off the framework only where
 * the framework schools that could take them are full.
 *
 * Pairs are pruned before any scoring: a school is only looked at when it caters for the child's
 * primary need and lies inside the child's great-circle radius (the tighter of the km and minutes
 * limits, divided by the circuity factor), found with a latitude-strip index per need, or when the
 * travel table has a journey for the pair. So a national instance never touches its ~150M pairs.
 * Each pair that passes is filtered and scored by the same functions as rankSchools
 * (pair-filters.ts, journeyOf, scorePair), so its score is the same double (a test pins this).
 *
 * @param children already-valid children
 * @param schools already-valid schools
 * @param policy an already-parsed policy
 * @param travel an already-valid travel table, or undefined
 * @example
 * const instance = buildCohortInstance(children, schools, parsePolicy({}));
 * instance.pairChild.length; // number of eligible pairs
 */
export function buildCohortInstance(
  children: readonly Child[],
  schools: readonly School[],
  policy: Policy,
  travel?: readonly TravelEntry[],
): CohortInstance {
  const columns = new SchoolColumns(schools, policy);
  const lookup = travel ? new TravelLookup(travel, columns) : undefined;
  const finder = new PairFinder(columns, lookup);
  const limits = new YearLimits(schools);
  // Up to about 40 eligible pairs a child on the benchmarks (15 in a county, 38 nationally): room for
  // that at once saves the copies of growing.
  const pairs = new PairColumns(children.length * 40);
  children.forEach((child, c) => {
    const terms = childTerms(child, policy);
    lookup?.load(child.id);
    for (const s of finder.eligible(terms)) {
      const km = finder.km[s];
      const minutes = finder.minutes[s];
      const score = scorePair(columns, s, terms, km, minutes);
      const fromTable = lookup !== undefined && lookup.has[s] === 1;
      pairs.push(c, s, score, limits.idOf(s, terms.yearSlot), km, minutes, fromTable, pairAnnualCost(columns, s, km));
    }
    lookup?.unload();
  });
  // Route children in a sweep from south to north (ties by input order): the unrouted children,
  // and so the free places, stay on one side of the front, which keeps each shortest-path search
  // of the reference solver short once regions fill up.
  const routeOrder = Int32Array.from(children.keys()).sort(
    (a, b) => children[a].home.lat - children[b].home.lat || a - b,
  );
  const instance: CohortInstance = {
    childCount: children.length,
    vacancies: schools.map((s) => s.vacancies),
    limits: limits.list,
    routeOrder,
    ...pairs.finish(),
  };
  if (policy.frameworkFirst) instance.offFramework = columns.offFramework;
  return instance;
}

/**
 * Finds a child's eligible schools: the spatial window on the estimate, plus the child's table
 * journeys. Each eligible school's journey is kept in `km` and `minutes` (by school) for the
 * caller, so no journey is worked out twice.
 */
class PairFinder {
  readonly km: Float64Array;
  readonly minutes: Float64Array;
  private readonly indexByNeed = new Map<number, LatitudeIndex>();
  private readonly journey: Journey = { km: 0, minutes: 0, fromTable: false };
  /** Room for every school once: a school is found at most once per child (window or table). */
  private readonly found: Int32Array;

  constructor(
    private readonly columns: SchoolColumns,
    private readonly lookup: TravelLookup | undefined,
  ) {
    this.km = new Float64Array(columns.size);
    this.minutes = new Float64Array(columns.size);
    this.found = new Int32Array(columns.size);
  }

  /**
   * The child's eligible schools in school order (the lookup has the child loaded), as a view of
   * a buffer the next call overwrites. A typed array, so that the sort is the engine's numeric one
   * (a comparator on a plain array cost about 0.1 s nationally).
   */
  eligible(child: ChildTerms): Int32Array {
    const found = this.found;
    let count = 0;
    const has = this.lookup?.has;
    // Hot loop, written for speed: the index's window scanned in place (no callback per school);
    // schools with a table journey are taken from the table below, not from the window.
    const index = this.indexFor(child.needIndex);
    const { ids, lons } = index;
    const { start, end, lonBandDeg } = index.window(child.lat, child.radiusKm);
    for (let k = start; k < end; k++) {
      let dLon = Math.abs(lons[k] - child.lon);
      if (dLon > 180) dLon = 360 - dLon; // across the antimeridian
      if (dLon > lonBandDeg) continue;
      const s = ids[k];
      if ((has === undefined || has[s] === 0) && this.passes(s, child)) found[count++] = s;
    }
    const lookup = this.lookup;
    if (lookup !== undefined)
      for (let k = 0; k < lookup.loadedCount; k++)
        if (this.passes(lookup.loaded[k], child)) found[count++] = lookup.loaded[k];
    return found.subarray(0, count).sort();
  }

  /** Every filter of rankSchools but `no-vacancy`; keeps the journey of a school that passes. */
  private passes(s: number, child: ChildTerms): boolean {
    if ((schoolReasons(this.columns, s, child) & ~REASON_BIT['no-vacancy']) !== 0) return false;
    const { km, minutes } = journeyOf(this.columns, this.lookup, s, child, this.journey);
    if (journeyReasons(km, minutes, child) !== 0) return false;
    this.km[s] = km;
    this.minutes[s] = minutes;
    return true;
  }

  /**
   * One index per primary need, built on first use: a child's search then only meets schools that
   * cater for its need (a latitude strip across England otherwise holds hundreds of schools).
   */
  private indexFor(needIndex: number): LatitudeIndex {
    let index = this.indexByNeed.get(needIndex);
    if (!index) {
      const bit = 1 << needIndex;
      const { needMask, lat, lon } = this.columns;
      const subset: number[] = [];
      for (let s = 0; s < needMask.length; s++) if ((needMask[s] & bit) !== 0) subset.push(s);
      index = new LatitudeIndex(lat, lon, subset);
      this.indexByNeed.set(needIndex, index);
    }
    return index;
  }
}

/** The per-(school, NC year) limits of an instance, numbered as pairs first use them. */
class YearLimits {
  readonly list: { school: number; places: number }[] = [];
  /** Places by (school, NC year slot) where the school gives them, else -1; then the limit's number, or -1. */
  private readonly places: Int32Array;
  private readonly ids: Int32Array;

  constructor(schools: readonly School[]) {
    this.places = new Int32Array(schools.length * YEAR_SLOTS).fill(-1);
    this.ids = new Int32Array(schools.length * YEAR_SLOTS).fill(-1);
    schools.forEach((school, s) => {
      for (const [year, places] of Object.entries(school.vacanciesByNcYear ?? {})) {
        const slot = Number(year) - NC_YEAR_MIN;
        if (slot >= 0 && slot < YEAR_SLOTS) this.places[s * YEAR_SLOTS + slot] = places;
      }
    });
  }

  /** The limit of a pair of school `s` and a child in NC year slot `yearSlot`; -1 when no places by year. */
  idOf(s: number, yearSlot: number): number {
    const key = s * YEAR_SLOTS + yearSlot;
    if (this.places[key] < 0) return -1;
    if (this.ids[key] < 0) {
      this.ids[key] = this.list.length;
      this.list.push({ school: s, places: this.places[key] });
    }
    return this.ids[key];
  }
}
