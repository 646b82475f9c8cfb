// The @example blocks of the allocation and consultation files, run as written: their outputs are true.
import { describe, expect, it } from 'vitest';
import { allocateCohort } from '../../src/match/allocate-cohort.js';
import { MinHeap } from '../../src/match/allocate-dijkstra-heap.js';
import { allocateGreedy } from '../../src/match/allocate-greedy.js';
import { greedyAssignment } from '../../src/match/allocate-greedy-assignment.js';
import { allocationLp } from '../../src/match/allocate-lp.js';
import { optimalAssignment } from '../../src/match/allocate-optimal.js';
import { minCostFlow } from '../../src/match/min-cost-flow.js';
import { CONSULTATION_DEFAULTS, planConsultation } from '../../src/match/plan-consultation.js';

const twoForOne = {
  childCount: 2,
  vacancies: [1],
  pairChild: [0, 1],
  pairSchool: [0, 0],
  pairScore: [0.4, 0.9],
  pairLimit: [-1, -1],
  limits: [],
};

describe('doc examples', () => {
  it('minCostFlow', () => {
    const s = minCostFlow({
      nodeCount: 4,
      sink: 3,
      sources: [0, 1],
      supplies: [1, 1],
      from: [0, 1, 2],
      to: [2, 2, 3],
      capacity: [1, 1, 1],
      cost: [5, 2, 0],
    });
    expect([s.routedUnits, Array.from(s.routed), s.totalCost]).toEqual([1, [0, 1], 2]);
  });

  it('optimalAssignment and greedyAssignment', () => {
    expect(Array.from(optimalAssignment(twoForOne))).toEqual([-1, 0]);
    expect(Array.from(greedyAssignment(twoForOne))).toEqual([0, -1]);
  });

  it('allocationLp', () => {
    const lp = allocationLp(
      { childCount: 1, vacancies: [1], pairChild: [0], pairSchool: [0], pairScore: [0.5], pairLimit: [-1], limits: [] },
      { phase: 'placed' },
    );
    expect(lp).toBe(
      'Maximize\n obj: + x0\nSubject To\n child0: + x0 <= 1\n school0: + x0 <= 1\nBounds\n 0 <= x0 <= 1\nEnd\n',
    );
  });

  it('MinHeap', () => {
    const heap = new MinHeap(10);
    heap.push(2, 7);
    heap.push(1, 9);
    heap.push(1, 3);
    expect(heap.popNode()).toBe(3);
    heap.push(0, 7);
    expect(heap.size).toBe(2);
    expect([heap.popNode(), heap.popNode()]).toEqual([7, 9]);
  });

  it('allocateCohort and allocateGreedy', () => {
    const school = {
      urn: '900001',
      name: 'Oak School',
      kind: 'independent',
      lot: 'lot1',
      needs: ['ASD'],
      ncYears: [7, 11],
      sex: 'mixed',
      residential: false,
      location: { lat: 51.28, lon: 1.08 },
      capacity: 60,
      vacancies: 1,
      annualFee: 50000,
    };
    const near = { id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.09 } };
    const far = { id: 'C2', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.5, lon: 1.08 } };
    const result = allocateCohort([far, near], [school]);
    expect(result.assignments.map((a) => a.childId)).toEqual(['C1']);
    expect(result.unassigned).toEqual([{ childId: 'C2', reason: 'eligible-schools-full' }]);
    expect(allocateGreedy([far, near], [school]).assignments.map((a) => a.childId)).toEqual(['C2']);
  });

  it('planConsultation and its defaults', () => {
    const school = (urn: string, lot: 'lot1' | 'lot2' | 'none') => ({
      school: {
        urn,
        name: urn,
        kind: 'independent',
        lot,
        needs: ['ASD'],
        ncYears: [7, 11],
        sex: 'mixed',
        residential: false,
        location: { lat: 51.3, lon: 1 },
        capacity: 50,
        vacancies: 2,
        annualFee: 50000,
      },
      rank: Number(urn),
    });
    const plan = planConsultation([school('1', 'lot2'), school('2', 'lot1')], { acceptance: 0.5 });
    expect(plan.rounds.map((r) => r.schools[0].urn)).toEqual(['2', '1']);
    expect(plan.rounds[1].noOfferProbability).toBe(0.25);
    expect(plan.expectedDaysToFirstOffer).toBe(20);
    expect(CONSULTATION_DEFAULTS.responseDays).toBe(15);
  });
});
