// Every number behind the synthetic birth-to-25 history (data/birth-to-25/), each with its reason.
// The area is invented: a small unitary council (about 2,400 births a year). The process is built
// to look like a real area, not like the projection model: births and migration move the
// population by cohort, the rate of new EHCPs per head grows unevenly (with a 2020 dip), moves
// between settings drift towards independent provision, and needs sometimes change.
import type { NeedCode } from '../../src/needs.js';
import type { Setting } from '../../src/schema/transition.js';

/** Destinations of a yearly move, in this order. */
export const DESTINATIONS = [
  'mainstream',
  'srp',
  'maintained-special',
  'independent',
  'non-maintained',
  'other',
  'left',
] as const;
export type Destination = (typeof DESTINATIONS)[number];
type Weights = readonly number[]; // over DESTINATIONS

export const BIRTH_TO_25 = {
  seed: 20150116, // the January 2015 census, the history's first
  firstRecordYear: 2015, // record years 2015-2024: censuses 2015-2025, ten record years to split
  lastRecordYear: 2024,
  burnInFrom: 1990, // the system starts empty in 1990; 25 years later every age is filled
  populationFrom: 1965, // births from 1965 give every age from birth to 25 in 1990
  populationTo: 2035, // the population file runs ten years past the last census, like ONS projections
  /** Births by year: flat to 2001, rising 1.7% a year to 2012 (the 2000s baby boom), then falling 1.6% a year. */
  births: (year: number) =>
    year <= 2001 ? 2150 : year <= 2012 ? 2150 * 1.017 ** (year - 2001) : 2150 * 1.017 ** 11 * 0.984 ** (year - 2012),
  birthNoiseSd: 0.015, // a year's births scatter about 1.5% around the trend
  /** Net migration a year by NC year (age = NC year + 5): families in, students out at 18-19, back after 22. */
  migration: (ncYear: number) =>
    ncYear <= 5
      ? 0.006
      : ncYear <= 12
        ? 0.002
        : ncYear === 13
          ? -0.03
          : ncYear === 14
            ? -0.08
            : ncYear <= 16
              ? -0.02
              : 0.03,
  migrationNoiseSd: 0.01,
  /** New EHCPs a year per head in 2015 by NC year: early years and Reception peak, a Year 7 bump, few after 19. */
  incidence: [
    0.0003, 0.0008, 0.002, 0.004, 0.006, 0.0075, 0.0065, 0.0055, 0.0045, 0.0038, 0.0034, 0.0032, 0.005, 0.003, 0.0027,
    0.0024, 0.002, 0.0022, 0.0012, 0.0008, 0.0004, 0.0002, 0.0002, 0.0002, 0.0002, 0.0002,
  ] as readonly number[], // NC years -5 to 20
  /**
   * The growth of that rate by census year: 2% a year before 2015 (statements), 9% a year to 2019,
   * a 6% fall in 2020 (assessments paused), 12% catch-up in 2021, then 7%, 6%, 5%, 4% and 4%: the
   * uneven national rise in EHCPs since the 2014 reforms, slowing lately.
   */
  incidenceGrowth: (year: number): number =>
    year <= 2015
      ? 0.02
      : year <= 2019
        ? 0.09
        : year === 2020
          ? -0.06
          : year === 2021
            ? 0.12
            : (({ 2022: 0.07, 2023: 0.06, 2024: 0.05 } as Record<number, number>)[year] ?? 0.04),
  incidenceNoiseSd: 0.03, // a year's rate scatters 3% (panels, staffing)
  /** Independent and non-maintained destinations grow 4% a year in relative weight from 2015 (rising reliance). */
  independentDrift: 0.04,
  /** Post-16 leaving falls 2% a year in relative weight from 2015 (plans kept longer towards 25). */
  post16LeavingDrift: -0.02,
  /** Share of children whose primary need is recorded differently the next year. */
  needChange: 0.015,
};

/** Where new EHCPs start, by the NC year they join in (weights over DESTINATIONS, `left` unused). */
export function joinerSettings(ncYear: number): Weights {
  if (ncYear < 0) return [0.72, 0, 0.22, 0, 0, 0.06, 0];
  if (ncYear <= 6) return [0.74, 0.08, 0.13, 0.02, 0.005, 0.025, 0];
  if (ncYear === 7) return [0.62, 0.1, 0.15, 0.08, 0.01, 0.04, 0];
  if (ncYear <= 11) return [0.66, 0.05, 0.14, 0.06, 0.01, 0.08, 0];
  if (ncYear <= 14) return [0.35, 0, 0.1, 0.1, 0, 0.45, 0];
  return [0, 0, 0.05, 0.3, 0, 0.65, 0];
}

const NEEDS: NeedCode[] = ['ASD', 'SEMH', 'SLCN', 'MLD', 'SLD', 'PMLD', 'SpLD', 'HI', 'VI', 'MSI', 'PD', 'OTH'];
/** The needs of new EHCPs by phase (weights over NEEDS): speech and language early, SEMH at secondary. */
export function joinerNeeds(ncYear: number): { needs: NeedCode[]; weights: number[] } {
  //                           ASD   SEMH  SLCN  MLD   SLD   PMLD  SpLD  HI    VI    MSI   PD    OTH
  if (ncYear < 0)
    return { needs: NEEDS, weights: [0.25, 0.02, 0.35, 0.04, 0.08, 0.05, 0, 0.03, 0.02, 0.01, 0.07, 0.08] };
  if (ncYear <= 6)
    return { needs: NEEDS, weights: [0.3, 0.14, 0.22, 0.1, 0.05, 0.02, 0.04, 0.02, 0.01, 0.01, 0.04, 0.05] };
  if (ncYear <= 11) return { needs: NEEDS, weights: [0.33, 0.28, 0.08, 0.1, 0.03, 0, 0.07, 0.02, 0.01, 0, 0.03, 0.05] };
  return { needs: NEEDS, weights: [0.3, 0.2, 0.05, 0.15, 0.1, 0, 0.06, 0.02, 0.02, 0, 0.05, 0.05] };
}

