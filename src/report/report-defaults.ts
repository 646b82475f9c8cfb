/**
 * Report defaults in one place, each with its reason.
 *
 * @example
 * REPORT_DEFAULTS.maxChildren; // 3
 * REPORT_DEFAULTS.ncYear; // 7
 */
export const REPORT_DEFAULTS = {
  /** Ranking pages: enough to show the method on real children without making a book of it. */
  maxChildren: 3,
  /** Schools per ranking chart and table: a caseworker's shortlist. */
  limit: 10,
  /** Assumptions in the tornado: the biggest swings; the full table is one `sensitivity` call away. */
  tornadoBars: 10,
  /** Excluded schools drawn on a child's map, nearest first: enough to show what is around, few enough to read. */
  mapOtherSchools: 15,
  /**
   * The cohort round allocated: Year 7, the secondary transfer, where independent placements spike (Kent County
   * Council, committee minutes 2025). Children compete for places within one round, not across all years at once.
   */
  ncYear: 7,
  /** Needs named in a need mix before the rest are summed as "other": the mix's shape without a wall of numbers. */
  needsNamed: 3,
  /**
   * Share of its places a capped setting's demand must reach in some year for the report to say the simulated
   * median leans above the plan because local places are close to full: below it, overflow cannot be the cause.
   */
  nearlyFullRate: 0.95,
  /**
   * Decimals of £m in a capacity plan (its part of the report and its frontier chart), as planCapacity's own summary
   * writes them: capital of £0.75m to £2.7m a candidate, and £11.99m spent of a £12.00m budget, which one decimal
   * would write as £12.0m of £12.0m.
   */
  planMillionDecimals: 2,
} as const;
