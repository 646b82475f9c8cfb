import * as z from 'zod/mini';
import { NeedCodeSchema, labelEnum } from './common.js';

/**
 * The bounds of a capacity plan's numbers, each with its reason. Like SCENARIO_LIMITS they sit far
 * beyond any real plan; they make a typo fail at the door with its path instead of overflowing, and
 * they bound the search's work (see DEFAULT_PLAN_CAPACITY for the step it works in).
 *
 * @example
 * CAPACITY_PLAN_LIMITS.maxCandidates; // 50
 */
export const CAPACITY_PLAN_LIMITS = {
  /** Places one candidate may offer: 10,000, more than a county's whole SRP estate (Kent's is 1,500). */
  maxPlaces: 10_000,
  /**
   * Capital cost of one place, GBP: £10m, about a hundred times what councils report for a new special
   * school place (tens of thousands of pounds).
   */
  maxCapitalGbpPerPlace: 10_000_000,
  /** A capital budget, GBP: £100bn, more than England's whole school capital spend for decades. */
  maxBudgetGbp: 100_000_000_000,
  /**
   * Candidates in one plan: 50. A county's capital programme names tens of sites; the search's
   * exchanges grow with the square of the list (40 take about 2 s of CPU on Kent, bench/README.md).
   */
  maxCandidates: 50,
  /**
   * Steps the search may consider (a candidate's places divided by the step, rounded up, summed over
   * candidates): 2,000, so a plan takes seconds; a finer step on many large candidates says to raise `step`.
   */
  maxSteps: 2_000,
} as const;

const L = CAPACITY_PLAN_LIMITS;
const fmt = (x: number) => x.toLocaleString('en-GB');

/**
 * The settings a plan can add places to: the two capped local settings of a scenario.
 *
 * @example
 * CAPACITY_SETTINGS; // ['srp', 'maintained-special']
 */
export const CAPACITY_SETTINGS = ['srp', 'maintained-special'] as const;
/** A setting a plan can add places to. */
export type CapacitySetting = (typeof CAPACITY_SETTINGS)[number];

/**
 * Where places could be added: `maxPlaces` places in `setting` (ring-fenced for `need` when given)
 * opening in `year`, at `capitalGbpPerPlace` each; `source` says where the cost comes from. A
 * planner lists the real options (a base at a named school, a special school's expansion);
 * planCapacity chooses how many places of each to buy.
 *
 * @example
 * CapacityCandidateSchema.safeParse({ id: 'srp-north', setting: 'srp', need: 'ASD', year: 2027, maxPlaces: 40,
 *   capitalGbpPerPlace: 30000 }).success; // true
 * CapacityCandidateSchema.safeParse({ id: 'x', setting: 'college', year: 2027, maxPlaces: 40, capitalGbpPerPlace: -1
 *   }).success; // false: an unknown setting and a negative cost
 */
export const CapacityCandidateSchema = z.object({
  id: z.string({ error: 'id must be text' }).check(z.trim(), z.minLength(1, { error: 'id must not be empty' })),
  setting: labelEnum(CAPACITY_SETTINGS, `setting must be one of ${CAPACITY_SETTINGS.join(', ')}`),
  need: z.optional(NeedCodeSchema),
  year: z.number({ error: 'year must be a number' }).check(z.int({ error: 'year must be a whole year' })),
  maxPlaces: z
    .number({ error: 'maxPlaces must be a number' })
    .check(
      z.int({ error: 'maxPlaces must be a whole number of places' }),
      z.minimum(1, { error: 'maxPlaces must be at least 1' }),
      z.maximum(L.maxPlaces, { error: `maxPlaces must be at most ${fmt(L.maxPlaces)}` }),
    ),
  capitalGbpPerPlace: z.number({ error: 'capitalGbpPerPlace must be a finite number' }).check(
    z.minimum(0, { error: 'capitalGbpPerPlace must be 0 or more' }),
    z.maximum(L.maxCapitalGbpPerPlace, {
      error: `capitalGbpPerPlace must be at most £${fmt(L.maxCapitalGbpPerPlace)}`,
    }),
  ),
  source: z.optional(
    z.string({ error: 'source must be text' }).check(z.trim(), z.minLength(1, { error: 'source must not be empty' })),
  ),
});

/** A validated capacity candidate (see CapacityCandidateSchema). */
export type CapacityCandidate = z.infer<typeof CapacityCandidateSchema>;
/** A capacity candidate as written in JSON or CSV, before validation. */
export type CapacityCandidateInput = z.input<typeof CapacityCandidateSchema>;
