import type { Loose } from '../schema/loose.js';
import * as z from 'zod/mini';
import { strictFields, strictOptions } from '../schema/strict-fields.js';
import { RateSchema, parseWith } from '../schema/common.js';
import { DEFAULT_POLICY, PolicySchema, type Policy } from '../schema/policy.js';
import { SchoolSchema, uniqueUrns, type Lot, type School } from '../schema/school.js';
import { ValidationError } from '../schema/validation-error.js';
import { isOffFramework } from './framework.js';
import type { RankedSchool, Ranking } from './rank.js';

/** Options of planConsultation; every field is optional (defaults in CONSULTATION_DEFAULTS). */
export type ConsultationOptions = {
  /** Schools consulted at once in each round (whole number, 1 or more). */
  parallel?: number;
  /** Days a school takes to answer when it reports no median response time; overrides the policy's. */
  responseDays?: number;
  /**
   * Chance a school offers a place. A number applies to every school (a what-if that overrides
   * KPIs too); a record by lot replaces the policy's defaults by lot (a school's own
   * `kpis.acceptanceRate` still wins).
   */
  acceptance?: number | Partial<Record<Lot, number>>;
  /**
   * The placement policy (partial; missing fields take DEFAULT_POLICY), as given to rankSchools:
   * its `consultation.responseDays` and `consultation.acceptanceByLot` are the plan's defaults.
   */
  policy?: unknown;
};

/**
 * The defaults of planConsultation, each with its reason; a `policy` option replaces responseDays
 * and acceptanceByLot with its own `consultation` settings.
 *
 * @example
 * CONSULTATION_DEFAULTS.responseDays; // 15
 */
export const CONSULTATION_DEFAULTS = {
  /** One school at a time: the usual practice, and the baseline parallel consultation is compared with. */
  parallel: 1,
  /** The statutory 15-day window for a school to respond (SEND Regulations 2014), as the policy sets it. */
  responseDays: DEFAULT_POLICY.consultation.responseDays,
  /**
   * When a school reports no acceptance rate: lot 1 0.5, lot 2 0.4, none 0.3 (assumptions, see
   * DEFAULT_POLICY.consultation).
   */
  acceptanceByLot: DEFAULT_POLICY.consultation.acceptanceByLot,
};

/** One school in a consultation round. */
export type ConsultedSchool = {
  urn: string;
  name: string;
  lot: Lot;
  /** The school's rank in the input ranking. */
  rank: number;
  /** Chance it offers a place, in [0, 1]. */
  acceptance: number;
  /**
   * Where the chance came from: the `acceptance` option, the school's KPI, the rate for its lot that
   * the given policy sets (`policy`), or the default for its lot (`lot-default`).
   */
  acceptanceSource: 'kpi' | 'lot-default' | 'policy' | 'option';
  /** Days from the round's start to its answer. */
  responseDays: number;
};

/** One round: schools consulted together, and what the plan has achieved by its end. */
export type ConsultationRound = {
  /** 1 for the first round. */
  round: number;
  schools: ConsultedSchool[];
  /** Day the round starts (0 for the first) and ends (when its last school answers). */
  startDay: number;
  endDay: number;
  /** Chance of at least one offer by the end of this round. */
  offerProbability: number;
  /** Chance of still having no offer at the end of this round (1 − offerProbability, up to rounding). */
  noOfferProbability: number;
  /** Expected day of the first offer, given an offer by the end of this round; null when no offer is possible yet. */
  expectedDaysIfOffer: number | null;
};

/** The plan: rounds in order, and the totals over the whole plan. */
export type ConsultationPlan = {
  rounds: ConsultationRound[];
  /** Expected day of the first offer, given that one comes within the plan; null when none can. */
  expectedDaysToFirstOffer: number | null;
  /** Chance that no school in the plan offers a place. */
  noOfferProbability: number;
  /** Day the last round ends (0 for an empty plan). */
  totalDays: number;
};

