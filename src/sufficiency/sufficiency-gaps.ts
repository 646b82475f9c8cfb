import * as z from 'zod/mini';
import { strictFields } from '../schema/strict-fields.js';
import { NEED_CODES, type NeedCode } from '../needs.js';
import { greatCircleKm } from '../geo/great-circle-km.js';
import { LatLonSchema, NeedCodeSchema, NonEmptyStringSchema, parseWith } from '../schema/common.js';
import { SCENARIO_LIMITS } from '../schema/scenario-limits.js';
import { bounded } from '../schema/sourced-number.js';
import { SCHOOL_KINDS, SchoolListSchema, type SchoolKind } from '../schema/school.js';

/** One line of a gap table: local places against demand; `gap` = demand - places (above 0: short of places). */
export type Gap = { need?: NeedCode; district?: string; places: number; demand: number; gap: number };

/** Result of sufficiencyGaps, each table biggest gap first. */
export type SufficiencyGaps = { byNeed: Gap[]; byDistrict: Gap[]; byDistrictAndNeed: Gap[]; total: Gap };

/** Input of sufficiencyGaps. */
export type GapInput = {
  /** Schools (School records); only the local kinds count, and `district` places them. */
  schools: unknown;
  /**
   * Who needs a local place: one entry per child (count 1) or per group, by need and home district
   * (a planner may take these from a projection year's SRP demand by need, or from children's
   * records: a Child's `primaryNeed` and `home` fit, since `need` may be given as `primaryNeed`).
   * Without a district, a home puts the child in the district of the nearest local school.
   */
  demand: Array<{
    need?: NeedCode;
    primaryNeed?: NeedCode;
    district?: string;
    home?: { lat: number; lon: number };
    count?: number;
  }>;
  /** School kinds that count as local places; default SRP and maintained special. */
  kinds?: SchoolKind[];
};

/**
 * The district of children given with neither a district nor a home (or a home with no local
 * school that names its district to place it by): their demand, never any places.
 *
 * @example
 * sufficiencyGaps({ schools: [], demand: [{ need: 'ASD' }] }).byDistrict[0].district; // 'unknown'
 */
export const UNKNOWN_DISTRICT = 'unknown';

/**
 * The district of local schools that name none: their places, never any demand. Kept apart from
 * UNKNOWN_DISTRICT because children and places whose districts are unknown are not in one place,
 * and netting them would make a gap (or a surplus) out of nothing.
 *
 * @example
 * // srp: a local school that names no district
 * sufficiencyGaps({ schools: [srp], demand: [{ need: 'ASD' }] }).byDistrict.map((g) => g.district);
 * // ['unknown', 'unknown (schools)']
 */
export const UNKNOWN_SCHOOL_DISTRICT = 'unknown (schools)';

/** A Child's other fields: a demand entry may carry them (children's records serve as demand); they are not read. */
const CHILD_FIELDS = Object.fromEntries(
  ['id', 'secondaryNeeds', 'ncYear', 'sex', 'residential', 'namedSchoolUrn', 'maxDistanceKm'].map((k) => [
    k,
    z.optional(z.unknown()),
  ]),
);

// Strict: a group's size written as anything but `count` (`children: 10`) would count as one child.
const DemandEntrySchema = strictFields(
  {
    need: z.optional(NeedCodeSchema),
    primaryNeed: z.optional(NeedCodeSchema),
    district: z.optional(NonEmptyStringSchema),
    home: z.optional(LatLonSchema),
    // Bounded so that the sums stay finite: one entry is one child or a group, never more than
    // every pupil in England.
    count: z.optional(
      bounded(
        0,
        SCENARIO_LIMITS.maxChildren,
        'must be 0 or more',
        `must be at most ${SCENARIO_LIMITS.maxChildren.toLocaleString('en-GB')} children`,
      ),
    ),
    ...CHILD_FIELDS,
  },
  { error: 'a demand entry must be an object: { need, district?, home?, count? }' },
).check(
  z.refine((d) => d.need !== undefined || d.primaryNeed !== undefined, {
    error: 'need (or primaryNeed) is required',
    path: ['need'],
  }),
);

const InputSchema = strictFields(
  {
    schools: SchoolListSchema,
    demand: z.array(DemandEntrySchema, { error: 'demand must be a list of { need, district?, home?, count? }' }),
    kinds: z.optional(
      z.array(z.enum(SCHOOL_KINDS, { error: `kind must be one of ${SCHOOL_KINDS.join(', ')}` }), {
        error: 'kinds must be a list of school kinds',
      }),
    ),
  },
  { error: 'input must be an object: { schools, demand, kinds? }' },
);

