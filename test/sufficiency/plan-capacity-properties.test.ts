// Invariants of planCapacity on random small instances (fast-check; fixed seeds, so runs repeat).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CapacityCandidate } from '../../src/schema/capacity-candidate.js';
import { parseScenario } from '../../src/schema/scenario.js';
import { createCapacityEvaluator } from '../../src/sufficiency/capacity-evaluator.js';
import { exhaustiveCapacity } from '../../src/sufficiency/exhaustive-capacity.js';
import { capitalOf } from '../../src/sufficiency/greedy-capacity.js';
import { planCapacity } from '../../src/sufficiency/plan-capacity.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { smallInstance, tightInstance } from './capacity-instances.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const spendOf = (s: unknown) => projectSufficiency(s).rows.reduce((t, r) => t + r.spend, 0);

/** A purchase of random places of each candidate, cut back (last candidate first) until it fits the budget. */
function feasible(candidates: readonly CapacityCandidate[], shares: number[], budgetGbp: number): number[] {
  const places = candidates.map((c, i) => Math.round(shares[i] * c.maxPlaces));
  for (let i = places.length - 1; i >= 0; i--)
    while (places[i] > 0 && capitalOf(candidates, places) > budgetGbp) places[i]--;
  return places;
}

/** Every purchase of 0 to `most[i]` places of each candidate i. */
function purchasesUpTo(most: number[]): number[][] {
  return most.reduce<number[][]>(
    (all, m) => all.flatMap((p) => Array.from({ length: m + 1 }, (_, k) => [...p, k])),
    [[]],
  );
}

describe('planCapacity properties', () => {
  it('spends within the budget, and re-projecting its scenario gives exactly its saving', () => {
    fc.assert(
      fc.property(smallInstance(), ({ scenario, candidates, budgetGbp, step }) => {
        const plan = planCapacity(scenario, { budgetGbp, candidates, step });
        expect(plan.capitalGbp).toBeLessThanOrEqual(budgetGbp);
        expect(plan.capitalGbp).toBe(plan.chosen.reduce((t, c) => t + c.capitalGbp, 0));
        for (const c of plan.chosen)
          expect(c.places).toBeLessThanOrEqual(candidates.find((d) => d.id === c.id)!.maxPlaces);
        expect(plan.baseline - spendOf(plan.scenario)).toBe(plan.saving);
        expect(plan.saving).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS, seed: 11 },
    );
  });

  it('draws a frontier of 8 levels that never falls, ending at the plan', () => {
    fc.assert(
      fc.property(smallInstance(), ({ scenario, candidates, budgetGbp, step }) => {
        const { frontier, saving } = planCapacity(scenario, { budgetGbp, candidates, step });
        expect(frontier).toHaveLength(8);
        for (const [k, point] of frontier.entries()) {
          expect(point.capitalGbp).toBeLessThanOrEqual(point.budgetGbp);
          if (k > 0) expect(point.saving).toBeGreaterThanOrEqual(frontier[k - 1].saving);
        }
        expect(frontier.at(-1)).toMatchObject({ budgetGbp, saving });
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it('never saves less with more budget', () => {
    fc.assert(
      fc.property(
        smallInstance(),
        fc.integer({ min: 0, max: 200_000 }),
        ({ scenario, candidates, budgetGbp, step }, more) => {
          const less = planCapacity(scenario, { budgetGbp, candidates, step }).saving;
          expect(
            planCapacity(scenario, { budgetGbp: budgetGbp + more, candidates, step }).saving,
          ).toBeGreaterThanOrEqual(less);
        },
      ),
      { numRuns: RUNS, seed: 13 },
    );
  });

  it('beats random feasible plans of the same budget', () => {
    fc.assert(
      fc.property(
        smallInstance(),
        fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), {
          minLength: 5,
          maxLength: 5,
        }),
        ({ scenario, candidates, budgetGbp, step }, draws) => {
          const plan = planCapacity(scenario, { budgetGbp, candidates, step });
          for (const shares of draws) {
            const places = feasible(candidates, shares, budgetGbp);
            const ev = createCapacityEvaluator(parseScenario(scenario), candidates, 'spend');
            const randomSaving = ev.objective(candidates.map(() => 0)) - ev.objective(places);
            expect(plan.saving).toBeGreaterThanOrEqual(randomSaving - 1e-4);
          }
        },
      ),
      { numRuns: RUNS, seed: 14 },
    );
  });

  it('no part of its own places saves more, or as much for less capital', () => {
    fc.assert(
      fc.property(tightInstance(), ({ scenario, candidates, budgetGbp, step }) => {
        const plan = planCapacity(scenario, { budgetGbp, candidates, step });
        const places = candidates.map((c) => plan.chosen.find((x) => x.id === c.id)?.places ?? 0);
        const ev = createCapacityEvaluator(parseScenario(scenario), candidates, 'spend');
        const own = ev.objective(places);
        for (const part of purchasesUpTo(places)) {
          const objective = ev.objective(part);
          expect(objective).toBeGreaterThanOrEqual(own);
          if (objective === own) expect(capitalOf(candidates, part)).toBeGreaterThanOrEqual(plan.capitalGbp);
        }
      }),
      { numRuns: RUNS, seed: 16 },
    );
  });

  it('spends no more capital than any purchase that saves as much, where the children wanting a place run out', () => {
    // Not guaranteed (the search is greedy), but it held on 1,300 such instances. Before dearer places were given
    // up for a cheaper candidate's that save as much, 17 of 300 spent more, and this seed drew one.
    fc.assert(
      fc.property(tightInstance(), ({ scenario, candidates, budgetGbp, step }) => {
        const plan = planCapacity(scenario, { budgetGbp, candidates, step });
        const ev = createCapacityEvaluator(parseScenario(scenario), candidates, 'spend');
        const own = ev.objective(candidates.map((c) => plan.chosen.find((x) => x.id === c.id)?.places ?? 0));
        for (const other of purchasesUpTo(candidates.map((c) => c.maxPlaces)))
          if (ev.objective(other) <= own) expect(capitalOf(candidates, other)).toBeGreaterThanOrEqual(plan.capitalGbp);
      }),
      { numRuns: RUNS, seed: 18 },
    );
  });

  it('comes within 10% of the exhaustive optimum on small instances, and usually matches it', () => {
    let matched = 0;
    fc.assert(
      fc.property(smallInstance(6), ({ scenario, candidates, budgetGbp, step }) => {
        const plan = planCapacity(scenario, { budgetGbp, candidates, step });
        const ev = createCapacityEvaluator(parseScenario(scenario), candidates, 'spend');
        const optimum =
          ev.objective(candidates.map(() => 0)) - exhaustiveCapacity(ev, candidates, budgetGbp, 1).objective;
        // bench/README.md measures the misses on other instances: the worst at 91.9% of the optimum.
        expect(plan.saving).toBeGreaterThanOrEqual(0.9 * optimum - 1e-4);
        if (plan.saving >= optimum - 1e-4) matched++;
      }),
      { numRuns: RUNS, seed: 15 },
    );
    expect(matched).toBeGreaterThanOrEqual(Math.floor(0.8 * RUNS));
  });
});
