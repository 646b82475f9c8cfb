import * as z from 'zod/mini';
import { strictFields } from './strict-fields.js';
import { NonNegativeSchema, RateSchema, labelEnum, parseWith } from './common.js';
import { LOTS, type OFSTED_GRADES } from './school.js';

/**
 * The defaults of a placement policy, each with its reason. Kent's stated aims (market engagement
 * notice 2025): education as close to home as possible, high quality, value for money.
 * Every default lives here and nowhere else.
 *
 * @example
 * DEFAULT_POLICY.consultation.responseDays; // 15
 * DEFAULT_POLICY.maxDistanceKm; // 60
 */
export const DEFAULT_POLICY = {
  /** Relative weight of each criterion; scores use weight / sum of weights, so a score is in [0, 1]. */
  weights: {
    need: 0.2, // every ranked school already meets the primary need (a hard filter); this rewards secondary needs
    quality: 0.25, // "high attendance, high aspirations and outcomes, fewer breakdowns"
    capacity: 0.05, // room to spare makes a placement likelier to hold, but is a tie-breaker more than a reason
    cost: 0.2, // value for money: £86.7m a year on 1,690 children
    travel: 0.3, // "education as close to where children live as possible", the aim named first
  },
  /** How ranking works: a weighted sum (default), TOPSIS, or framework first then nearest. */
  strategy: 'weighted-sum' as 'weighted-sum' | 'topsis' | 'framework-first-nearest',
  /**
   * Kent's consultation order: off-framework schools are ranked only when no framework school passes
   * the filters, and allocateCohort places a child off the framework only when the framework schools
   * that could take them are full.
   */
  frameworkFirst: true,
  /**
   * Lots a placement may be made in; all by default (spot purchases stay possible). `none` is the spot purchases:
   * state-funded settings (maintained special, SRP, mainstream) are in no lot and always allowed.
   */
  allowedLots: ['lot1', 'lot2', 'none'] as Array<'lot1' | 'lot2' | 'none'>,
  /** A school with no vacancy is excluded unless the council allows waiting lists. */
  allowWaitingList: false,
  /** Hard limit on road distance from home, km; a child's own maxDistanceKm overrides it. Kent is ~100 km wide. */
  maxDistanceKm: 60,
  /**
   * Hard limit on one journey's minutes. DfE home-to-school travel guidance (2024) gives 45 minutes
   * (primary) and 75 minutes (secondary) as the best-practice maximum each way.
   */
  maxTravelMinutes: { primary: 45, secondary: 75 },
  /** Travel model: road km = great-circle km x circuity; minutes at an average speed; cost per km driven. */
  travel: {
    circuityFactor: 1.3, // road distance / straight-line distance, typical of English roads (assumption, 1.2-1.4)
    averageSpeedKmh: 35, // a mix of A-roads and towns at school-run times (assumption)
    costPerKmGbp: 1.6, // contracted SEN taxi per km (assumption; Kent pays roughly £1.40-£2.00)
    journeysPerDay: 2, // to school and home again
    schoolDaysPerYear: 190, // the statutory school year in England
  },
  /** Cost criterion: annual cost at or below `lowGbp` scores 1, at or above `highGbp` scores 0, linear between. */
  costBand: { lowGbp: 30_000, highGbp: 90_000 }, // around Kent's mean net cost of ~£51.3k a child
  /**
   * Need criterion: meeting the primary need earns this share; secondary needs met share the rest (all of it when there
   * are none).
   */
  // the primary need is a hard filter, so half the points go to how many secondary needs are met too
  need: { primaryShare: 0.5 },
  /** Quality criterion: points by lot and Ofsted grade, in [0, 1]. */
  quality: {
    /** How the quality score mixes its parts; KPI points count only for schools that report KPIs. */
    parts: { lot: 0.4, ofsted: 0.4, kpis: 0.2 }, // lot and Ofsted are the council's own judgements; KPIs are patchier
    attendanceFloor: 0.8, // attendance at or below 80% scores 0 and 100% scores 1 (special schools average ~87%)
    breakdownCeiling: 0.2, // a breakdown rate of 0 scores 1 and 20% or more scores 0 ("fewer placement breakdowns")
    // lot 1 is the higher-quality lot
    lot: { lot1: 1, lot2: 0.6, none: 0.3 } as Record<'lot1' | 'lot2' | 'none', number>,
    ofsted: {
      outstanding: 1,
      good: 0.8,
      'requires-improvement': 0.35,
      inadequate: 0,
      'not-inspected': 0.5,
    } as Record<(typeof OFSTED_GRADES)[number], number>,
  },
  /**
   * Capacity criterion: vacancies at or above this share of capacity score 1 (room to spare); the last place scores
   * lower.
   */
  capacity: { comfortableShare: 0.1 },
  /** Consultation: chance a school offers a place, by lot, when its KPI acceptanceRate is missing (assumption). */
  consultation: {
    responseDays: 15, // the statutory 15-day window for a school to respond (SEND Regulations 2014)
    acceptanceByLot: { lot1: 0.5, lot2: 0.4, none: 0.3 } as Record<'lot1' | 'lot2' | 'none', number>,
  },
};

