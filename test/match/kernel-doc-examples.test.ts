// The @example blocks of the scoring kernel, the travel table and the flow solvers' pieces, run as
// written (with the variables they assume), so the documented outputs stay true.
import { describe, expect, it } from 'vitest';
import {
  travelTableIssues,
  TravelEntrySchema,
  TravelTableSchema,
  MAX_TABLE_JOURNEY,
} from '../../src/geo/travel-table.js';
import { allocationNetwork, longestCycleBound } from '../../src/match/allocate-network.js';
import { childTerms, popcount } from '../../src/match/child-terms.js';
import { minimiseCost } from '../../src/match/cost-scaling.js';
import { raiseToMaxFlow } from '../../src/match/max-flow.js';
import { evaluateWithTravel } from '../../src/match/evaluate.js';
import { ignoredJourneys, matchOptionsOf, unknownJourneys } from '../../src/match/match-options.js';
import { EXCLUSION_REASONS, REASON_BIT, journeyReasons, reasonList } from '../../src/match/pair-filters.js';
import { PairColumns } from '../../src/match/pair-columns.js';
import { TravelLookup, UNREACHABLE_KM, journeyOf } from '../../src/match/pair-journey.js';
import { DEFAULT_LIMIT, limitOf } from '../../src/match/rank-options.js';
import { ResidualGraph } from '../../src/match/residual-graph.js';
import { SchoolColumns, needMaskOf, vacanciesFor } from '../../src/match/school-columns.js';
import { contributionsOf, criteriaOf, pairAnnualCost } from '../../src/match/score-pair.js';
import { parseChild } from '../../src/schema/child.js';
import { parsePolicy } from '../../src/schema/policy.js';
import type { School } from '../../src/schema/school.js';
import type { ValidationIssueInput } from '../../src/schema/validation-error.js';
import { makeSchool } from './support.js';

const policy = parsePolicy({});
const child = parseChild({ id: 'C1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } });
const columns = new SchoolColumns([makeSchool({ urn: '900001' })], policy);

describe('kernel doc examples', () => {
  it('school columns and child terms', () => {
    expect(needMaskOf(['ASD', 'SLCN'])).toBe(5);
    expect(vacanciesFor({ vacancies: 4, vacanciesByNcYear: { '7': 0 } } as unknown as School, 7)).toBe(0);
    expect(columns.quality[0]).toBeGreaterThan(0);
    expect(childTerms(child, policy).limitMinutes).toBe(75);
    expect(popcount(0b1011)).toBe(3);
  });

  it('pair filters', () => {
    expect(EXCLUSION_REASONS[0]).toBe('need-not-met');
    expect(REASON_BIT['no-vacancy']).toBe(8);
    expect(journeyReasons(80, 95, childTerms(child, policy))).toBe(REASON_BIT['too-far']);
    expect(reasonList(REASON_BIT['too-far'] | REASON_BIT['need-not-met'])).toEqual(['need-not-met', 'too-far']);
  });

  it('journeys and scores', () => {
    expect(UNREACHABLE_KM).toBe(-1);
    const lookup = new TravelLookup([{ childId: 'C1', urn: '900001', km: 12, minutes: 20 }], columns);
    expect(lookup.load('C1')).toBe(1);
    expect(lookup.has[0]).toBe(1);
    expect(journeyOf(columns, lookup, 0, childTerms(child, policy), { km: 0, minutes: 0, fromTable: false })).toEqual({
      km: 12,
      minutes: 20,
      fromTable: true,
    });
    lookup.unload();
    expect(lookup.has[0]).toBe(0);
    const noRoute = [{ childId: 'C1', urn: '900001', km: null, minutes: null }];
    expect(evaluateWithTravel(child, columns, noRoute)[0].reasons).toEqual(['unreachable']);
    expect(evaluateWithTravel(child, columns, [{ ...noRoute[0], childId: 'C2' }])[0].reasons).toEqual([]);
    expect(pairAnnualCost(columns, 0, 10)).toBe(50_000 + 6080);
    expect(contributionsOf(columns, Float64Array.of(1, 1, 1, 1, 1)).travel).toBe(0.3);
    expect(criteriaOf(Float64Array.of(1, 0.9, 0.5, 0.4, 0.7)).quality).toBe(0.9);
  });

  it('travel table and options', () => {
    expect(MAX_TABLE_JOURNEY).toBe(100000);
    expect(TravelEntrySchema.safeParse({ childId: 'C1', urn: '900001', km: 12.4, minutes: 21 }).success).toBe(true);
    expect(TravelEntrySchema.safeParse({ childId: 'C1', urn: '900001', km: 12.4, minutes: null }).success).toBe(false);
    expect(TravelTableSchema.safeParse([{ childId: 'C1', urn: '900001', km: 12.4, minutes: 21 }]).success).toBe(true);
    const twice = { childId: 'C1', urn: 'A', km: 1, minutes: 2 };
    expect(travelTableIssues([twice, twice], ['travel']).issues[0]).toEqual({
      path: 'travel[1]',
      code: 'duplicate',
      message: 'duplicate journey for child C1 and URN A (first at [0])',
    });
    const issues: ValidationIssueInput[] = [];
    expect(matchOptionsOf({ travel: [twice] }, issues)?.length).toBe(1);
    expect(matchOptionsOf({ travle: [] }, issues)).toBeUndefined();
    expect(issues[0].path).toBe('options.travle');
    expect(ignoredJourneys([{ ...twice, childId: 'X', urn: '900001' }], new Set(['C1']), new Set(['900001']))).toEqual([
      'travel[0]: child X is not in the children; ignored',
    ]);
    expect(unknownJourneys([{ ...twice, childId: 'X', urn: '900001' }], new Set(['C1']), new Set(['900001']))).toEqual([
      { at: 0, why: 'child X is not in the children' },
    ]);
    expect(DEFAULT_LIMIT).toBe(10);
    expect([limitOf({ limit: 3 }), limitOf(undefined)]).toEqual([3, 10]);
  });

  it('flow pieces', () => {
    const pairs = new PairColumns();
    pairs.push(0, 3, 0.7, -1, 12.5, 21.4, false, 52_000);
    expect(Array.from(pairs.finish().pairSchool)).toEqual([3]);
    const g = new ResidualGraph(3, [0, 1], [1, 2], [1, 1], [5, 0]);
    g.push(g.forward[0], 1);
    expect(g.flowOn(0)).toBe(1);
    expect(g.listHead[1]).toBe(g.partner[g.forward[0]]);
    const two = new ResidualGraph(5, [0, 0, 1, 2, 3], [1, 2, 3, 3, 4], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0]);
    expect(raiseToMaxFlow(two, 0, 4)).toBe(1);
    const dear = new ResidualGraph(4, [0, 0, 1, 2], [1, 2, 3, 3], [1, 1, 1, 1], [5, 1, 0, 0]);
    dear.push(dear.forward[0], 1);
    dear.push(dear.forward[2], 1);
    minimiseCost(dear, 5);
    expect([dear.flowOn(0), dear.flowOn(1)]).toEqual([0, 1]);
    const net = allocationNetwork({
      childCount: 1,
      vacancies: [1],
      pairChild: [0],
      pairSchool: [0],
      pairScore: [1],
      pairLimit: [-1],
      limits: [],
    });
    expect([net.nodeCount, net.from.length]).toEqual([5, 4]);
    expect(longestCycleBound(net)).toBe(2 * 4);
  });
});