const RankedEntrySchema = z.looseObject({
  school: SchoolSchema,
  rank: z
    .number({ error: 'rank must be a number' })
    .check(z.int({ error: 'rank must be a whole number' }), z.minimum(1, { error: 'rank must be 1 or more' })),
});
// A school consulted twice would count its chance of an offer twice.
const RankedListSchema = z.array(RankedEntrySchema).check(uniqueUrns((e) => e.school.urn, ['school', 'urn']));
const RankingResultSchema = z.looseObject({ ranked: RankedListSchema });
const AcceptanceByLotSchema = strictFields({
  lot1: z.optional(RateSchema),
  lot2: z.optional(RateSchema),
  none: z.optional(RateSchema),
});
const OptionsSchema = z.prefault(
  strictOptions({
    parallel: z._default(
      z
        .number({ error: 'must be a number' })
        .check(
          z.int({ error: 'parallel must be a whole number' }),
          z.minimum(1, { error: 'parallel must be 1 or more' }),
        ),
      CONSULTATION_DEFAULTS.parallel,
    ),
    responseDays: z.optional(
      z
        .number({ error: 'must be a number' })
        .check(
          z.positive({ error: 'must be more than 0' }),
          z.maximum(366, { error: 'responseDays must be at most 366 (a year)' }),
        ),
    ),
    acceptance: z.optional(
      z.union([RateSchema, AcceptanceByLotSchema], {
        error: 'acceptance must be a rate in [0, 1] or a record of rates by lot',
      }),
    ),
    policy: PolicySchema,
  }),
  {},
);

/** Consultation groups in order: state-funded settings, lot 1, lot 2, then off-framework spot purchases. */
function group(school: School): number {
  if (isOffFramework(school)) return 3;
  if (school.lot === 'lot1') return 1;
  if (school.lot === 'lot2') return 2;
  return 0;
}

/**
 * Plans which schools to consult, in which round, for one child: what a caseworker needs to know
 * before writing to schools, given each school's 15-day response window and that each refusal
 * adds to the wait.
 *
 * Order (Kent's consultation order): state-funded settings first (maintained special, SRP,
 * mainstream), then framework lot 1, lot 2, then off-framework spot purchases; within a group, the
 * ranking's order (rank, then URN). Rounds take `parallel` schools each, in that order.
 *
 * Model (documented assumptions): each school offers a place with probability `acceptance` —
 * its KPI `acceptanceRate` when given, else the policy's `consultation.acceptanceByLot` for its lot
 * (CONSULTATION_DEFAULTS without a policy), unless the `acceptance` option overrides — and schools
 * decide independently of each other. A school answers `kpis.medianResponseDays` after the round
 * starts when it reports one (its typical time taken as fixed), else after `responseDays` (the
 * option, else the policy's `consultation.responseDays`). A round ends when its last school has
 * answered, and the next round starts then, only if no offer came. So the first offer comes from
 * the first round with an accepting school, on the day its earliest accepting school answers.
 *
 * @param ranking a rankSchools result, or its `ranked` list (each school once)
 * @param options parallel (default 1), responseDays (default the policy's), acceptance, policy (see
 *   ConsultationOptions)
 * @returns rounds with the chance of an offer by each round's end and the expected day of the first offer
 * @throws ValidationError listing every problem in the ranking (`[2].rank`, `ranked[3].school.urn`
 *   for a school listed twice) or, when it has none, in the options (`policy.consultation.responseDays`)
 * @example
 * const school = (urn: string, lot: 'lot1' | 'lot2' | 'none') => ({ school: { urn, name: urn, kind: 'independent',
 *   lot, needs: ['ASD'], ncYears: [7, 11], sex: 'mixed', residential: false, location: { lat: 51.3, lon: 1 },
 *   capacity: 50, vacancies: 2, annualFee: 50000 }, rank: Number(urn) });
 * const plan = planConsultation([school('1', 'lot2'), school('2', 'lot1')], { acceptance: 0.5 });
 * plan.rounds.map((r) => r.schools[0].urn); // ['2', '1']: lot 1 first
 * plan.rounds[1].noOfferProbability; // 0.25
 * plan.expectedDaysToFirstOffer; // 20 = (0.5 × 15 + 0.25 × 30) / 0.75
 */
