import type { Child } from '../schema/child.js';
import type { School } from '../schema/school.js';
import type { CohortInstance } from './allocate-instance.js';

/** Why a child was left without a place. */
export type UnassignedReason = 'no-eligible-school' | 'eligible-schools-full';

/** One child placed at one school. */
export type Assignment = {
  childId: string;
  urn: string;
  /** The pair's ranking score in [0, 1]. */
  score: number;
  /** Road km from home (great-circle × circuity). */
  distanceKm: number;
  /** GBP a year: fee plus transport. */
  annualCost: number;
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
  };
};

/**
 * Turns a per-child school number (-1 = unplaced) into the public result: assignments and
 * unassigned children in input order, and totals summed in that order (so the floating-point sums
 * are the same every run). A child with no eligible pair is `no-eligible-school`; a child with
 * eligible pairs but no place is `eligible-schools-full`.
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
  const { pairChild, pairSchool, pairScore, pairDistanceKm, pairAnnualCost } = instance;
  const assignments: Assignment[] = [];
  const unassigned: Allocation['unassigned'] = [];
  let totalScore = 0;
  let totalAnnualCost = 0;
  let totalDistanceKm = 0;
  let p = 0;
  children.forEach((child, c) => {
    while (p < pairChild.length && pairChild[p] < c) p++;
    const start = p;
    const s = assigned[c];
    if (s < 0) {
      const hasPair = start < pairChild.length && pairChild[start] === c;
      unassigned.push({ childId: child.id, reason: hasPair ? 'eligible-schools-full' : 'no-eligible-school' });
      return;
    }
    let q = start;
    while (pairSchool[q] !== s) q++;
    assignments.push({
      childId: child.id,
      urn: schools[s].urn,
      score: pairScore[q],
      distanceKm: pairDistanceKm[q],
      annualCost: pairAnnualCost[q],
    });
    totalScore += pairScore[q];
    totalAnnualCost += pairAnnualCost[q];
    totalDistanceKm += pairDistanceKm[q];
  });
  const placed = assignments.length;
  return {
    assignments,
    unassigned,
    totals: { placed, totalScore, totalAnnualCost, meanDistanceKm: placed === 0 ? 0 : totalDistanceKm / placed },
  };
}
