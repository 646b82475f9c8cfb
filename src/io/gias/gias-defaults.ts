import type { Lot, SchoolKind } from '../../schema/school.js';

/**
 * Values for the fields GIAS does not publish, used when the council file gives none. Every default
 * lives here with its reason, and importGias reports how many schools took each one.
 *
 * @example
 * GIAS_DEFAULTS.annualFee.independent; // 51700
 */
export const GIAS_DEFAULTS = {
  /** Not on the framework unless the council says so: a school off the framework is a spot purchase. */
  lot: 'none' as Lot,
  /** Annual cost of a place in GBP by kind, until the council gives the real fee. */
  annualFee: {
    independent: 51_700, // Kent's mean net cost per child off the framework, 2024-25 (key decision 2025)
    'non-maintained': 51_700, // the same market and fee levels as independent schools (assumption)
    'maintained-special': 25_000, // £10,000 place funding plus a typical top-up (assumption; use the council's bands)
    srp: 16_000, // £10,000 place funding plus a smaller top-up (assumption; use the council's bands)
    mainstream: 6_000, // the notional SEN budget a mainstream school meets from its own funds
  } as Record<SchoolKind, number>,
  /** Without a council figure, vacancies are capacity minus pupils on roll (GIAS); never below 0. */
  vacancies: 'capacity - on roll',
  /** Without on-roll numbers, no vacancy is assumed: never promise a place nobody confirmed. */
  vacanciesUnknown: 0,
  /** Without a published capacity, a school is taken to be full at its number on roll. */
  capacity: 'number on roll',
  /** GIAS `Gender (name)` blank or "Not applicable": mixed. */
  sex: 'mixed' as const,
} as const;
