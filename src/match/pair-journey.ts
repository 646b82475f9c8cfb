import { haversineKm } from '../geo/haversine-km.js';
import type { TravelEntry } from '../geo/travel-table.js';
import { journeyMinutes, roadKm } from '../geo/travel.js';
import type { ChildTerms } from './child-terms.js';
import type { SchoolColumns } from './school-columns.js';

/**
 * The km (and minutes) stored for a pair a travel table gives no route for; the journey filter
 * turns it into the reason `unreachable`.
 *
 * @example
 * UNREACHABLE_KM; // -1
 */
export const UNREACHABLE_KM = -1;

/** One pair's journey: road km, one journey's minutes, and whether they came from a travel table. */
export type Journey = { km: number; minutes: number; fromTable: boolean };

/**
 * A travel table indexed for one list of schools: per child id, the schools it gives journeys to
 * (entries for URNs not in the list are left out). Built once; then `load(childId)` spreads one
 * child's journeys over dense per-school arrays, so that the hot loops look a pair up in O(1), and
 * `unload()` clears them again (cost: the child's entries, not the schools).
 *
 * @example
 * const lookup = new TravelLookup([{ childId: 'C1', urn: '900001', km: 12, minutes: 20 }], columns);
 * lookup.load('C1'); // 1 journey loaded
 * lookup.has[0]; // 1 (school 0 is URN 900001)
 * lookup.unload();
 */
export class TravelLookup {
  /** 1 for a school the loaded child has a journey to. */
  readonly has: Uint8Array;
  readonly km: Float64Array;
  readonly minutes: Float64Array;
  /** The schools of the loaded child's journeys, in table order: `loaded[0 .. loadedCount)`. */
  loaded: Int32Array = new Int32Array(0);
  loadedCount = 0;
  private readonly byChild = new Map<string, { schools: Int32Array; km: Float64Array; minutes: Float64Array }>();

  /**
   * @param table an already-valid travel table (no pair twice)
   * @param columns the schools the table is looked up for
   */
  constructor(table: readonly TravelEntry[], columns: SchoolColumns) {
    const n = columns.size;
    this.has = new Uint8Array(n);
    this.km = new Float64Array(n);
    this.minutes = new Float64Array(n);
    const schoolOf = new Map(columns.schools.map((school, s) => [school.urn, s]));
    const rows = new Map<string, number[]>();
    table.forEach((entry, i) => {
      if (!schoolOf.has(entry.urn)) return;
      const list = rows.get(entry.childId);
      if (list) list.push(i);
      else rows.set(entry.childId, [i]);
    });
    for (const [childId, list] of rows) {
      this.byChild.set(childId, {
        schools: Int32Array.from(list, (i) => schoolOf.get(table[i].urn) as number),
        km: Float64Array.from(list, (i) => table[i].km ?? UNREACHABLE_KM),
        minutes: Float64Array.from(list, (i) => table[i].minutes ?? UNREACHABLE_KM),
      });
    }
  }

  /** Spreads one child's journeys over `has`, `km` and `minutes`; returns how many (0 for a child not in the table). */
  load(childId: string): number {
    this.unload();
    const rows = this.byChild.get(childId);
    if (!rows) return 0;
    const { schools, km, minutes } = rows;
    for (let k = 0; k < schools.length; k++) {
      const s = schools[k];
      this.has[s] = 1;
      this.km[s] = km[k];
      this.minutes[s] = minutes[k];
    }
    this.loaded = schools;
    this.loadedCount = schools.length;
    return schools.length;
  }

  /** Clears the loaded child's journeys. */
  unload(): void {
    for (let k = 0; k < this.loadedCount; k++) this.has[this.loaded[k]] = 0;
    this.loadedCount = 0;
  }
}

/**
 * The journey of one pair — the one place a travel table enters matching: the loaded child's
 * table journey when it has one for the school (`fromTable`), else the estimate (road km =
 * great-circle km × circuity, minutes at the policy's average speed). Writes into `out` and
 * returns it, so hot loops allocate nothing.
 *
 * @param travel the table with the child loaded, or undefined for estimates only
 * @example
 * const j = journeyOf(columns, undefined, 0, childTerms(child, policy), { km: 0, minutes: 0, fromTable: false });
 * j.km; // the estimated road km to school 0
 */
export function journeyOf(
  columns: SchoolColumns,
  travel: TravelLookup | undefined,
  s: number,
  child: ChildTerms,
  out: Journey,
): Journey {
  if (travel !== undefined && travel.has[s] === 1) {
    out.km = travel.km[s];
    out.minutes = travel.minutes[s];
    out.fromTable = true;
    return out;
  }
  const model = columns.policy.travel;
  out.km = roadKm(
    haversineKm(child.lat, child.lon, child.cosLat, columns.lat[s], columns.lon[s], columns.cosLat[s]),
    model,
  );
  out.minutes = journeyMinutes(out.km, model);
  out.fromTable = false;
  return out;
}