/** A placement policy with every default filled in. */
export type Policy = typeof DEFAULT_POLICY;

// Weights are relative, so a million to one already silences the smaller weight; the bound keeps
// sums of weights finite (five weights near Number.MAX_VALUE add up to Infinity, and scores to NaN).
const MAX_WEIGHT = 1_000_000;
const Weight = z
  .number({ error: 'weight must be a number' })
  .check(
    z.minimum(0, { error: 'weight must be 0 or more' }),
    z.maximum(MAX_WEIGHT, { error: `weight must be at most ${MAX_WEIGHT} (weights are relative)` }),
  );
const LotRecord = (fallback: Record<'lot1' | 'lot2' | 'none', number>) =>
  z.prefault(
    strictFields({
      lot1: z._default(RateSchema, fallback.lot1),
      lot2: z._default(RateSchema, fallback.lot2),
      none: z._default(RateSchema, fallback.none),
    }),
    {},
  );
/** A number with a default, at least `min` (or more than 0) and at most `max`, each bound saying itself. */
const bounded = (fallback: number, { min, max, unit = '' }: { min?: number; max?: number; unit?: string }) => {
  const checks = [
    min === undefined
      ? z.positive({ error: 'must be more than 0' })
      : z.minimum(min, { error: `must be at least ${min}` }),
    ...(max === undefined ? [] : [z.maximum(max, { error: `must be at most ${max}${unit}` })]),
  ];
  return z._default(z.number({ error: 'must be a number' }).check(...checks), fallback);
};
const D = DEFAULT_POLICY;

const WeightsSchema = z
  .prefault(
    strictFields({
      need: z._default(Weight, D.weights.need),
      quality: z._default(Weight, D.weights.quality),
      capacity: z._default(Weight, D.weights.capacity),
      cost: z._default(Weight, D.weights.cost),
      travel: z._default(Weight, D.weights.travel),
    }),
    {},
  )
  .check(
    z.refine((w) => Object.values(w).some((x) => x < 0) || w.need + w.quality + w.capacity + w.cost + w.travel > 0, {
      error: 'at least one weight must be more than 0',
    }),
  );

const TravelSchema = z.prefault(
  strictFields({
    circuityFactor: z._default(
      z
        .number({ error: 'must be a number' })
        .check(
          z.minimum(1, { error: 'road distance cannot be shorter than straight-line (circuityFactor at least 1)' }),
          z.maximum(5, { error: 'circuityFactor must be at most 5 (roads five times the straight line)' }),
        ),
      D.travel.circuityFactor,
    ),
    averageSpeedKmh: bounded(D.travel.averageSpeedKmh, { max: 200, unit: ' km/h' }),
    // Upper bounds far beyond any real journey keep annual transport costs finite.
    costPerKmGbp: bounded(D.travel.costPerKmGbp, { min: 0, max: 1000, unit: ' (GBP per km)' }),
    journeysPerDay: bounded(D.travel.journeysPerDay, { min: 0, max: 24 }),
    schoolDaysPerYear: bounded(D.travel.schoolDaysPerYear, { min: 0, max: 366, unit: ' days' }),
  }),
  {},
);

