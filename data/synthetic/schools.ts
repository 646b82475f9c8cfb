import { NEED_CODES, type NeedCode } from '../../src/needs.js';
import type { Random } from '../../src/random.js';
import type { School } from '../../src/schema/school.js';
import { CALIBRATION } from './calibration.js';
import { jitter } from './jitter.js';
import { shuffle } from './shuffle.js';
import type { Namer } from './names.js';
import { ALL_TOWNS, type Area } from './towns.js';

/** A synthetic special school plus what the generator needs to place children and set fees. */
export type SyntheticSchool = {
  school: School;
  /** The need the school is built around (children of that need are likelier to be placed there). */
  mainNeed: NeedCode;
  /** Fee before calibration, GBP a year: set by specialism and residence, scaled later to the real spend. */
  baseFee: number;
  /** Places this school can give Kent children (the rest go to other councils' children or stay free). */
  kentPlaces: number;
};

/** A kind of specialist school: how common it is, its needs, extra needs it may add, and its base day fee. */
type Specialism = {
  weight: number;
  main: NeedCode;
  needs: NeedCode[];
  maybe: NeedCode[];
  dayFee: number;
  residentialChance: number;
};

// Base day fees are assumptions (relative levels matter: fees are scaled to the real spend later).
const SPECIALISMS: Specialism[] = [
  {
    weight: 34,
    main: 'ASD',
    needs: ['ASD', 'SLCN'],
    maybe: ['MLD', 'SEMH', 'SpLD'],
    dayFee: 52_000,
    residentialChance: 0.15,
  },
  { weight: 30, main: 'SEMH', needs: ['SEMH'], maybe: ['ASD', 'SLCN', 'MLD'], dayFee: 50_000, residentialChance: 0.2 },
  { weight: 8, main: 'SLCN', needs: ['SLCN', 'ASD'], maybe: ['MLD', 'SpLD'], dayFee: 48_000, residentialChance: 0.15 },
  {
    weight: 8,
    main: 'MLD',
    needs: ['MLD', 'SLD', 'ASD'],
    maybe: ['PMLD', 'SLCN', 'OTH'],
    dayFee: 55_000,
    residentialChance: 0.15,
  },
  {
    weight: 5,
    main: 'SLD',
    needs: ['SLD', 'PMLD', 'MSI', 'PD'],
    maybe: ['ASD', 'SLCN', 'OTH'],
    dayFee: 65_000,
    residentialChance: 0.5,
  },
  { weight: 3, main: 'HI', needs: ['HI', 'VI', 'MSI', 'SLCN'], maybe: ['PD'], dayFee: 60_000, residentialChance: 0.6 },
  {
    weight: 3,
    main: 'PD',
    needs: ['PD', 'OTH', 'SLCN', 'MLD'],
    maybe: ['MSI', 'VI'],
    dayFee: 60_000,
    residentialChance: 0.5,
  },
  { weight: 6, main: 'SpLD', needs: ['SpLD', 'SLCN'], maybe: ['MLD', 'ASD'], dayFee: 34_000, residentialChance: 0.2 },
  {
    weight: 5,
    main: 'ASD',
    needs: ['ASD', 'SEMH', 'SLCN', 'MLD', 'OTH'],
    maybe: ['SpLD'],
    dayFee: 50_000,
    residentialChance: 0.15,
  },
];

/** NC year ranges schools teach, with how common each is (assumption). */
const PHASES: Array<{ weight: number; ncYears: [number, number] }> = [
  { weight: 14, ncYears: [0, 6] }, // primary
  { weight: 8, ncYears: [4, 11] }, // junior and secondary
  { weight: 14, ncYears: [7, 11] }, // secondary
  { weight: 18, ncYears: [7, 13] }, // secondary with sixth form
  { weight: 6, ncYears: [7, 14] },
  { weight: 8, ncYears: [0, 13] }, // all-through
  { weight: 6, ncYears: [0, 14] },
  { weight: 8, ncYears: [5, 14] },
  { weight: 10, ncYears: [12, 14] }, // post-16 college
];