/** The ASD share of new EHCPs grows 2% a year in relative weight from 2015, as nationally. */
export const ASD_DRIFT = 0.02;

/** Yearly moves of a child in `setting` entering NC year `ncYear` (weights over DESTINATIONS), in 2015. */
export function moves(setting: Setting, ncYear: number): Weights {
  switch (setting) {
    case 'mainstream':
      if (ncYear <= -1) return [0.955, 0, 0.02, 0, 0, 0.005, 0.02];
      if (ncYear === 0) return [0.9, 0.03, 0.05, 0.002, 0, 0.003, 0.015]; // starting school
      if (ncYear <= 6) return [0.95, 0.014, 0.016, 0.004, 0.001, 0.003, 0.012];
      if (ncYear === 7) return [0.84, 0.035, 0.045, 0.025, 0.005, 0.01, 0.04]; // the Year 7 transfer
      if (ncYear <= 11) return [0.925, 0.008, 0.018, 0.009, 0.002, 0.013, 0.025];
      if (ncYear === 12) return [0.45, 0, 0.02, 0.03, 0.002, 0.36, 0.138]; // sixth form, college or end
      if (ncYear <= 14) return [0.8, 0, 0.005, 0.005, 0, 0.05, 0.14];
      if (ncYear === 15) return [0.1, 0, 0, 0.05, 0, 0.35, 0.5]; // post-19: most plans end
      return [0.55, 0, 0, 0.02, 0, 0.08, 0.35];
    case 'srp':
      if (ncYear <= 6) return [0.015, 0.95, 0.02, 0.004, 0.001, 0, 0.01];
      if (ncYear === 7) return [0.05, 0.82, 0.05, 0.04, 0.005, 0.005, 0.03];
      if (ncYear <= 11) return [0.015, 0.935, 0.015, 0.008, 0.002, 0.005, 0.02];
      if (ncYear === 12) return [0.3, 0.1, 0.05, 0.04, 0, 0.36, 0.15]; // most SRPs stop at Year 11
      return [0.1, 0.65, 0.02, 0.01, 0, 0.08, 0.14];
    case 'maintained-special':
      if (ncYear <= 11) return [0.004, 0.003, 0.968, 0.006, 0.002, 0.002, 0.015];
      if (ncYear <= 14) return [0.01, 0, 0.86, 0.02, 0.002, 0.04, 0.068];
      if (ncYear === 15) return [0, 0, 0.15, 0.2, 0, 0.35, 0.3]; // special schools end at 19
      return [0, 0, 0.6, 0.05, 0, 0.1, 0.25];
    case 'independent':
    case 'non-maintained': {
      const stay = setting === 'independent' ? 3 : 4;
      const w = (stayShare: number, special: number, other: number, left: number) => {
        const out = [0.005, 0.002, special, 0, 0, other, left];
        out[stay] = stayShare;
        return out;
      };
      if (ncYear <= 11) return w(0.93, 0.02, 0.005, 0.035);
      if (ncYear <= 14) return w(0.78, 0.01, 0.05, 0.15);
      if (ncYear === 15) return w(0.45, 0, 0.15, 0.4);
      return w(0.75, 0, 0.05, 0.2);
    }
    default: // other: alternative provision at school age, FE colleges after
      if (ncYear <= 11) return [0.12, 0.01, 0.05, 0.03, 0, 0.72, 0.07];
      if (ncYear <= 14) return [0.02, 0, 0.01, 0.01, 0, 0.82, 0.14];
      return [0, 0, 0, 0.02, 0, 0.72, 0.26];
  }
}

/** The council's setting codes (the style of the widely used layout) and the setting each maps to. */
export const BIRTH_TO_25_CODES: Array<[string, Setting]> = [
  ['EYS', 'mainstream'], // early years settings: nurseries and childminders
  ['MMS', 'mainstream'], // mainstream schools and sixth forms
  ['MRP', 'srp'],
  ['MSS', 'maintained-special'],
  ['ISS', 'independent'], // independent special schools
  ['SPI', 'independent'], // specialist post-16 institutions (independent, fee-charging)
  ['NMSS', 'non-maintained'],
  ['FEC', 'other'], // general further education colleges
  ['AP', 'other'], // alternative provision
];

/** The code a child in `setting` at NC year `ncYear` is recorded under: early years and post-16 have their own. */
export function codeOf(setting: Setting, ncYear: number, draw: number): string {
  if (setting === 'mainstream') return ncYear < 0 ? 'EYS' : 'MMS';
  if (setting === 'independent') return ncYear >= 15 || (ncYear >= 12 && draw < 0.5) ? 'SPI' : 'ISS';
  if (setting === 'other') return ncYear >= 12 ? 'FEC' : 'AP';
  return ({ srp: 'MRP', 'maintained-special': 'MSS', 'non-maintained': 'NMSS' } as Record<string, string>)[setting];
}
