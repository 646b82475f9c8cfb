import type { Random } from '../../src/random.js';
import type { Child } from '../../src/schema/child.js';
import type { School } from '../../src/schema/school.js';
import { CALIBRATION } from './calibration.js';
import type { SyntheticSchool } from './schools.js';
import { shuffle } from './shuffle.js';

/** One child's current synthetic placement; `annualFee` is the school's fee, GBP a year. */
export type Placement = { childId: string; urn: string; lot: School['lot']; annualFee: number };

/**
 * Places every child at a school that can take them (caters for the primary need, teaches the NC
 * year, admits the sex, offers residence if needed), with exactly the calibrated number on the
 * framework where feasibility allows, nearer and better-matched schools likelier, and no school
 * over its places for Kent. Then scales every school's fee so the mean cost per child is the real
 * one on and off the framework (£46.9m / 920 and £39.8m / 770), rounded to £10.
 *
 * @param rng the seeded generator for this part
 * @param children the synthetic cohort
 * @param schools the synthetic schools; their `school.annualFee` is set here
 * @returns placements sorted by child id
 * @example
 * const placements = placeChildren(createRandom(3), children, schools);
 * placements.length; // children.length
 */
export function placeChildren(rng: Random, children: Child[], schools: SyntheticSchool[]): Placement[] {
  const onFramework = (s: SyntheticSchool) => s.school.lot !== 'none';
  const feasible = children.map((child) => schools.filter((s) => canTake(s.school, child)));
  const inFramework = chooseFrameworkChildren(rng, children, feasible, onFramework);

  const left = schools.map((s) => s.kentPlaces);
  const index = new Map(schools.map((s, i) => [s, i]));
  // Children with the fewest options go first, so common needs cannot use up the rare places.
  const order = shuffle(
    rng,
    children.map((_, i) => i),
  ).sort((a, b) => feasible[a].length - feasible[b].length);
  const chosen: SyntheticSchool[] = new Array(children.length);
  for (const c of order) {
    const child = children[c];
    const wanted = feasible[c].filter((s) => onFramework(s) === inFramework[c]);
    const other = feasible[c].filter((s) => onFramework(s) !== inFramework[c]);
    const pick = pickSchool(rng, child, wanted, left, index) ?? pickSchool(rng, child, other, left, index);
    if (!pick) throw new Error(`no school has room for child ${child.id}`);
    left[index.get(pick)!]--;
    chosen[c] = pick;
  }

  calibrateFees(chosen, schools, onFramework);
  return children.map((child, c) => ({
    childId: child.id,
    urn: chosen[c].school.urn,
    lot: chosen[c].school.lot,
    annualFee: chosen[c].school.annualFee,
  }));
}

/**
 * Whether a school's own fields allow it to take a child: it caters for the primary need, teaches
 * the NC year, admits the child's sex and offers residence if the child needs it (the matcher's
 * hard filters, bar distance and vacancy).
 *
 * @example
 * canTake(school, { id: 'KC00001', primaryNeed: 'ASD', ncYear: 7, sex: 'male', home, residential: false });
 * // true for a mixed day school teaching Years 7-11 whose needs include ASD
 */
export function canTake(school: School, child: Child): boolean {
  const [low, high] = school.ncYears;
  const sexOk = school.sex === 'mixed' || (school.sex === 'boys' ? child.sex === 'male' : child.sex === 'female');
  return (
    school.needs.includes(child.primaryNeed) &&
    child.ncYear >= low &&
    child.ncYear <= high &&
    sexOk &&
    (!child.residential || school.residential)
  );
}

// Children who can only be placed in one group are fixed first; the framework quota is then filled
// from a seeded shuffle of the rest, so the count is exact whenever feasibility allows.
function chooseFrameworkChildren(
  rng: Random,
  children: Child[],
  feasible: SyntheticSchool[][],
  onFramework: (s: SyntheticSchool) => boolean,
): boolean[] {
  const result: boolean[] = new Array(children.length).fill(false);
  const flexible: number[] = [];
  let quota = CALIBRATION.frameworkChildren;
  feasible.forEach((options, i) => {
    const fw = options.some(onFramework);
    const off = options.some((s) => !onFramework(s));
    if (fw && off) flexible.push(i);
    else if (fw) {
      result[i] = true;
      quota--;
    } else if (!off) throw new Error(`no synthetic school can take child ${children[i].id}`);
  });
  for (const i of shuffle(rng, flexible).slice(0, Math.max(0, quota))) result[i] = true;
  return result;
}

function pickSchool(
  rng: Random,
  child: Child,
  options: SyntheticSchool[],
  left: number[],
  index: Map<SyntheticSchool, number>,
): SyntheticSchool | undefined {
  const weights = options.map((s) => {
    const i = index.get(s)!;
    if (left[i] <= 0) return 0;
    const near = Math.exp(-distanceKm(child.home, s.school.location) / CALIBRATION.distanceDecayKm);
    const match = s.mainNeed === child.primaryNeed ? 3 : 1;
    return near * match * (left[i] / s.kentPlaces);
  });
  if (!weights.some((w) => w > 0)) return undefined;
  return options[rng.weighted(weights)];
}

function calibrateFees(
  chosen: SyntheticSchool[],
  schools: SyntheticSchool[],
  onFramework: (s: SyntheticSchool) => boolean,
): void {
  const fwMean = CALIBRATION.frameworkSpendGbp / CALIBRATION.frameworkChildren;
  const offMean =
    (CALIBRATION.totalSpendGbp - CALIBRATION.frameworkSpendGbp) /
    (CALIBRATION.fundedChildren - CALIBRATION.frameworkChildren);
  let fwBase = 0;
  let fwCount = 0;
  let offBase = 0;
  let offCount = 0;
  chosen.forEach((s) => {
    if (onFramework(s)) {
      fwBase += s.baseFee;
      fwCount++;
    } else {
      offBase += s.baseFee;
      offCount++;
    }
  });
  const fwFactor = fwCount > 0 ? (fwMean * fwCount) / fwBase : 1;
  const offFactor = offCount > 0 ? (offMean * offCount) / offBase : 1;
  for (const s of schools)
    s.school.annualFee = Math.round((s.baseFee * (onFramework(s) ? fwFactor : offFactor)) / 10) * 10;
}

/** Great-circle distance in km (haversine, mean Earth radius 6,371 km); enough to weigh nearness. */
function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
