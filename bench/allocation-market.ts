// Generated markets for the allocation benchmark: schools and children around population centres,
// seeded, with needs, phases, lots and places drawn from rough shares (assumptions; only the shape
// matters). Used by bench/allocation.ts.
import { NEED_CODES, type NeedCode } from '../src/needs.js';
import { createRandom, type Random } from '../src/random.js';
import type { Child } from '../src/schema/child.js';
import type { School } from '../src/schema/school.js';

export type Centre = { lat: number; lon: number; weight: number };

// Rough population weights of English cities and regions (assumption; only the shape matters).
export const ENGLAND: Centre[] = [
  { lat: 51.507, lon: -0.128, weight: 50 }, // London (~16% of England's people)
  { lat: 52.486, lon: -1.89, weight: 25 }, // Birmingham
  { lat: 53.48, lon: -2.242, weight: 25 }, // Manchester
  { lat: 53.8, lon: -1.549, weight: 18 }, // Leeds
  { lat: 53.408, lon: -2.991, weight: 14 }, // Liverpool
  { lat: 53.381, lon: -1.47, weight: 12 }, // Sheffield
  { lat: 54.978, lon: -1.618, weight: 10 }, // Newcastle
  { lat: 51.455, lon: -2.588, weight: 10 }, // Bristol
  { lat: 52.954, lon: -1.158, weight: 9 }, // Nottingham
  { lat: 52.637, lon: -1.14, weight: 8 }, // Leicester
  { lat: 50.905, lon: -1.404, weight: 8 }, // Southampton
  { lat: 50.376, lon: -4.143, weight: 5 }, // Plymouth
  { lat: 52.63, lon: 1.297, weight: 6 }, // Norwich
  { lat: 52.205, lon: 0.119, weight: 6 }, // Cambridge
  { lat: 51.752, lon: -1.258, weight: 6 }, // Oxford
  { lat: 53.744, lon: -0.336, weight: 6 }, // Hull
  { lat: 51.279, lon: 0.522, weight: 12 }, // Kent
  { lat: 50.822, lon: -0.137, weight: 7 }, // Brighton
  { lat: 50.726, lon: -3.527, weight: 6 }, // Exeter
  { lat: 52.407, lon: -1.51, weight: 7 }, // Coventry
  { lat: 53.958, lon: -1.082, weight: 5 }, // York
  { lat: 54.892, lon: -2.934, weight: 3 }, // Carlisle
  { lat: 51.87, lon: 0.9, weight: 6 }, // Essex
  { lat: 52.04, lon: -0.76, weight: 6 }, // Milton Keynes
];

const NEED_WEIGHTS: Record<NeedCode, number> = {
  ASD: 34,
  SEMH: 30,
  SLCN: 9,
  MLD: 7,
  SLD: 5,
  PMLD: 2,
  SpLD: 4,
  HI: 2,
  VI: 1,
  MSI: 0.3,
  PD: 3,
  OTH: 2,
  NSA: 0.7,
};
const NEEDS = NEED_CODES.filter((n) => NEED_WEIGHTS[n] > 0);
const PHASES: Array<[number, number]> = [
  [0, 6],
  [4, 11],
  [7, 11],
  [7, 13],
  [7, 14],
  [0, 13],
  [0, 14],
  [5, 14],
  [12, 14],
];
const LOTS = ['lot1', 'lot2', 'none'] as const;

function near(rng: Random, centres: readonly Centre[], sdKm: number) {
  const c = centres[rng.weighted(centres.map((x) => x.weight))];
  return {
    lat: c.lat + rng.normal(0, sdKm / 111),
    lon: c.lon + rng.normal(0, sdKm / (111 * Math.cos((c.lat * Math.PI) / 180))),
  };
}

/** A market: `schoolCount` schools with `placesPerChild` places per child in all, and `childCount` children. */
export function generate(
  seed: number,
  centres: readonly Centre[],
  childCount: number,
  schoolCount: number,
  placesPerChild: number,
  sdKm: number,
) {
  const rng = createRandom(seed);
  const needWeights = NEEDS.map((n) => NEED_WEIGHTS[n]);
  const places = Math.round(childCount * placesPerChild);
  const schools: School[] = [];
  for (let s = 0; s < schoolCount; s++) {
    const main = NEEDS[rng.weighted(needWeights)];
    const needs = new Set<NeedCode>([main]);
    const extra = rng.int(1, 4);
    for (let k = 0; k < extra; k++) needs.add(NEEDS[rng.weighted(needWeights)]);
    const ncYears = rng.pick(PHASES);
    const vacancies = Math.max(0, Math.round((places / schoolCount) * (0.3 + 1.4 * rng.next())));
    const school: School = {
      urn: String(800000 + s),
      name: `Bench School ${s}`,
      kind: rng.next() < 0.8 ? 'independent' : 'non-maintained',
      lot: LOTS[rng.weighted([1, 1, 2])],
      ofsted: rng.pick(['outstanding', 'good', 'good', 'requires-improvement', 'inadequate'] as const),
      needs: [...needs],
      ncYears,
      sex: rng.next() < 0.95 ? 'mixed' : rng.pick(['girls', 'boys'] as const),
      residential: rng.next() < 0.2,
      location: near(rng, centres, sdKm),
      capacity: vacancies + rng.int(20, 120),
      vacancies,
      annualFee: Math.round(35_000 + 50_000 * rng.next()),
    };
    // A fifth of the schools report places by NC year: Year 7 (the transfer year) gets at most half.
    if (rng.next() < 0.2 && ncYears[0] <= 7 && ncYears[1] >= 7)
      school.vacanciesByNcYear = { '7': Math.floor(vacancies / 2) };
    schools.push(school);
  }
  const children: Child[] = [];
  for (let c = 0; c < childCount; c++) {
    children.push({
      id: `B${String(c).padStart(6, '0')}`,
      primaryNeed: NEEDS[rng.weighted(needWeights)],
      ncYear: rng.next() < 0.4 ? 7 : rng.int(0, 14),
      sex: rng.next() < 0.7 ? 'male' : 'female',
      home: near(rng, centres, sdKm),
      residential: rng.next() < 0.05,
    });
  }
  return { schools, children };
}
