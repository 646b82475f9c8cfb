import type { Child } from '../schema/child.js';
import type { School } from '../schema/school.js';
import type { CohortInstance } from './allocate-instance.js';
import { isOffFramework } from './framework.js';
import type { PairTravel } from './rank.js';

/** Why a child was left without a place. */
export type UnassignedReason = 'no-eligible-school' | 'eligible-schools-full';

/** Why a child was placed off the framework although framework-first is on. */
export type OffFrameworkReason = {
  /**
   * 'framework-schools-full': framework schools could take the child but all are full (overall or
   * in the child's NC year); 'no-framework-school': no framework school passes the child's filters.
   */
  reason: 'framework-schools-full' | 'no-framework-school';
  /** The framework schools that could take the child, every one full, in input order. */
  fullSchools: { urn: string; name: string }[];
};

/** One child placed at one school. */
export type Assignment = {
  childId: string;
  urn: string;
  /** The pair's ranking score in [0, 1]. */
  score: number;
  /** Road km from home (the same as travel.km). */
  distanceKm: number;
  /** The journey and where it comes from (a travel table or the estimate). */
  travel: PairTravel;
  /** GBP a year: fee plus transport. */
  annualCost: number;
  /**
   * Present when the school is off the framework (isOffFramework) and the policy's frameworkFirst
   * is on: why the child is not at a framework school.
   */
  offFramework?: OffFrameworkReason;
};

/** The result of allocateCohort and allocateGreedy. */
export type Allocation = {
  /** Placed children, in the input order of children. */
  assignments: Assignment[];
  /** Children left without a place, in input order, with the reason. */
  unassigned: { childId: string; reason: UnassignedReason }[];
  totals: {
    placed: number;
    /** Sum of the placed children's scores. */
    totalScore: number;
    /** GBP a year over the placed children. */
    totalAnnualCost: number;
    /** Mean road km of the placed children; 0 when nobody is placed. */
    meanDistanceKm: number;
    /** Children placed off the framework (spot purchases: see isOffFramework). */
    placedOffFramework: number;
  };
  /** Present when a travel table had entries for children or URNs not in the input: each, ignored. */
  warnings?: string[];
};

/**
 * Turns a per-child school number (-1 = unplaced) into the public result: assignments and
 * unassigned children in input order, and totals summed in that order (so the floating-point sums
 * are the same every run). A child with no eligible pair is `no-eligible-school`; a child with
 * eligible pairs but no place is `eligible-schools-full`. Under framework-first (the instance has
 * `offFramework`), a child placed off the framework carries the framework schools that could have
 * taken them, all full.
 *
 * @example
 * allocationResult(children, schools, instance, optimalAssignment(instance)).totals.placed; // children placed
 */
export function allocationResult(
  children: readonly Child[],
  schools: readonly School[],
  instance: CohortInstance,
  assigned: Int32Array,
): Allocation {
  const { pairChild } = instance;
  const full = fullness(instance, assigned);
  const assignments: Assignment[] = [];
  const unassigned: Allocation['unassigned'] = [];
  let placedOffFramework = 0;
  let p = 0;
  children.forEach((child, c) => {
    while (p < pairChild.length && pairChild[p] < c) p++;
    const start = p;
    while (p < pairChild.length && pairChild[p] === c) p++;
    if (assigned[c] < 0) {
      unassigned.push({ childId: child.id, reason: p > start ? 'eligible-schools-full' : 'no-eligible-school' });
      return;
    }
    assignments.push(assignmentOf(child, schools, instance, start, p, assigned[c], full));
    if (isOffFramework(schools[assigned[c]])) placedOffFramework++;
  });
  return { assignments, unassigned, totals: { ...totalsOf(assignments), placedOffFramework } };
}

/** The assignment of a placed child whose pairs are [start, end), with the off-framework reason when due. */
function assignmentOf(
  child: Child,
  schools: readonly School[],
  instance: CohortInstance,
  start: number,
  end: number,
  s: number,
  full: (pair: number) => boolean,
): Assignment {
  const { pairSchool, offFramework } = instance;
  let q = start;
  while (pairSchool[q] !== s) q++;
  const km = instance.pairDistanceKm[q];
  const assignment: Assignment = {
    childId: child.id,
    urn: schools[s].urn,
    score: instance.pairScore[q],
    distanceKm: km,
    travel: { km, minutes: instance.pairMinutes[q], source: instance.pairFromTable[q] === 1 ? 'table' : 'estimate' },
    annualCost: instance.pairAnnualCost[q],
  };
  if (offFramework !== undefined && offFramework[s] === 1) {
    const fullSchools: OffFrameworkReason['fullSchools'] = [];
    for (let r = start; r < end; r++) {
      const other = pairSchool[r];
      if (offFramework[other] === 0 && full(r))
        fullSchools.push({ urn: schools[other].urn, name: schools[other].name });
    }
    assignment.offFramework = {
      reason: fullSchools.length > 0 ? 'framework-schools-full' : 'no-framework-school',
      fullSchools,
    };
  }
  return assignment;
}

/** Whether the school of a pair has no place left for the pair's child: full overall, or in the child's NC year. */
function fullness(instance: CohortInstance, assigned: Int32Array): (pair: number) => boolean {
  const { pairChild, pairSchool, pairLimit, vacancies, limits } = instance;
  const used = new Int32Array(vacancies.length);
  const usedLimit = new Int32Array(limits.length);
  for (let p = 0; p < pairChild.length; p++) {
    if (assigned[pairChild[p]] !== pairSchool[p]) continue;
    used[pairSchool[p]]++;
    if (pairLimit[p] >= 0) usedLimit[pairLimit[p]]++;
  }
  return (pair) =>
    used[pairSchool[pair]] >= vacancies[pairSchool[pair]] ||
    (pairLimit[pair] >= 0 && usedLimit[pairLimit[pair]] >= limits[pairLimit[pair]].places);
}

/** The sums over the assignments, in input order so that the floating-point sums are the same every run. */
function totalsOf(assignments: readonly Assignment[]): Omit<Allocation['totals'], 'placedOffFramework'> {
  let totalScore = 0;
  let totalAnnualCost = 0;
  let totalDistanceKm = 0;
  for (const a of assignments) {
    totalScore += a.score;
    totalAnnualCost += a.annualCost;
    totalDistanceKm += a.distanceKm;
  }
  const placed = assignments.length;
  return { placed, totalScore, totalAnnualCost, meanDistanceKm: placed === 0 ? 0 : totalDistanceKm / placed };
}
