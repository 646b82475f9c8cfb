import type { NeedCode } from '../../src/needs.js';
import type { Random } from '../../src/random.js';
import type { School } from '../../src/schema/school.js';
import { apportion } from './apportion.js';
import { CALIBRATION } from './calibration.js';
import { jitter } from './jitter.js';
import type { Namer } from './names.js';
import { DISTRICT_POPULATION_THOUSANDS, KENT_DISTRICTS, KENT_TOWNS } from './towns.js';

/** Typical places in one SRP base (assumption: Kent bases mostly hold 10-30 children). */
const MEAN_BASE_PLACES = 18;

// Needs that often share a base with the main one (assumption).
const PAIRED_NEED: Partial<Record<NeedCode, NeedCode>> = {
  ASD: 'SLCN',
  SLCN: 'ASD',
  MLD: 'SpLD',
  SpLD: 'MLD',
  HI: 'SLCN',
  PD: 'MLD',
  SEMH: 'ASD',
  VI: 'PD',
};

/**
 * Generates SRP bases: units inside invented mainstream schools in each of Kent's 12 districts,
 * with places split over districts by population and summing to exactly the calibrated 1,500.
 *
 * @param rng the seeded generator for this part
 * @param namer hands out invented names for the host schools
 * @example
 * const bases = generateSrpBases(createRandom(1), createNamer(createRandom(2)));
 * bases.reduce((s, b) => s + b.capacity, 0); // 1500
 */
export function generateSrpBases(rng: Random, namer: Namer): School[] {
  const districtPlaces = apportion(
    CALIBRATION.srpPlaces,
    KENT_DISTRICTS.map((d) => DISTRICT_POPULATION_THOUSANDS[d]),
  );
  const needCodes = Object.keys(CALIBRATION.srpNeeds) as NeedCode[];
  const needWeights = needCodes.map((n) => CALIBRATION.srpNeeds[n]!);
  const bases: School[] = [];
  KENT_DISTRICTS.forEach((district, d) => {
    const towns = KENT_TOWNS.filter((t) => t.district === district);
    const count = Math.max(1, Math.round(districtPlaces[d] / MEAN_BASE_PLACES));
    const sizes = apportion(
      districtPlaces[d],
      Array.from({ length: count }, () => 0.6 + 0.8 * rng.next()),
    );
    for (const places of sizes) {
      const town = towns[rng.weighted(towns.map((t) => t.share ?? 1))];
      const phase = rng.next() < 0.55 ? 'primary' : 'secondary';
      const main = needCodes[rng.weighted(needWeights)];
      const paired = PAIRED_NEED[main];
      const needs: NeedCode[] = paired && rng.next() < 0.3 ? [main, paired] : [main];
      const host = namer.mainstreamSchool(phase);
      bases.push({
        urn: String(950001 + bases.length),
        name: `${host} SRP (${needs.join(' and ')})`,
        kind: 'srp',
        lot: 'none',
        ofsted: (['outstanding', 'good', 'requires-improvement'] as const)[rng.weighted([15, 70, 15])],
        needs,
        ncYears: phase === 'primary' ? [0, 6] : rng.next() < 0.7 ? [7, 11] : [7, 13],
        sex: 'mixed',
        residential: false,
        location: jitter(rng, town, 3),
        capacity: places,
        // "Demand continued to be higher than supply": bases are nearly full.
        vacancies: rng.weighted([70, 20, 10]),
        annualFee:
          Math.round(
            (CALIBRATION.srpFeeGbp.min + (CALIBRATION.srpFeeGbp.max - CALIBRATION.srpFeeGbp.min) * rng.next()) / 10,
          ) * 10,
        district,
      });
    }
  });
  return bases;
}