function table(
  places: Map<string, number>,
  demand: Map<string, number>,
  make: (key: string) => Pick<Gap, 'need' | 'district'>,
): Gap[] {
  const keys = [...new Set([...places.keys(), ...demand.keys()])];
  return keys
    .map((key) => {
      const p = places.get(key) ?? 0;
      const d = demand.get(key) ?? 0;
      return { key, gap: { ...make(key), places: p, demand: d, gap: d - p } };
    })
    .sort((a, b) => b.gap.gap - a.gap.gap || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.gap);
}

/**
 * Gap analysis: local specialist places (SRP and maintained-special by default) against demand, by
 * need type, by district, and by both, biggest gap first (ties by name) — Kent's aim of "identifying
 * gaps in provision to meet pupil need types" and placing children "as close to where children live
 * as possible". A school's capacity is shared equally among the needs it caters for, since school
 * records give places per school, not per need. A child given by home rather than district counts in
 * the district of the nearest local school that names one (an approximation for when boundaries are
 * not to hand). Where a district is not known at all, children and places are not netted as if they
 * were in one place: children with neither district nor home count in `unknown` (demand only), places
 * at local schools without a district in `unknown (schools)` (places only), each a row of its own in
 * `byDistrict` and `byDistrictAndNeed`; `byNeed` and `total` count both, since need and the whole
 * area do not depend on a district.
 *
 * @throws ValidationError listing every bad school or demand entry
 * @example
 * const g = sufficiencyGaps({
 *   schools: [{ urn: '1', name: 'Oak SRP', kind: 'srp', lot: 'none', needs: ['ASD', 'SLCN'], ncYears: [7, 11],
 *     sex: 'mixed', residential: false, location: { lat: 51.3, lon: 0.5 }, capacity: 20, vacancies: 0,
 *     annualFee: 16000, district: 'Maidstone' }],
 *   demand: [{ need: 'ASD', district: 'Maidstone', count: 25 }, { need: 'SLCN', district: 'Maidstone', count: 4 }],
 * });
 * g.byNeed[0]; // { need: 'ASD', places: 10, demand: 25, gap: 15 }
 * g.byDistrict[0]; // { district: 'Maidstone', places: 20, demand: 29, gap: 9 }
 */
export function sufficiencyGaps(input: GapInput): SufficiencyGaps {
  const { schools, demand, kinds } = parseWith(InputSchema, input, 'sufficiency gaps input');
  const local = new Set<string>(kinds ?? ['srp', 'maintained-special']);
  const placesByNeed = new Map<string, number>();
  const placesByDistrict = new Map<string, number>();
  const placesByBoth = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, by: number) => m.set(key, (m.get(key) ?? 0) + by);
  for (const school of schools) {
    if (!local.has(school.kind) || school.needs.length === 0) continue;
    const district = school.district ?? UNKNOWN_SCHOOL_DISTRICT;
    add(placesByDistrict, district, school.capacity);
    const share = school.capacity / new Set(school.needs).size;
    for (const need of new Set(school.needs)) {
      add(placesByNeed, need, share);
      add(placesByBoth, `${district}\u0000${need}`, share);
    }
  }
  // Nearest local school with a district, ties to the lower URN, for children known by home only.
  const located = schools
    .filter((x) => local.has(x.kind) && x.district !== undefined)
    .sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0));
  const districtOf = (home: { lat: number; lon: number }) => {
    let best: string | undefined;
    let bestKm = Infinity;
    for (const x of located) {
      const km = greatCircleKm(home, x.location);
      if (km < bestKm) {
        bestKm = km;
        best = x.district;
      }
    }
    return best ?? UNKNOWN_DISTRICT;
  };
  const demandByNeed = new Map<string, number>();
  const demandByDistrict = new Map<string, number>();
  const demandByBoth = new Map<string, number>();
  for (const d of demand) {
    const count = d.count ?? 1;
    const need = (d.need ?? d.primaryNeed) as NeedCode;
    const district = d.district ?? (d.home ? districtOf(d.home) : UNKNOWN_DISTRICT);
    add(demandByNeed, need, count);
    add(demandByDistrict, district, count);
    add(demandByBoth, `${district}\u0000${need}`, count);
  }
  const needOrder = (key: string) => ({ need: key as NeedCode });
  const byNeed = table(placesByNeed, demandByNeed, needOrder);
  const totalPlaces = [...placesByDistrict.values()].reduce((t, x) => t + x, 0);
  const totalDemand = [...demandByNeed.values()].reduce((t, x) => t + x, 0);
  return {
    byNeed: byNeed.filter((g) => (NEED_CODES as readonly string[]).includes(g.need as string)),
    byDistrict: table(placesByDistrict, demandByDistrict, (key) => ({ district: key })),
    byDistrictAndNeed: table(placesByBoth, demandByBoth, (key) => {
      const [district, need] = key.split('\u0000');
      return { district, need: need as NeedCode };
    }),
    total: { places: totalPlaces, demand: totalDemand, gap: totalDemand - totalPlaces },
  };
}
