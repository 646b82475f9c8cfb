import { NEED_CODES, type NeedCode } from '../../src/needs.js';
import type { Random } from '../../src/random.js';
import type { Child } from '../../src/schema/child.js';
import { apportion } from './apportion.js';
import { CALIBRATION } from './calibration.js';
import { jitter } from './jitter.js';
import { shuffle } from './shuffle.js';
import { DISTRICT_POPULATION_THOUSANDS, KENT_DISTRICTS, KENT_TOWNS } from './towns.js';

// Secondary needs that commonly come with each primary need (assumption).
const SECONDARY: Record<NeedCode, NeedCode[]> = {
  ASD: ['SLCN', 'SEMH', 'MLD'],
  SEMH: ['ASD', 'SLCN', 'SpLD'],
  SLCN: ['ASD', 'MLD'],
  MLD: ['SLCN', 'ASD'],
  SLD: ['ASD', 'PD', 'SLCN'],
  PMLD: ['PD', 'VI', 'MSI'],
  SpLD: ['SLCN', 'SEMH'],
  HI: ['SLCN'],
  VI: ['PD'],
  MSI: ['PD', 'SLD'],
  PD: ['MLD', 'SLCN'],
  OTH: ['SLCN', 'MLD'],
  NSA: [],
};

/** Needs whose children more often need a residential place (assumption). */
const COMPLEX: NeedCode[] = ['SLD', 'PMLD', 'MSI', 'HI', 'VI'];

/**
 * Generates the pseudonymous cohort of children funded in independent and non-maintained special
 * schools: ids 'KC00001' upwards (never names), the exact calibrated need mix and NC-year profile
 * (largest remainders, then paired at random), homes around Kent towns weighted by population.
 *
 * @param rng the seeded generator for this part
 * @example
 * const children = generateChildren(createRandom(1));
 * children.length; // 1690
 * children[0].id; // 'KC00001'
 */
export function generateChildren(rng: Random): Child[] {
  const n = CALIBRATION.fundedChildren;
  const needs = shuffle(
    rng,
    expand(
      apportion(
        n,
        NEED_CODES.map((c) => CALIBRATION.needMix2025[c]),
      ),
      (i) => NEED_CODES[i],
    ),
  );
  const years = shuffle(
    rng,
    expand(apportion(n, CALIBRATION.ncYearWeights), (i) => i),
  );
  const districtWeights = KENT_DISTRICTS.map((d) => DISTRICT_POPULATION_THOUSANDS[d]);
  const children: Child[] = [];
  for (let k = 0; k < n; k++) {
    const primaryNeed = needs[k];
    const ncYear = years[k];
    const district = KENT_DISTRICTS[rng.weighted(districtWeights)];
    const towns = KENT_TOWNS.filter((t) => t.district === district);
    const town = towns[rng.weighted(towns.map((t) => t.share ?? 1))];
    const male = rng.next() < (CALIBRATION.maleShare[primaryNeed] ?? CALIBRATION.maleShareOther);
    const residentialChance =
      CALIBRATION.residentialShare * (COMPLEX.includes(primaryNeed) ? 3 : 1) * (ncYear >= 5 ? 1 : 0.3);
    const home = jitter(rng, town, 4);
    const residential = rng.next() < residentialChance;
    const options = SECONDARY[primaryNeed];
    const secondary =
      options.length > 0 && rng.next() < CALIBRATION.secondaryNeedShare ? [rng.pick(options)] : undefined;
    // Fields in the schema's order, so the JSON reads like the data model.
    const id = `KC${String(k + 1).padStart(5, '0')}`;
    const sex = male ? 'male' : 'female';
    children.push(
      secondary
        ? { id, primaryNeed, secondaryNeeds: secondary, ncYear, sex, home, residential }
        : { id, primaryNeed, ncYear, sex, home, residential },
    );
  }
  return children;
}

function expand<T>(counts: number[], value: (i: number) => T): T[] {
  const out: T[] = [];
  counts.forEach((c, i) => {
    for (let j = 0; j < c; j++) out.push(value(i));
  });
  return out;
}