// Four "anchor" schools: broad, all-through, mixed and residential, two on lot 1 and two off the
// framework, so that every synthetic child has a feasible place in both groups whatever their need.
const ANCHORS: Array<{ main: NeedCode; needs: NeedCode[]; dayFee: number; lot: School['lot'] }> = [
  { main: 'ASD', needs: ['ASD', 'SEMH', 'SLCN', 'MLD', 'SpLD', 'OTH'], dayFee: 55_000, lot: 'lot1' },
  {
    main: 'SLD',
    needs: ['MLD', 'SLD', 'PMLD', 'SpLD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'SLCN'],
    dayFee: 65_000,
    lot: 'lot1',
  },
  { main: 'SEMH', needs: ['ASD', 'SEMH', 'SLCN', 'MLD', 'SpLD', 'OTH'], dayFee: 55_000, lot: 'none' },
  {
    main: 'PMLD',
    needs: ['MLD', 'SLD', 'PMLD', 'SpLD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'SLCN'],
    dayFee: 65_000,
    lot: 'none',
  },
];

/** Residential places cost more: a residential school's fee is its day fee times this (assumption). */
const RESIDENTIAL_FEE_FACTOR = 1.45;

/**
 * Generates the synthetic independent and non-maintained special schools: invented names at real
 * towns, specialisms, NC year ranges, lots, Ofsted grades and KPIs. Fees are base fees here; the
 * placement step scales them to the real spend.
 *
 * @param rng the seeded generator for this part
 * @param namer hands out invented names
 * @example
 * const schools = generateSchools(createRandom(1), createNamer(createRandom(2)));
 * schools.length; // 122
 */
export function generateSchools(rng: Random, namer: Namer): SyntheticSchool[] {
  // Each area gets exactly its calibrated count; anchors sit in Kent towns so they are central to the children.
  const rest: Area[] = [];
  for (const [area, n] of Object.entries(CALIBRATION.schoolsByArea) as Array<[Area, number]>) {
    for (let i = 0; i < (area === 'Kent' ? n - ANCHORS.length : n); i++) rest.push(area);
  }
  const areas: Area[] = [...ANCHORS.map((): Area => 'Kent'), ...shuffle(rng, rest)];
  const total = areas.length;
  // Lots: the anchors' lots first, then the rest of lot 1 and lot 2 at random positions.
  const lots: School['lot'][] = new Array(total).fill('none');
  ANCHORS.forEach((a, i) => {
    lots[i] = a.lot;
  });
  const free = shuffle(rng, range(ANCHORS.length, total));
  const lot1Left = CALIBRATION.lot1Schools - ANCHORS.filter((a) => a.lot === 'lot1').length;
  free.slice(0, lot1Left).forEach((i) => {
    lots[i] = 'lot1';
  });
  free.slice(lot1Left, lot1Left + CALIBRATION.lot2Schools).forEach((i) => {
    lots[i] = 'lot2';
  });

  const out: SyntheticSchool[] = [];
  for (let i = 0; i < total; i++) {
    const anchor = ANCHORS[i];
    const area = areas[i];
    const town = rng.pick(ALL_TOWNS.filter((t) => t.area === area));
    const spec = anchor ? undefined : SPECIALISMS[rng.weighted(SPECIALISMS.map((s) => s.weight))];
    const ncYears: [number, number] = anchor ? [0, 14] : PHASES[rng.weighted(PHASES.map((p) => p.weight))].ncYears;
    const needs = anchor ? [...anchor.needs] : [...spec!.needs, ...spec!.maybe.filter(() => rng.next() < 0.4)];
    const mainNeed = anchor ? anchor.main : spec!.main;
    const residential = anchor ? true : rng.next() < spec!.residentialChance;
    const sex: School['sex'] =
      !anchor && mainNeed === 'SEMH' && rng.next() < 0.15
        ? 'boys'
        : !anchor && mainNeed === 'ASD' && rng.next() < 0.03
          ? 'girls'
          : 'mixed';
    const lot = lots[i];
    const capacity = anchor ? rng.int(110, 150) : 20 + Math.round(130 * rng.beta(2, 3.5));
    const vacancies = Math.min(capacity, rng.weighted([30, 30, 20, 12, 8]));
    const kentShare = area === 'Kent' ? 0.5 + 0.35 * rng.next() : 0.15 + 0.3 * rng.next();
    const kentPlaces = Math.floor((capacity - vacancies) * (anchor ? 0.8 : kentShare));
    const fee =
      (anchor ? anchor.dayFee : spec!.dayFee) *
      Math.exp(rng.normal(0, 0.12)) *
      (residential ? RESIDENTIAL_FEE_FACTOR : 1);
    const school: School = {
      urn: String(900001 + i),
      name: namer.specialSchool(ncYears[0] >= 12),
      kind: 'independent',
      lot,
      ofsted: ofstedFor(rng, lot),
      needs: sortNeeds(needs),
      ncYears,
      sex,
      residential,
      location: jitter(rng, town, 3),
      capacity,
      vacancies,
      annualFee: 0,
    };
    const kpis = lot !== 'none' || rng.next() < 0.4 ? kpisFor(rng, lot) : undefined;
    if (kpis) school.kpis = kpis;
    if (town.district) school.district = town.district;
    out.push({ school, mainNeed, baseFee: fee, kentPlaces });
  }
  markNonMaintained(rng, out);
  return out;
}

// Non-maintained schools are charities, most often for sensory, physical and complex needs: those
// specialisms are picked first, then others at random, up to the calibrated count.
function markNonMaintained(rng: Random, schools: SyntheticSchool[]): void {
  const charityNeeds: NeedCode[] = ['HI', 'PD', 'SLD', 'SLCN'];
  const order = shuffle(rng, range(0, schools.length)).sort(
    (a, b) => Number(charityNeeds.includes(schools[b].mainNeed)) - Number(charityNeeds.includes(schools[a].mainNeed)),
  );
  for (const i of order.slice(0, CALIBRATION.nonMaintainedSchools)) schools[i].school.kind = 'non-maintained';
}

// Lot 1 is the higher-quality lot: its schools are good or outstanding; lot 2 admits lower grades.
function ofstedFor(rng: Random, lot: School['lot']): School['ofsted'] {
  const grades = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-inspected'] as const;
  const weights = lot === 'lot1' ? [40, 60, 0, 0, 0] : lot === 'lot2' ? [5, 55, 30, 0, 10] : [10, 55, 20, 5, 10];
  return grades[rng.weighted(weights)];
}

function kpisFor(rng: Random, lot: School['lot']): NonNullable<School['kpis']> {
  const q = lot === 'lot1' ? 1 : lot === 'lot2' ? 0.5 : 0;
  return {
    attendance: round2(0.84 + 0.06 * q + 0.06 * rng.next()),
    breakdownRate: round2(0.1 - 0.05 * q + 0.05 * rng.next()),
    medianResponseDays: Math.round(14 - 6 * q + 6 * rng.next()),
    acceptanceRate: round2(0.25 + 0.2 * q + 0.2 * rng.next()),
  };
}

/** Needs without repeats, in the order of NEED_CODES (the SEN2 order), so generated files read alike. */
function sortNeeds(needs: NeedCode[]): NeedCode[] {
  return [...new Set(needs)].sort((a, b) => NEED_CODES.indexOf(a) - NEED_CODES.indexOf(b));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
