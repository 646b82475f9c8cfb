/**
 * The bounds of a scenario's numbers, each with its reason. They sit far beyond any real plan, so
 * no council's scenario comes near them; they exist so that a typo or a corrupt file (1e308 places,
 * a fee uplift of 5e102 a year, a base year past 2^53) fails at the door with its path and the
 * bound, instead of overflowing to Infinity or NaN deep inside a projection. Within them every
 * number a projection, simulation or sensitivity run gives is finite: a child count is at most
 * 10^7 per entry times 2^50 years of growth, a fee at most 10^7 times 2^50 of uplift, so even a
 * million entries stay below 10^60, far from the largest double (about 1.8e308).
 *
 * @example
 * SCENARIO_LIMITS.maxChildren; // 10000000
 * parseScenario({ ...kent, costs: { ...kent.costs, feeUpliftRate: { value: 5, source: 'typo' } } }); // kent:
 *   data/kent/scenario-2025.json
 * // throws ValidationError: costs.feeUpliftRate.value: rate must be above -1 and at most 1 a year
 * //   (4.5% a year is 0.045)
 */
export const SCENARIO_LIMITS = {
  /**
   * Children in one stock block or joiner entry, and the evidence behind a rule: 10,000,000, more
   * than all pupils in England's schools (about 9 million), let alone those with an EHCP (~640,000).
   */
  maxChildren: 10_000_000,
  /**
   * Places in one capacity plan's base or one addition (and their low/high): the same 10,000,000, for the same reason.
   */
  maxPlaces: 10_000_000,
  /**
   * Fee or transport per child per year, GBP: £10m, about twenty times the dearest residential
   * placements councils report (£300k-£500k a year).
   */
  maxAnnualGbp: 10_000_000,
  /**
   * Joiner growth and fee uplift rates a year lie above this (exclusive): at -1 every new EHCP and
   * every fee would vanish after the base year, which no scenario means.
   */
  minRateExclusive: -1,
  /**
   * ...and at most this: 1 is doubling every year, far above the fastest real growth (Kent's NMISS
   * spend grew about 21% a year 2017/18-2020/21); compounded over 50 years it is still finite.
   */
  maxRate: 1,
  /**
   * A relative weight (needs, NC years, settings, destinations): 10^9. Weights are shares or
   * observed counts of children, so this is far above any real one; it keeps their sum finite.
   */
  maxWeight: 1_000_000_000,
  /**
   * Earliest base, end or capacity year: 1900, before any SEN census (the framework dates from the 1981 Education Act).
   */
  minYear: 1900,
  /** Latest base, end or capacity year: 2200, past any plan; it keeps year arithmetic exact. */
  maxYear: 2200,
  /**
   * Years a projection may run past its base year: 50, longer than any sufficiency plan (they look 3 to 10 years
   * ahead).
   */
  maxYears: 50,
} as const;
