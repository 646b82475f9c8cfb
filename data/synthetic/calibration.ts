import type { NeedCode } from '../../src/needs.js';

/**
 * Every target and assumption the synthetic Kent data is generated to, in one place, each with its
 * reason. Targets marked "real" come from the figures in ./figures.ts; the rest are assumptions.
 *
 * @example
 * CALIBRATION.fundedChildren; // 1690
 * CALIBRATION.frameworkSpendGbp / CALIBRATION.frameworkChildren; // 50978.26..., the real mean on the framework
 */
export const CALIBRATION = {
  /** The fixed seed of `npm run data`: changing it changes every synthetic record. */
  seed: 20250916, // the date of the committee meeting whose figures the data is calibrated to
  /** Children funded during 2024-25 (real). */
  fundedChildren: 1690,
  /** Of them, children placed with framework providers (real: "an average of 920"). */
  frameworkChildren: 920,
  /** Net NMISS spend 2024-25, GBP (real). */
  totalSpendGbp: 86_700_000,
  /** Spend with framework providers 2024-25, GBP (real); the rest (39.8m) is off-framework. */
  frameworkSpendGbp: 46_900_000,
  /** Independent placements at the January 2025 census (real). */
  independentPlacements2025: 1172,
  /** Existing SRP places (real). */
  srpPlaces: 1500,
  /** Independent and non-maintained special schools in the synthetic market (real: Kent uses "more than 110"). */
  schools: 122,
  /**
   * Non-maintained share of those schools (assumption: nationally about one special school in ten outside the state
   * sector is non-maintained).
   */
  nonMaintainedSchools: 12,
  /** Framework schools, lot 1 and lot 2 (real: "about one third" of schools used are on the framework). */
  lot1Schools: 17,
  lot2Schools: 23,
  /**
   * Where the schools are (assumption: most in Kent, the rest just over the border, as Kent places out of county too).
   */
  schoolsByArea: { Kent: 78, Medway: 12, 'East Sussex': 13, Surrey: 8, London: 11 },
  /**
   * Primary-need mix of independent placements in 2025 and 2015 (assumption: ASD and SEMH dominate
   * independent special school placements in England, and the ASD share has grown; DfE "Special
   * educational needs in England"). Years between are linear; children.json uses the 2025 mix.
   */
  needMix2025: {
    ASD: 0.46,
    SEMH: 0.3,
    SLCN: 0.08,
    MLD: 0.03,
    SLD: 0.03,
    PMLD: 0.01,
    SpLD: 0.03,
    HI: 0.01,
    VI: 0.005,
    MSI: 0.003,
    PD: 0.02,
    OTH: 0.022,
    NSA: 0,
  } as Record<NeedCode, number>,
  needMix2015: {
    ASD: 0.36,
    SEMH: 0.33,
    SLCN: 0.09,
    MLD: 0.05,
    SLD: 0.04,
    PMLD: 0.015,
    SpLD: 0.045,
    HI: 0.015,
    VI: 0.008,
    MSI: 0.004,
    PD: 0.025,
    OTH: 0.018,
    NSA: 0,
  } as Record<NeedCode, number>,
  /**
   * Relative number of funded children by NC year, Reception (0) to Year 14 (assumption: independent
   * placements rise with age, with the spike at Year 7 the committee minutes describe, real).
   */
  ncYearWeights: [15, 25, 35, 50, 65, 80, 95, 200, 150, 160, 175, 185, 150, 120, 75],
  /**
   * Share of children who are male, by primary need (assumption: boys are about three in four children with EHCPs, more
   * in SEMH).
   */
  maleShare: { ASD: 0.78, SEMH: 0.82, SLCN: 0.72 } as Partial<Record<NeedCode, number>>,
  maleShareOther: 0.6,
  /** Share of children needing a residential place (assumption: a few, mostly older or with complex needs). */
  residentialShare: 0.03,
  /** Share of children with a recorded secondary need (assumption). */
  secondaryNeedShare: 0.35,
  /**
   * Yearly growth of the mean annual cost of a placement, used to turn spend into placement counts
   * (assumption: fee uplifts of about 3% a year; Kent negotiates requested uplifts down).
   */
  feeGrowth: 0.03,
  /**
   * How fast placement likelihood falls with distance from home, km (assumption: Kent places close to home when it
   * can).
   */
  distanceDecayKm: 25,
  /** SRP places funding: the place element plus a top-up, GBP per place per year (assumption). */
  srpFeeGbp: { min: 16_000, max: 24_000 },
  /** SRP bases' need types: those SRPs in Kent specialise in (assumption), with relative weights. */
  srpNeeds: { ASD: 40, SLCN: 16, SEMH: 10, PD: 6, HI: 6, VI: 3, SpLD: 8, MLD: 11 } as Partial<Record<NeedCode, number>>,
};