const QualitySchema = z.prefault(
  strictFields({
    parts: z
      .prefault(
        strictFields({
          lot: z._default(Weight, D.quality.parts.lot),
          ofsted: z._default(Weight, D.quality.parts.ofsted),
          kpis: z._default(Weight, D.quality.parts.kpis),
        }),
        {},
      )
      .check(
        z.refine((p) => p.lot + p.ofsted > 0, {
          error: 'quality.parts.lot or quality.parts.ofsted must be more than 0',
        }),
      ),
    attendanceFloor: z._default(
      z
        .number({ error: 'must be a number' })
        .check(z.minimum(0, { error: 'must be at least 0' }), z.lt(1, { error: 'must be less than 1' })),
      D.quality.attendanceFloor,
    ),
    breakdownCeiling: bounded(D.quality.breakdownCeiling, { max: 1 }),
    lot: LotRecord(D.quality.lot),
    ofsted: z.prefault(
      strictFields({
        outstanding: z._default(RateSchema, D.quality.ofsted.outstanding),
        good: z._default(RateSchema, D.quality.ofsted.good),
        'requires-improvement': z._default(RateSchema, D.quality.ofsted['requires-improvement']),
        inadequate: z._default(RateSchema, D.quality.ofsted.inadequate),
        'not-inspected': z._default(RateSchema, D.quality.ofsted['not-inspected']),
      }),
      {},
    ),
  }),
  {},
);

/**
 * A placement policy; every field is optional and takes its default from DEFAULT_POLICY.
 *
 * @example
 * PolicySchema.parse({}).strategy; // 'weighted-sum'
 * PolicySchema.parse({ weights: { travel: 1 } }).weights.cost; // 0.2, the default
 */
export const PolicySchema = z.prefault(
  strictFields({
    weights: WeightsSchema,
    strategy: z._default(
      labelEnum(
        ['weighted-sum', 'topsis', 'framework-first-nearest'],
        "strategy must be 'weighted-sum', 'topsis' or 'framework-first-nearest'",
      ),
      D.strategy,
    ),
    frameworkFirst: z._default(z.boolean({ error: 'must be true or false' }), D.frameworkFirst),
    allowedLots: z._default(
      z
        .array(labelEnum(LOTS, `lot must be one of ${LOTS.join(', ')}`), {
          error: 'allowedLots must be a list',
        })
        .check(z.minLength(1, { error: 'allow at least one lot' })),
      D.allowedLots,
    ),
    allowWaitingList: z._default(z.boolean({ error: 'must be true or false' }), D.allowWaitingList),
    maxDistanceKm: bounded(D.maxDistanceKm, {}),
    maxTravelMinutes: z.prefault(
      strictFields({
        primary: bounded(D.maxTravelMinutes.primary, {}),
        secondary: bounded(D.maxTravelMinutes.secondary, {}),
      }),
      {},
    ),
    travel: TravelSchema,
    costBand: z
      .prefault(
        strictFields({
          lowGbp: z._default(NonNegativeSchema, D.costBand.lowGbp),
          highGbp: z._default(NonNegativeSchema, D.costBand.highGbp),
        }),
        {},
      )
      .check(
        z.refine((b) => b.highGbp > b.lowGbp, {
          error: 'costBand.highGbp must be more than lowGbp',
          path: ['highGbp'],
        }),
      ),
    need: z.prefault(strictFields({ primaryShare: z._default(RateSchema, D.need.primaryShare) }), {}),
    quality: QualitySchema,
    capacity: z.prefault(strictFields({ comfortableShare: bounded(D.capacity.comfortableShare, { max: 1 }) }), {}),
    consultation: z.prefault(
      strictFields({
        responseDays: bounded(D.consultation.responseDays, {}),
        acceptanceByLot: LotRecord(D.consultation.acceptanceByLot),
      }),
      {},
    ),
  }),
  {},
);

/** A partial policy as the entry points accept it: every field optional, missing ones from DEFAULT_POLICY. */
export type PolicyInput = NonNullable<z.input<typeof PolicySchema>>;

/**
 * Validates a policy and fills every missing field from DEFAULT_POLICY.
 *
 * @example
 * parsePolicy({ maxDistanceKm: 40 }).weights.travel; // 0.3
 * parsePolicy(undefined).frameworkFirst; // true
 */
export function parsePolicy(input: unknown): Policy {
  return parseWith(PolicySchema, input, 'policy') as Policy;
}