export function planConsultation(
  ranking: Loose<Ranking | readonly RankedSchool[]>,
  options?: ConsultationOptions,
): ConsultationPlan {
  const list = rankedList(ranking);
  const parsed = parseWith(OptionsSchema, options, 'consultation options');
  const { responseDays, acceptanceByLot } = parsed.policy.consultation;
  const entries = list.map((e) => ({ school: e.school as School, rank: e.rank }));
  entries.sort(
    (a, b) =>
      group(a.school) - group(b.school) ||
      a.rank - b.rank ||
      (a.school.urn < b.school.urn ? -1 : a.school.urn > b.school.urn ? 1 : 0),
  );
  const days = parsed.responseDays ?? responseDays;
  // The lots whose rate the caller's policy sets itself (parsing fills in the others from the defaults).
  const set = (options?.policy as { consultation?: { acceptanceByLot?: object } } | undefined)?.consultation
    ?.acceptanceByLot;
  const consulted = entries.map(({ school, rank }) => {
    const one = consultedSchool(school, rank, days, parsed.acceptance, acceptanceByLot);
    if (one.acceptanceSource === 'lot-default' && set !== undefined && Object.hasOwn(set, school.lot))
      one.acceptanceSource = 'policy';
    return one;
  });
  const rounds = roundsOf(consulted, parsed.parallel);
  const last = rounds[rounds.length - 1];
  return {
    rounds,
    expectedDaysToFirstOffer: last ? last.expectedDaysIfOffer : null,
    noOfferProbability: last ? last.noOfferProbability : 1,
    totalDays: last ? last.endDay : 0,
  };
}

/**
 * The ranked list of a rankSchools result or of the list itself, each entry's problems at its path
 * (`[0].rank`, `ranked[0].rank`); anything else is told what a ranking is.
 */
function rankedList(ranking: unknown) {
  if (Array.isArray(ranking)) return parseWith(RankedListSchema, ranking, 'ranking');
  if (ranking !== null && typeof ranking === 'object' && 'ranked' in ranking)
    return parseWith(RankingResultSchema, ranking, 'ranking').ranked;
  const code = ranking === undefined ? 'required' : 'invalid_type';
  throw new ValidationError('ranking', [
    { path: '(root)', code, message: 'ranking must be a rankSchools result or its ranked list' },
  ]);
}

/** One school as consulted: its chance of an offer (the option, its KPI or its lot's default, in that order). */
function consultedSchool(
  school: School,
  rank: number,
  responseDays: number,
  acceptance: ConsultationOptions['acceptance'],
  byLot: Policy['consultation']['acceptanceByLot'],
): ConsultedSchool {
  const kpi = school.kpis?.acceptanceRate;
  let rate: number;
  let source: ConsultedSchool['acceptanceSource'];
  if (typeof acceptance === 'number') [rate, source] = [acceptance, 'option'];
  else if (kpi !== undefined) [rate, source] = [kpi, 'kpi'];
  else if (acceptance?.[school.lot] !== undefined) [rate, source] = [acceptance[school.lot]!, 'option'];
  else [rate, source] = [byLot[school.lot], 'lot-default'];
  return {
    urn: school.urn,
    name: school.name,
    lot: school.lot,
    rank,
    acceptance: rate,
    acceptanceSource: source,
    responseDays: school.kpis?.medianResponseDays ?? responseDays,
  };
}

/** The schools in rounds of `parallel`, with the chance of a first offer and its expected day after each round. */
function roundsOf(consulted: readonly ConsultedSchool[], parallel: number): ConsultationRound[] {
  const rounds: ConsultationRound[] = [];
  let startDay = 0;
  let noOffer = 1; // chance that no school so far has offered
  // Chance of a first offer so far, summed outcome by outcome (not 1 − noOffer, which loses all
  // precision for tiny rates), and the same sum weighted by the day of that offer.
  let offer = 0;
  let weightedDays = 0;
  for (let i = 0; i < consulted.length; i += parallel) {
    const schools = consulted.slice(i, i + parallel);
    // Within the round the first offer is the earliest accepting answer; equal days keep plan order.
    const byAnswer = [...schools].sort((a, b) => a.responseDays - b.responseDays);
    for (const s of byAnswer) {
      const first = noOffer * s.acceptance;
      offer += first;
      weightedDays += first * (startDay + s.responseDays);
      noOffer *= 1 - s.acceptance;
    }
    const endDay = startDay + Math.max(...schools.map((s) => s.responseDays));
    rounds.push({
      round: rounds.length + 1,
      schools,
      startDay,
      endDay,
      offerProbability: Math.min(1, offer),
      noOfferProbability: noOffer,
      expectedDaysIfOffer: offer > 0 ? weightedDays / offer : null,
    });
    startDay = endDay;
  }
  return rounds;
}
